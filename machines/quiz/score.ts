/** Scoring: an item is right only when exactly its right options are chosen. */
import type { QuizItem, QuizResponses, QuizScore } from './quiz.types.js';

export function isAnsweredRight(item: QuizItem, chosen: readonly string[] | undefined): boolean {
  if (!chosen) return false;
  const right = item.options.filter((o) => o.correct).map((o) => o.id);
  return chosen.length === right.length && new Set(chosen).size === chosen.length && right.every((id) => chosen.includes(id));
}

/** The score of an attempt; `passScore` defaults to every item (the badge is awarded on correct answers). */
export function scoreAttempt(items: readonly QuizItem[], responses: QuizResponses, passScore = items.length): QuizScore {
  const results = items.map((item) => ({ id: item.id, correct: isAnsweredRight(item, responses[item.id]) }));
  const score = results.filter((r) => r.correct).length;
  const threshold = Math.min(Math.max(passScore, 0), items.length);
  return { score, total: items.length, pass: score >= threshold, passScore: threshold, items: results };
}
