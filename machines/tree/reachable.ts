/** Which questions a walk can still reach from a question. */
import type { TreeIndex } from './index-tree.js';
import { RESULT } from './tree.types.js';

/** The question ids reachable from `questionId` (itself included), following every option. */
export function reachableFrom(index: TreeIndex, questionId: string): Set<string> {
  const seen = new Set<string>([questionId]);
  const queue = [questionId];
  while (queue.length > 0) {
    const question = index.questions.get(queue.pop()!)!;
    for (const option of question.options) {
      const target = option.next ?? question.next;
      if (target !== undefined && target !== RESULT && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
