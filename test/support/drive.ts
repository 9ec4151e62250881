/** Drives a compiled guide machine in Node with the pure `transition()` API (no actor, no timers). */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Answers, GuideEvent, GuideMachine } from '../../machines/index.js';

export type GuideSnapshot = SnapshotFrom<GuideMachine>;

export function start(machine: GuideMachine, preset: Answers = {}): GuideSnapshot {
  return initialTransition(machine, { preset })[0];
}

export function send(machine: GuideMachine, snapshot: GuideSnapshot, ...events: GuideEvent[]): GuideSnapshot {
  return events.reduce((s, event) => transition(machine, s, event)[0], snapshot);
}

/** The question the walk waits on, or `'result'`. */
export function at(snapshot: GuideSnapshot): string {
  return snapshot.hasTag('result') ? 'result' : snapshot.context.path.at(-1)!;
}

/** Answers the questions the machine asks from `answers` until it reaches the result or a question `answers` lacks. */
export function walk(machine: GuideMachine, answers: Answers, preset: Answers = {}): GuideSnapshot {
  let snapshot = start(machine, preset);
  for (let step = 0; step < 10_000 && snapshot.hasTag('question'); step++) {
    const questionId = at(snapshot);
    const value = answers[questionId];
    if (value === undefined) break;
    snapshot = send(machine, snapshot, { type: 'answer', questionId, value });
  }
  return snapshot;
}
