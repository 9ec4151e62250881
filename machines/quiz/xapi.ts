/**
 * The xAPI statement for a finished attempt, the convention learning record stores (Moodle, H5P)
 * accept. It has no `actor`: the quiz does not know who answered; the host adds the actor (for
 * example from its own login) before forwarding it. Nothing leaves the page by itself.
 */
import type { QuizScore } from './quiz.types.js';

export const XAPI_VERBS = {
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

export interface XapiStatement {
  readonly verb: { readonly id: string; readonly display: Readonly<Record<string, string>> };
  readonly object: {
    readonly objectType: 'Activity';
    readonly id: string;
    readonly definition: { readonly type: string; readonly name: Readonly<Record<string, string>> };
  };
  readonly result: {
    readonly score: { readonly raw: number; readonly min: number; readonly max: number; readonly scaled: number };
    readonly success: boolean;
    readonly completion: true;
    readonly extensions: Readonly<Record<string, unknown>>;
  };
  readonly context: { readonly language: string };
  readonly timestamp: string;
}

export interface StatementOptions {
  /** The activity's IRI, e.g. `urn:digituki:quiz:digital-support`. */
  readonly activityId: string;
  /** The quiz's name in the attempt's language. */
  readonly name: string;
  readonly locale: string;
  readonly timestamp: Date;
}

/** Per-item ids and correctness ride in this result extension. */
export const ITEMS_EXTENSION = 'urn:digituki:xapi:items';

export function xapiStatement(score: QuizScore, { activityId, name, locale, timestamp }: StatementOptions): XapiStatement {
  const verb = score.pass ? 'passed' : 'failed';
  return {
    verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: activityId, definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: { [locale]: name } } },
    result: {
      score: { raw: score.score, min: 0, max: score.total, scaled: score.total === 0 ? 0 : score.score / score.total },
      success: score.pass,
      completion: true,
      extensions: { [ITEMS_EXTENSION]: score.items },
    },
    context: { language: locale },
    timestamp: timestamp.toISOString(),
  };
}
