/**
 * The tree contract, version 2 (shared/domain/tree-contract.md), as data: its ids, the rule table
 * R1-R22, the first-place list, the "never" list and which questions a walk asks. Written from the
 * contract's text, apart from the tree (`machines/trees/digital-support/`), so that the tests can
 * compute what every walk must recommend and ask without reading it from the tree they check.
 */
import type { AnswerValue, Answers } from '../../machines/index.js';

// ---------------------------------------------------------------------------------------------
// Facts and outcomes: the public ids.
// ---------------------------------------------------------------------------------------------

export interface ContractQuestion {
  readonly kind: 'single' | 'multi';
  readonly options: readonly string[];
  /** The option that means "none of the others" (multi questions). */
  readonly exclusive?: string;
}

/** The contract's questions and their options ("Facts"), in the contract's order. */
export const CONTRACT_QUESTIONS: Readonly<Record<string, ContractQuestion>> = {
  setting: { kind: 'single', options: ['service-situation', 'general-support'] },
  request: { kind: 'single', options: ['guidance', 'act-for-me', 'proxy', 'repair'] },
  circumstances: {
    kind: 'multi',
    options: ['codes', 'fraud', 'pressure', 'capacity', 'keep-private', 'install-settings', 'remote', 'none'],
    exclusive: 'none',
  },
  owner: { kind: 'single', options: ['own', 'other-authority', 'bank-insurer', 'private', 'none'] },
  task: { kind: 'single', options: ['transaction', 'general-use'] },
  identification: { kind: 'single', options: ['not-needed', 'customer-logs-in', 'no-eid', 'cannot-use'] },
  device: { kind: 'single', options: ['customer-own', 'shared', 'supporter'] },
};

/** The contract's outcomes ("Outcomes"), in the contract's order. */
export const CONTRACT_OUTCOMES = [
  'fraud-stop',
  'safeguard-customer',
  'capacity-concern',
  'decline-repair',
  'e-authorizations',
  'not-on-behalf',
  'own-channel',
  'keep-credentials-private',
  'guide-own-service',
  'general-support',
  'refer-service-owner',
  'refer-general-support',
  'no-eid-alternatives',
  'shared-device-care',
  'no-supporter-device-login',
  'data-loss-risk',
  'customer-privacy',
  'remote-support',
] as const;

/** "`circumstances` cannot be preset." */
export const NEVER_PRESET: readonly string[] = ['circumstances'];

/** "With `setting` preset, no walk asks more than six questions." */
export const MAX_ASKED_WITH_SETTING_PRESET = 6;

// ---------------------------------------------------------------------------------------------
// Conditions on the answers, in the contract's words.
// ---------------------------------------------------------------------------------------------

/** A multi answer "has" an option (a single answer has the option it is). */
const has = (value: AnswerValue | undefined, option: string) => value !== undefined && (typeof value === 'string' ? value === option : value.includes(option));
/** "`circumstances` lacks `capacity`". */
const lacks = (value: AnswerValue | undefined, option: string) => !has(value, option);
/** A single answer "=" / "is" one of the options. */
const is = (value: AnswerValue | undefined, ...options: string[]) => typeof value === 'string' && options.includes(value);
/** "`owner` is another's (`other-authority`, `bank-insurer`, `private`)". */
const ANOTHERS = ['other-authority', 'bank-insurer', 'private'];
const anothers = (a: Answers) => is(a.owner, ...ANOTHERS);

// ---------------------------------------------------------------------------------------------
// The rule table.
// ---------------------------------------------------------------------------------------------

/** One outcome a rule requires; `where` for the "and X where Y" parts of the "must contain" column. */
export interface Requirement {
  readonly outcome: string;
  readonly where?: (a: Answers) => boolean;
}

export interface ContractRule {
  readonly id: string;
  /** The "when" column. */
  readonly when: (a: Answers) => boolean;
  /** The "must contain" column. */
  readonly mustContain: readonly Requirement[];
  /** "ends": no further questions are asked after the answer to this question. */
  readonly ends?: string;
}

const must = (...outcomes: string[]): Requirement[] => outcomes.map((outcome) => ({ outcome }));

/** R1-R22 as the contract's table has them. */
export const RULES: readonly ContractRule[] = [
  { id: 'R1', when: (a) => has(a.circumstances, 'fraud'), mustContain: must('fraud-stop'), ends: 'circumstances' },
  { id: 'R2', when: (a) => has(a.circumstances, 'codes'), mustContain: must('keep-credentials-private') },
  { id: 'R3', when: (a) => is(a.request, 'repair'), mustContain: must('decline-repair'), ends: 'request' },
  { id: 'R4', when: (a) => is(a.request, 'proxy') && lacks(a.circumstances, 'capacity'), mustContain: must('e-authorizations') },
  { id: 'R5', when: (a) => is(a.request, 'act-for-me'), mustContain: must('not-on-behalf') },
  { id: 'R6', when: (a) => is(a.owner, 'none') && is(a.setting, 'service-situation'), mustContain: must('refer-general-support') },
  { id: 'R7', when: (a) => is(a.owner, 'none') && is(a.setting, 'general-support'), mustContain: must('general-support') },
  { id: 'R8', when: (a) => is(a.owner, 'own') && is(a.task, 'general-use'), mustContain: must('guide-own-service') },
  {
    id: 'R9',
    when: (a) => is(a.owner, 'own') && is(a.task, 'transaction') && is(a.identification, 'not-needed', 'customer-logs-in'),
    mustContain: must('guide-own-service'),
  },
  {
    id: 'R10',
    when: (a) => anothers(a) && is(a.task, 'transaction'),
    mustContain: [{ outcome: 'refer-service-owner' }, { outcome: 'general-support', where: (a) => is(a.setting, 'general-support') }],
  },
  { id: 'R11', when: (a) => anothers(a) && is(a.task, 'general-use') && is(a.setting, 'general-support'), mustContain: must('general-support') },
  { id: 'R12', when: (a) => is(a.task, 'transaction') && is(a.identification, 'no-eid'), mustContain: must('no-eid-alternatives') },
  {
    id: 'R13',
    when: (a) => is(a.task, 'transaction') && is(a.identification, 'cannot-use'),
    mustContain: [{ outcome: 'no-eid-alternatives' }, { outcome: 'e-authorizations', where: (a) => lacks(a.circumstances, 'capacity') }],
  },
  { id: 'R14', when: (a) => is(a.device, 'shared'), mustContain: must('shared-device-care') },
  { id: 'R15', when: (a) => is(a.device, 'supporter'), mustContain: must('no-supporter-device-login') },
  { id: 'R16', when: (a) => has(a.circumstances, 'install-settings'), mustContain: must('data-loss-risk') },
  { id: 'R17', when: (a) => has(a.circumstances, 'keep-private'), mustContain: must('customer-privacy') },
  { id: 'R18', when: (a) => has(a.circumstances, 'pressure'), mustContain: must('safeguard-customer') },
  { id: 'R19', when: (a) => has(a.circumstances, 'remote'), mustContain: must('remote-support') },
  {
    // "`owner` = `own`, and `request` is `act-for-me` or `proxy`, or `task` = `transaction` with
    // `identification` `no-eid` or `cannot-use`": `owner` = `own` binds both alternatives (the
    // "never" list allows `own-channel` only with `owner` = `own`).
    id: 'R20',
    when: (a) => is(a.owner, 'own') && (is(a.request, 'act-for-me', 'proxy') || (is(a.task, 'transaction') && is(a.identification, 'no-eid', 'cannot-use'))),
    mustContain: must('own-channel'),
  },
  {
    id: 'R21',
    when: (a) => anothers(a) && is(a.setting, 'service-situation'),
    mustContain: [{ outcome: 'refer-service-owner' }, { outcome: 'refer-general-support', where: (a) => is(a.task, 'general-use') }],
  },
  { id: 'R22', when: (a) => has(a.circumstances, 'capacity'), mustContain: must('capacity-concern') },
];

const rule = (id: string) => RULES.find((r) => r.id === id)!;

/** "The first place goes to the outcome of the first rule in this list that applies." */
export const FIRST_PLACE: readonly string[] = ['R1', 'R3', 'R22', 'R18', 'R2', 'R20'];

/** "After them [R1, R3] the recommendation holds only their own outcome and those of R2, R18, R19 and R22." */
export const KEPT_AFTER_A_STOP: readonly string[] = ['R2', 'R18', 'R19', 'R22'];

/**
 * The stop rules in the order the walk meets them: "`circumstances` comes before `request` (so a
 * scam is seen before a repair request ends the walk)".
 */
const STOPS = [rule('R1'), rule('R3')];

// ---------------------------------------------------------------------------------------------
// Which questions a walk asks.
// ---------------------------------------------------------------------------------------------

/** The questions of the contract in an order that respects the asking rules (for the checks, not the tree's order). */
const ORDER = ['setting', 'circumstances', 'request', 'owner', 'task', 'identification', 'device'];

interface Walk {
  /** The stop rule (R1 or R3) that ended the walk. */
  readonly stop: ContractRule | undefined;
  /**
   * The questions the walk answers, asked or preset: without a stop exactly these; with a stop at
   * least these (what the tree asks before the stop is its order to choose).
   */
  readonly questions: readonly string[];
  /** The answers that count: those to `questions` ("answers to questions a walk does not ask are ignored"). */
  readonly answers: Answers;
}

/**
 * "`task` only when `owner` is not `none`, `identification` only when `task` = `transaction`, and
 * every other question on every walk that R1 or R3 has not ended."
 */
function walkOf(given: Answers): Walk {
  const stop = STOPS.find((r) => r.when(given));
  let questions: string[];
  // R1 ends at `circumstances`; R3 ends at `request`, which comes after `circumstances`.
  if (stop?.id === 'R1') questions = ['circumstances'];
  else if (stop?.id === 'R3') questions = ['circumstances', 'request'];
  else {
    questions = ['setting', 'circumstances', 'request', 'owner', 'device'];
    if (given.owner !== undefined && !is(given.owner, 'none')) questions.push('task');
    if (questions.includes('task') && is(given.task, 'transaction')) questions.push('identification');
  }
  const answers: Record<string, AnswerValue> = {};
  for (const q of ORDER) if (questions.includes(q) && given[q] !== undefined) answers[q] = given[q];
  return { stop, questions: ORDER.filter((q) => questions.includes(q)), answers };
}

// ---------------------------------------------------------------------------------------------
// What a walk must recommend.
// ---------------------------------------------------------------------------------------------

export interface ContractExpectation {
  /** The answers that count (to the questions the walk asks), presets included. */
  readonly answers: Answers;
  /** The stop rule (R1 or R3) that ends the walk. */
  readonly stop: string | undefined;
  /** The rules that apply, in the table's order. */
  readonly rules: readonly string[];
  /** Each outcome required and the rule (and part of it) requiring it, e.g. `R10: general-support`. */
  readonly requirements: readonly string[];
  /** Exactly the outcomes the rules require: a recommendation holds these and nothing else. */
  readonly outcomes: ReadonlySet<string>;
  /** The primary outcome where the first-place list fixes it. */
  readonly first: string | undefined;
  /** The question a stop rule ends the walk at (the last on the path). */
  readonly endsAt: string | undefined;
  /** The questions the walk goes through (asked or preset): exactly these without a stop, at least these with one. */
  readonly questions: ReadonlySet<string>;
}

/** What the contract requires for the answers of a walk (presets included, keyed by question id). */
export function expectationFor(given: Answers): ContractExpectation {
  const walk = walkOf(given);
  const a = walk.answers;
  // After R1 or R3 "no other rule applies" but those of R2, R18, R19 and R22.
  const counts = (r: ContractRule) => !walk.stop || r === walk.stop || KEPT_AFTER_A_STOP.includes(r.id);
  const applying = RULES.filter((r) => counts(r) && r.when(a));
  const required = applying.flatMap((r) => r.mustContain.filter((m) => !m.where || m.where(a)).map((m) => ({ rule: r.id, outcome: m.outcome })));
  const firstRule = FIRST_PLACE.map(rule).find((r) => applying.includes(r));
  return {
    answers: a,
    stop: walk.stop?.id,
    rules: applying.map((r) => r.id),
    requirements: required.map((m) => `${m.rule}: ${m.outcome}`),
    outcomes: new Set(required.map((m) => m.outcome)),
    first: firstRule?.mustContain[0]!.outcome,
    endsAt: walk.stop?.ends,
    questions: new Set(walk.questions),
  };
}

/** Every requirement of the table, `R10: general-support` and so on: what the paths must exercise. */
export const ALL_REQUIREMENTS: readonly string[] = RULES.flatMap((r) => r.mustContain.map((m) => `${r.id}: ${m.outcome}`));

// ---------------------------------------------------------------------------------------------
// "And never".
// ---------------------------------------------------------------------------------------------

interface Never {
  readonly text: string;
  readonly broken: (a: Answers, outcomes: ReadonlySet<string>) => boolean;
}

/** The contract's "never" list, one entry per outcome it names. */
export const NEVER: readonly Never[] = [
  { text: 'guide-own-service unless owner = own', broken: (a, o) => o.has('guide-own-service') && !is(a.owner, 'own') },
  { text: 'own-channel unless owner = own', broken: (a, o) => o.has('own-channel') && !is(a.owner, 'own') },
  { text: "refer-service-owner unless owner is another's", broken: (a, o) => o.has('refer-service-owner') && !anothers(a) },
  {
    text: 'refer-general-support unless setting = service-situation and owner is not own',
    broken: (a, o) => o.has('refer-general-support') && !(is(a.setting, 'service-situation') && a.owner !== undefined && !is(a.owner, 'own')),
  },
  { text: 'general-support unless setting = general-support', broken: (a, o) => o.has('general-support') && !is(a.setting, 'general-support') },
  { text: 'e-authorizations when circumstances has capacity', broken: (a, o) => o.has('e-authorizations') && has(a.circumstances, 'capacity') },
];

/** The "never" constraints (and what may remain after R1 or R3) that a recommendation breaks, one message each. */
export function neverBroken(given: Answers, outcomes: readonly string[]): string[] {
  const walk = walkOf(given);
  const got = new Set(outcomes);
  const broken = NEVER.filter((n) => n.broken(walk.answers, got)).map((n) => `never ${n.text}`);
  if (walk.stop) {
    const kept = new Set([walk.stop, ...KEPT_AFTER_A_STOP.map(rule)].flatMap((r) => r.mustContain.map((m) => m.outcome)));
    const others = outcomes.filter((o) => !kept.has(o));
    if (others.length > 0) broken.push(`after ${walk.stop.id} only ${[...kept].join(', ')} may remain, got also ${others.join(', ')}`);
  }
  return broken;
}

// ---------------------------------------------------------------------------------------------
// The asking rules, checked on a path.
// ---------------------------------------------------------------------------------------------

/**
 * How the questions a walk went through (`path`, presets included, in order) break the asking
 * rules for the answers of the walk (presets included), one message each.
 */
export function askingBroken(given: Answers, path: readonly string[]): string[] {
  const expected = expectationFor(given);
  const broken: string[] = [];
  const at = (q: string) => path.indexOf(q);
  const twice = path.filter((q, i) => path.indexOf(q) !== i);
  if (twice.length > 0) broken.push(`asks ${twice.join(', ')} twice`);
  const unanswered = path.filter((q) => given[q] === undefined);
  if (unanswered.length > 0) broken.push(`no answer to ${unanswered.join(', ')} on the path`);
  if (!path.includes('circumstances')) broken.push('never asks circumstances');
  if (at('request') >= 0 && at('request') < at('circumstances')) broken.push('asks request before circumstances');
  // "`task` only when `owner` is not `none`", which the walk knows only after `owner`.
  if (at('task') >= 0 && !(at('owner') >= 0 && at('owner') < at('task') && !is(given.owner, 'none'))) broken.push('asks task without owner (not none) before it');
  if (at('identification') >= 0 && !(at('task') >= 0 && at('task') < at('identification') && is(given.task, 'transaction'))) {
    broken.push('asks identification without task = transaction before it');
  }
  if (expected.endsAt !== undefined) {
    if (path.at(-1) !== expected.endsAt) broken.push(`${expected.stop} must end the walk at ${expected.endsAt}, it ended at ${path.at(-1)}`);
    const missing = [...expected.questions].filter((q) => !path.includes(q));
    if (missing.length > 0) broken.push(`must ask ${missing.join(', ')} before ${expected.stop} ends the walk`);
  } else {
    const missing = [...expected.questions].filter((q) => !path.includes(q));
    const needless = path.filter((q) => !expected.questions.has(q));
    if (missing.length > 0) broken.push(`never asks ${missing.join(', ')}`);
    if (needless.length > 0) broken.push(`asks ${needless.join(', ')}, which the contract does not ask here`);
  }
  return broken;
}

/** A path written so a reviewer can reproduce it: `setting=general-support · circumstances=codes+fraud`. */
export function describeAnswers(answers: Answers): string {
  return Object.entries(answers)
    .map(([q, v]) => `${q}=${typeof v === 'string' ? v : v.join('+')}`)
    .join(' · ');
}
