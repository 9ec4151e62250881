/** How many options an item's answer names: one for "Choose the right course of action", two for "Choose 2". */
import type { QuizItem } from './quiz.types.js';

export function choicesNeeded(item: QuizItem): 1 | 2 {
  return item.kind === 'single' ? 1 : 2;
}
