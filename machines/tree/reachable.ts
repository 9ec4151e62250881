/** Which questions a walk can still reach from a question. */
import { targets } from '../recommend/route.js';
import type { TreeIndex } from './index-tree.js';
import { RESULT } from './tree.types.js';

/** The question ids reachable from `questionId` (itself included), following every option. */
export function reachableFrom(index: TreeIndex, questionId: string): Set<string> {
  const seen = new Set<string>([questionId]);
  const queue = [questionId];
  while (queue.length > 0) {
    for (const target of targets(index.questions.get(queue.pop()!)!)) {
      if (target !== RESULT && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return seen;
}
