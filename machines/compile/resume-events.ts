/**
 * The answer events that bring a fresh guide actor back to where `answers` lead: the walk's
 * questions in order, presets skipped. Answers the walk does not reach are left out.
 */
import { recommend } from '../recommend/recommend.js';
import type { Answers, TreeDefinition } from '../tree/tree.types.js';
import type { GuideEvent } from './guide.types.js';

export function resumeEvents(tree: TreeDefinition, answers: Answers, preset: Answers = {}): GuideEvent[] {
  const walk = recommend(tree, { ...answers, ...preset });
  return walk.path
    .filter((questionId) => preset[questionId] === undefined && answers[questionId] !== undefined)
    .map((questionId) => ({ type: 'answer', questionId, value: answers[questionId]! }));
}
