/** What the quiz's events tell the SCORM reporter, for the adapter's Node tests: a 3-item attempt, its answers and its end. */
import type { StoredAttempt, XapiStatement } from '../../machines/index.js';
import type { DigitukiQuizCompleteDetail } from '../../src/events/digituki-quiz-complete.js';
import type { QuizAnsweredItem } from '../../src/events/digituki-quiz-progress.js';
import type { Scorm12Api } from '../../src/scorm/scorm12-api.js';
import { Scorm12Reporter, type Scorm12ReporterOptions } from '../../src/scorm/scorm12-reporter.js';

export const attempt = (done: number, responses: Record<string, readonly string[]> = {}, extra: Partial<StoredAttempt> = {}): StoredAttempt => ({
  bankVersion: '2.2.0',
  seed: 'course-1',
  attempt: 1,
  count: 3,
  passScore: 3,
  responses,
  done,
  ...extra,
});

export const answer = (itemId: string, chosen: readonly string[], right: readonly string[]): QuizAnsweredItem => ({
  itemId,
  kind: right.length === 2 ? 'choose-2' : 'single',
  chosen,
  right,
  correct: chosen.join() === right.join(),
});

export const complete = (score: number, pass: boolean, total = 3): DigitukiQuizCompleteDetail => ({
  score,
  total,
  pass,
  passScore: total,
  items: [],
  statement: {} as XapiStatement, // the reporter does not read it
});

/** Three items answered right. */
export const ANSWERS = [answer('SC13:single', ['c'], ['c']), answer('SC27:choose-2', ['b', 'd'], ['b', 'd']), answer('C2:choose-2', ['a', 'e'], ['a', 'e'])];

/** Three items, the first and last answered wrong: 1 of 3. */
export const FAILING = [answer('SC13:single', ['a'], ['c']), ANSWERS[1]!, answer('C2:choose-2', ['a', 'b'], ['a', 'e'])];

/**
 * Start (when `from` is 0), then answer and move past each of `answers`: what the quiz's progress
 * events say. `stopAfterAnswer` leaves the last one answered but not moved past.
 */
export function walk(r: Scorm12Reporter, answers: readonly QuizAnsweredItem[], { from = 0, number = 1, stopAfterAnswer = false } = {}): void {
  const responses: Record<string, readonly string[]> = {};
  if (from === 0) r.progress({ attempt: attempt(0, {}, { attempt: number }) });
  answers.forEach((a, i) => {
    responses[a.itemId] = a.chosen;
    r.progress({ attempt: attempt(from + i, { ...responses }, { attempt: number }), answered: a });
    if (!stopAfterAnswer || i < answers.length - 1) r.progress({ attempt: attempt(from + i + 1, { ...responses }, { attempt: number }) });
  });
}

/** A reporter on `api` with a clock the test moves and the warnings it gave. */
export function reporter(api: Scorm12Api, options: Scorm12ReporterOptions = {}) {
  const warnings: string[] = [];
  let time = 0;
  const stops: string[] = [];
  const reporter = new Scorm12Reporter(api, { warn: (m) => warnings.push(m), now: () => time, onStop: (reason) => stops.push(reason), ...options });
  return { reporter, warnings, stops, advance: (ms: number) => (time += ms) };
}
