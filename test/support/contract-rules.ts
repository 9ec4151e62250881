/**
 * The tree contract (shared/domain/tree-contract.md) as a rule table, written apart from the
 * tree: the tests compute what every walk must recommend and ask from this, never from the tree.
 */
import type { AnswerValue, Answers } from '../../machines/index.js';

const has = (value: AnswerValue | undefined, option: string) => value !== undefined && (typeof value === 'string' ? value === option : value.includes(option));
const is = (value: AnswerValue | undefined, ...options: string[]) => typeof value === 'string' && options.includes(value);
const ANOTHER_OWNER = ['other-authority', 'bank-insurer', 'private'];

export interface ContractRule {
  readonly id: string;
  readonly when: (a: Answers) => boolean;
  readonly mustContain: readonly string[];
  /** The rule fixes the primary outcome. */
  readonly first?: boolean;
  /** No further questions are asked. */
  readonly ends?: boolean;
}

export const RULES: readonly ContractRule[] = [
  { id: 'R1', when: (a) => has(a.circumstances, 'fraud'), mustContain: ['fraud-stop'], first: true, ends: true },
  { id: 'R2', when: (a) => has(a.circumstances, 'codes'), mustContain: ['keep-credentials-private'] },
  { id: 'R3', when: (a) => is(a.request, 'repair'), mustContain: ['decline-repair'], first: true, ends: true },
  { id: 'R4', when: (a) => is(a.request, 'proxy'), mustContain: ['e-authorizations'] },
  { id: 'R5', when: (a) => is(a.request, 'act-for-me'), mustContain: ['not-on-behalf'] },
  { id: 'R6', when: (a) => is(a.owner, 'none') && is(a.setting, 'service-situation'), mustContain: ['refer-general-support'] },
  { id: 'R7', when: (a) => is(a.owner, 'none') && is(a.setting, 'general-support'), mustContain: ['general-support'] },
  { id: 'R8', when: (a) => is(a.owner, 'own') && is(a.task, 'general-use'), mustContain: ['guide-own-service'] },
  {
    id: 'R9',
    when: (a) => is(a.owner, 'own') && is(a.task, 'transaction') && is(a.identification, 'not-needed', 'customer-logs-in'),
    mustContain: ['guide-own-service'],
  },
  { id: 'R10', when: (a) => is(a.owner, ...ANOTHER_OWNER) && is(a.task, 'transaction'), mustContain: ['refer-service-owner', 'general-support'] },
  { id: 'R11', when: (a) => is(a.owner, ...ANOTHER_OWNER) && is(a.task, 'general-use'), mustContain: ['general-support'] },
  { id: 'R12', when: (a) => is(a.task, 'transaction') && is(a.identification, 'no-eid'), mustContain: ['no-eid-alternatives'] },
  { id: 'R13', when: (a) => is(a.task, 'transaction') && is(a.identification, 'cannot-use'), mustContain: ['e-authorizations', 'no-eid-alternatives'] },
  { id: 'R14', when: (a) => is(a.device, 'shared'), mustContain: ['shared-device-care'] },
  { id: 'R15', when: (a) => is(a.device, 'supporter'), mustContain: ['no-supporter-device-login'] },
  { id: 'R16', when: (a) => has(a.circumstances, 'install-settings'), mustContain: ['data-loss-risk'] },
  { id: 'R17', when: (a) => has(a.circumstances, 'keep-private'), mustContain: ['customer-privacy'] },
];

/** "R1 takes precedence over every other rule, R3 over all but R1": what may appear after a stop. */
const AFTER_STOP: Record<string, readonly string[]> = {
  R1: ['fraud-stop', 'keep-credentials-private'],
  R3: ['decline-repair', 'keep-credentials-private'],
};

export interface ContractExpectation {
  /** The rules that apply, in precedence. */
  readonly rules: readonly string[];
  /** Exactly the outcomes the rules require. */
  readonly outcomes: ReadonlySet<string>;
  /** The primary outcome where a rule fixes it. */
  readonly first: string | undefined;
  /** The question a stop rule (R1, R3) ends the walk at. */
  readonly endsAt: string | undefined;
  /**
   * The questions the walk must ask (or take from presets). Without a stop, exactly these; with
   * a stop, at least these (what else comes before the stop is the tree's order to choose).
   */
  readonly questions: ReadonlySet<string>;
}

/** What the contract requires for the answers of a walk. */
export function expectationFor(answers: Answers): ContractExpectation {
  const stop = RULES.find((r) => r.ends && r.when(answers));
  const kept = (outcome: string) => !stop || AFTER_STOP[stop.id]!.includes(outcome);
  const applying = RULES.filter((r) => r.when(answers) && r.mustContain.some(kept));
  const outcomes = new Set(applying.flatMap((r) => r.mustContain).filter(kept));
  let questions: string[];
  if (stop?.id === 'R1') questions = ['circumstances'];
  // R1 must be able to win over R3, so circumstances is known before a repair request ends the walk.
  else if (stop?.id === 'R3') questions = ['circumstances', 'request'];
  else {
    questions = ['setting', 'circumstances', 'request', 'owner', 'device'];
    if (!is(answers.owner, 'none')) questions.push('task');
    if (is(answers.task, 'transaction')) questions.push('identification');
  }
  return {
    rules: applying.map((r) => r.id),
    outcomes,
    first: stop?.mustContain[0],
    endsAt: stop ? questions.at(-1) : undefined,
    questions: new Set(questions),
  };
}

/** The contract's "never" constraints; each returns a message when broken. */
export function neverBroken(answers: Answers, outcomes: readonly string[]): string[] {
  const broken: string[] = [];
  const contains = (o: string) => outcomes.includes(o);
  if (contains('guide-own-service') && !is(answers.owner, 'own')) broken.push('guide-own-service without owner = own');
  if (contains('refer-service-owner') && !is(answers.owner, ...ANOTHER_OWNER)) broken.push("refer-service-owner without another's owner");
  if (contains('refer-general-support') && !(is(answers.setting, 'service-situation') && is(answers.owner, 'none'))) {
    broken.push('refer-general-support outside service-situation with owner = none');
  }
  if (has(answers.circumstances, 'fraud') && outcomes.some((o) => o !== 'fraud-stop' && o !== 'keep-credentials-private')) {
    broken.push(`after R1 only fraud-stop and keep-credentials-private, got ${outcomes.join(', ')}`);
  }
  if (!has(answers.circumstances, 'fraud') && is(answers.request, 'repair') && outcomes.some((o) => o !== 'decline-repair' && o !== 'keep-credentials-private')) {
    broken.push(`after R3 only decline-repair and keep-credentials-private, got ${outcomes.join(', ')}`);
  }
  return broken;
}

/** A path written so a reviewer can reproduce it: `setting=general-support · circumstances=codes+fraud`. */
export function describeAnswers(answers: Answers): string {
  return Object.entries(answers)
    .map(([q, v]) => `${q}=${typeof v === 'string' ? v : v.join('+')}`)
    .join(' · ');
}
