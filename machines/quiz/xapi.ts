/**
 * The xAPI statement for a finished attempt, the convention learning record stores (Moodle, H5P)
 * accept. Its `actor` is what the host gives (its own anonymous id or the learner's account): the
 * quiz does not know who answered and never invents one; without it the statement has no actor,
 * and the host must add one before a learning record store takes it. Nothing leaves the page by
 * itself.
 */
import type { QuizScore } from './quiz.types.js';

export const XAPI_VERBS = {
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

/**
 * An xAPI Agent, identified by exactly one of `account` (the usual choice: the host's own id for
 * the learner, or an anonymous one), `mbox`, `mbox_sha1sum` or `openid`.
 */
export interface XapiActor {
  readonly objectType?: 'Agent';
  readonly name?: string;
  readonly account?: { readonly homePage: string; readonly name: string };
  readonly mbox?: string;
  readonly mbox_sha1sum?: string;
  readonly openid?: string;
}

const IDENTIFIERS = ['account', 'mbox', 'mbox_sha1sum', 'openid'] as const;

/** An http or https address: the only IRIs an actor's account home page or OpenID may be (no `javascript:` or `data:`). */
const isWebIri = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** What is wrong with `value` as an xAPI actor (an Agent), in words for the page's developer; `undefined` when nothing is. */
export function xapiActorProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'an object: { account: { homePage, name } } or { mbox: "mailto:..." }';
  const actor = value as Record<string, unknown>;
  const unknown = Object.keys(actor).filter((key) => !['objectType', 'name', ...IDENTIFIERS].includes(key));
  if (unknown.length > 0) return `no other properties than objectType, name, account, mbox, mbox_sha1sum and openid (has ${unknown.join(', ')})`;
  if (actor.objectType !== undefined && actor.objectType !== 'Agent') return 'objectType "Agent" (a group is not a learner)';
  if (actor.name !== undefined && typeof actor.name !== 'string') return 'a name that is text';
  const ids = IDENTIFIERS.filter((key) => actor[key] !== undefined);
  if (ids.length !== 1) return `exactly one of account, mbox, mbox_sha1sum and openid (has ${ids.length})`;
  const account = actor.account as Record<string, unknown> | undefined;
  if (account !== undefined && (typeof account !== 'object' || account === null || !isWebIri(account.homePage) || typeof account.name !== 'string' || account.name === '' || Object.keys(account).length !== 2)) {
    return 'an account of { homePage: an http or https address, name: text that is not empty }';
  }
  if (actor.mbox !== undefined && (typeof actor.mbox !== 'string' || !/^mailto:[^@\s]+@[^@\s]+$/.test(actor.mbox))) return 'an mbox of the form mailto:name@example.org';
  if (actor.mbox_sha1sum !== undefined && (typeof actor.mbox_sha1sum !== 'string' || !/^[0-9a-f]{40}$/i.test(actor.mbox_sha1sum))) return 'an mbox_sha1sum of 40 hexadecimal digits';
  if (actor.openid !== undefined && !isWebIri(actor.openid)) return 'an openid that is an http or https address';
  return undefined;
}

export interface XapiStatement {
  /** The host's learner, when it gave one. */
  readonly actor?: XapiActor;
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
  /** The learner as the host identifies them (checked with `xapiActorProblem`); none when absent. */
  readonly actor?: XapiActor;
}

/** Per-item ids and correctness ride in this result extension. */
export const ITEMS_EXTENSION = 'urn:digituki:xapi:items';

export function xapiStatement(score: QuizScore, { activityId, name, locale, timestamp, actor }: StatementOptions): XapiStatement {
  const verb = score.pass ? 'passed' : 'failed';
  return {
    ...(actor ? { actor } : {}),
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
