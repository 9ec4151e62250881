/**
 * Property-based tests (fast-check): random event sequences never throw and never leave the
 * machine outside a known state; `recommend` agrees with the machine on random answer sets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTree, possibleAnswers, recommend, type AnswerValue, type Answers, type GuideEvent, type TreeDefinition } from '../../machines/index.js';
import { indexTree } from '../../machines/tree/load-tree.js';
import { tree as digitalSupport } from '../../machines/trees/digital-support/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { send, start, walk } from '../support/drive.js';

/** A random answer to a question: mostly valid ones, sometimes garbage. */
function answerArbitrary(definition: TreeDefinition, questionId: string): fc.Arbitrary<AnswerValue> {
  const valid = possibleAnswers(indexTree(definition), questionId);
  const optionIds = definition.questions[questionId]!.options.map((o) => o.id);
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom('', 'nope', ...optionIds) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom('nope', ...optionIds), { maxLength: 4 }) },
  );
}

function eventArbitrary(definition: TreeDefinition): fc.Arbitrary<GuideEvent> {
  const questionIds = Object.keys(definition.questions);
  const questionId = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...questionIds) }, { weight: 1, arbitrary: fc.constant('unknown') });
  return fc.oneof(
    { weight: 10, arbitrary: questionId.chain((q) => (q === 'unknown' ? fc.constant('x') : answerArbitrary(definition, q)).map((value) => ({ type: 'answer' as const, questionId: q, value }))) },
    { weight: 2, arbitrary: fc.constant({ type: 'back' as const }) },
    { weight: 2, arbitrary: questionId.map((q) => ({ type: 'goTo' as const, questionId: q })) },
    { weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
  );
}

/** A full random answer set: one valid answer per question. */
function answersArbitrary(definition: TreeDefinition): fc.Arbitrary<Answers> {
  const index = indexTree(definition);
  return fc.record(Object.fromEntries(Object.keys(definition.questions).map((q) => [q, fc.constantFrom(...possibleAnswers(index, q))])));
}

describe.each([
  ['the small tree', smallTree()],
  ['the digital-support tree', digitalSupport],
])('%s', (_name, definition) => {
  const machine = compileTree(definition);
  const states = new Set(['asking', 'result']);

  it('stays in a known, consistent state under random events', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary(definition), { maxLength: 40 }), (events) => {
        let snapshot = start(machine);
        for (const event of events) {
          snapshot = send(machine, snapshot, event);
          expect(snapshot.status).toBe('active');
          expect(states.has(snapshot.value as string)).toBe(true);
          const { answers, path, recommendation } = snapshot.context;
          expect(path[0]).toBe(definition.start);
          // The path is the walk the answers give: recommend retraces it.
          const pure = recommend(definition, Object.fromEntries(path.filter((q) => answers[q] !== undefined).map((q) => [q, answers[q]!])));
          if (snapshot.hasTag('result')) {
            expect(pure).toEqual({ status: 'complete', outcomes: recommendation, path });
            expect(Object.keys(answers).every((q) => path.includes(q))).toBe(true);
          } else {
            expect(snapshot.value).toBe('asking');
            expect(recommendation).toEqual([]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with recommend on random answer sets', () => {
    fc.assert(
      fc.property(answersArbitrary(definition), (answers) => {
        const pure = recommend(definition, answers);
        const snapshot = walk(machine, answers);
        expect(pure.status).toBe('complete');
        expect(snapshot.hasTag('result')).toBe(true);
        if (pure.status === 'complete') {
          expect(snapshot.context.recommendation).toEqual(pure.outcomes);
          expect(snapshot.context.path).toEqual(pure.path);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with recommend when some answers come as presets', () => {
    fc.assert(
      fc.property(answersArbitrary(definition), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (answers, presetMask) => {
        const entries = Object.entries(answers);
        // Questions that are never preset (the default tree's circumstances) stay answers.
        const preset = Object.fromEntries(entries.filter(([id], i) => presetMask[i % presetMask.length] && !definition.questions[id]?.neverPreset));
        const pure = recommend(definition, answers);
        const snapshot = walk(machine, answers, preset);
        if (pure.status === 'complete') expect(snapshot.context.recommendation).toEqual(pure.outcomes);
      }),
      { numRuns: 300 },
    );
  });
});
