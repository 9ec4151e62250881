/**
 * `compileTree(definition)`: a tree → an XState v5 machine of the same shape for every tree: a
 * state `asking` (tag `question`; the question asked is the last on `context.path`) and a state
 * `result` (tag `result`). The routing is data, walked by the pure steps of `guide-steps.ts`
 * with `nextAfter`, as `recommend` walks it; the machine adds the events and the two states, so
 * compiling costs the same for 10 questions or 50,000. Events: `answer`, `back`, `goTo`, `restart`.
 */
import type { TreeIndex } from '../tree/index-tree.js';
import { indexTree } from '../tree/load-tree.js';
import type { TreeDefinition } from '../tree/tree.types.js';
import { contextFromInput, createGuideSetup } from './guide-setup.js';

/** Machines compiled from loaded trees: several guides with one tree share one machine. */
const compiled = new WeakMap<TreeIndex, ReturnType<typeof compile>>();

/**
 * Compiles a tree definition into the guide machine. Throws `TreeValidationError` with the full
 * validation report for an invalid tree. Create an actor with `input: { preset, answers }`;
 * presets or answers with unknown ids make the actor fail with an `AnswerError` naming them.
 * A loaded tree (see `prepareTree`) compiles once; its machine is given again after that.
 */
export function compileTree(definition: TreeDefinition) {
  // The checked, frozen copy: later changes to `definition` change nothing.
  return compileIndex(indexTree(definition));
}

/** The machine of a loaded tree's index (no check: see `loadedIndex`), compiled once. */
export function compileIndex(index: TreeIndex) {
  let machine = compiled.get(index);
  if (!machine) {
    machine = compile(index);
    compiled.set(index, machine);
  }
  return machine;
}

function compile(index: TreeIndex) {
  return createGuideSetup(index).createMachine({
    id: 'guide',
    context: ({ input }) => contextFromInput(index, input),
    initial: 'asking',
    on: {
      answer: { guard: 'changesEarlier', actions: 'answer', target: '.asking' },
      goTo: { guard: 'canGoTo', actions: 'goTo', target: '.asking' },
      restart: { actions: 'restart', target: '.asking' },
    },
    states: {
      asking: {
        tags: ['question'],
        always: { guard: 'ended', target: 'result' },
        on: {
          answer: { guard: 'answersCurrent', actions: 'answer', target: 'asking', reenter: true },
          back: { guard: 'canGoBack', actions: 'back', target: 'asking', reenter: true },
        },
      },
      result: {
        tags: ['result'],
        on: { back: { guard: 'canGoBack', actions: 'back', target: 'asking' } },
      },
    },
  });
}

export type GuideMachine = ReturnType<typeof compileTree>;
