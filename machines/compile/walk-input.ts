/**
 * The input of a walk from what the page set: its `preset` (the attribute's text, or answers)
 * and its `answers`, each checked against the tree. `null` or `undefined` mean none (a removed
 * attribute, an unset framework prop). Problems name every bad id, for the element's error panel
 * and its `digituki-error` event.
 */
import { answersProblems, presetsProblems } from '../answers/check-answers.js';
import { parsePreset } from '../answers/parse-preset.js';
import type { TreeIndex } from '../tree/index-tree.js';
import type { Answers } from '../tree/tree.types.js';
import type { GuideInput } from './guide.types.js';

export type WalkInput =
  | { readonly input: GuideInput; readonly problem?: undefined }
  | {
      readonly input?: undefined;
      readonly problem: {
        /** Which of the page's settings is wrong (the preset is checked first). */
        readonly reason: 'invalid-preset' | 'invalid-answers';
        /** One plain sentence per bad id. */
        readonly problems: readonly string[];
        /** The question ids (or unreadable preset parts) with a problem. */
        readonly ids: readonly string[];
      };
    };

export function walkInput(index: TreeIndex, preset: string | Answers | null | undefined, answers: Answers | null | undefined): WalkInput {
  // Text is the attribute's syntax; anything else must be answers (a number or a list is reported, not parsed).
  const parsed = typeof preset === 'string' || preset == null ? parsePreset(index, preset ?? '') : checked(index, preset, presetsProblems);
  if (parsed.problems.length > 0) return { problem: { reason: 'invalid-preset', problems: parsed.problems, ids: parsed.invalid } };
  if (answers == null) return { input: { preset: parsed.answers } };
  const given = checked(index, answers, answersProblems);
  if (given.problems.length > 0) return { problem: { reason: 'invalid-answers', problems: given.problems, ids: given.invalid } };
  return { input: { preset: parsed.answers, answers } };
}

function checked(index: TreeIndex, answers: Answers, check: (index: TreeIndex, answers: unknown) => string[]): { answers: Answers; problems: readonly string[]; invalid: readonly string[] } {
  const problems = check(index, answers);
  return { answers, problems, invalid: problems.length > 0 && typeof answers === 'object' && answers !== null ? Object.keys(answers) : [] };
}
