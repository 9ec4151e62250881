/**
 * Owns the guide actor's lifecycle for a Lit host: starts it, re-renders the host on every new
 * snapshot, stops it when the host leaves the DOM and, when the host comes back (a framework
 * moving the element), resumes from the persisted snapshot instead of starting over. A stopped
 * XState actor cannot be restarted, so a fresh one is created from that snapshot.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type Snapshot, type SnapshotFrom } from 'xstate';
import type { GuideEvent, GuideInput, GuideMachine } from '../../machines/index.js';

export class GuideActorController implements ReactiveController {
  snapshot: SnapshotFrom<GuideMachine> | undefined;
  private actor: Actor<GuideMachine> | undefined;
  private unsubscribe: (() => void) | undefined;
  private machine: GuideMachine | undefined;
  private input: GuideInput = {};
  private parked: Snapshot<unknown> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A fresh walk on `machine`, then `events` replayed (e.g. restored answers). */
  start(machine: GuideMachine, input: GuideInput, events: readonly GuideEvent[] = []): void {
    this.stop();
    this.machine = machine;
    this.input = input;
    this.parked = undefined;
    this.run(createActor(machine, { input }));
    for (const event of events) this.actor!.send(event);
  }

  send(event: GuideEvent): void {
    this.actor?.send(event);
  }

  hostConnected(): void {
    if (!this.actor && this.machine && this.parked) {
      const snapshot = this.parked;
      this.parked = undefined;
      this.run(createActor(this.machine, { input: this.input, snapshot }));
    }
  }

  hostDisconnected(): void {
    if (!this.actor) return;
    this.parked = this.actor.getPersistedSnapshot();
    this.stop();
  }

  private run(actor: Actor<GuideMachine>): void {
    this.actor = actor;
    const subscription = actor.subscribe({
      next: (snapshot) => {
        if (snapshot === this.snapshot) return;
        this.snapshot = snapshot;
        this.host.requestUpdate();
      },
      error: () => this.host.requestUpdate(),
    });
    this.unsubscribe = () => subscription.unsubscribe();
    actor.start();
    this.snapshot = actor.getSnapshot();
    this.host.requestUpdate();
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.actor?.stop();
    this.actor = undefined;
  }
}
