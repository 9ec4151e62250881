/**
 * The declarative decision-tree format. A tree is plain data (it can come from JSON): ids,
 * routing, which outcomes an answer adds, and localized text keyed by id. No functions.
 */

/** The `next` value that ends a walk and shows the recommendation. Not usable as a question id. */
export const RESULT = 'result';

/** Where the status of a principle comes from (see the domain brief). */
export const PRINCIPLE_STATUSES = ['VERIFIED', 'FROM-SEED-SUMMARY', 'INFERRED'] as const;
export type PrincipleStatus = (typeof PRINCIPLE_STATUSES)[number];

export const QUESTION_KINDS = ['single', 'multi'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * A condition on the answers of the walk: every listed question must be on the path and its
 * answer must be (single) or include (multi) one of the listed option ids.
 */
export type AnswerCondition = Readonly<Record<string, readonly string[]>>;

/**
 * An outcome id, or an object naming the outcome with at least one of: the rule that adds it
 * (`rule`, e.g. `R10`: its "because" phrase explains the course of action), a condition on the
 * answers that must hold (`when`) and one that must not (`unless`).
 */
export type OutcomeAddition = string | ConditionalAddition;

export interface ConditionalAddition {
  readonly outcome: string;
  /** The rule this addition belongs to; one rule may add several outcomes from several options. */
  readonly rule?: string;
  readonly when?: AnswerCondition;
  readonly unless?: AnswerCondition;
}

export interface OptionDefinition {
  readonly id: string;
  /**
   * The question asked next when this option is chosen, or `RESULT`. Defaults to the question's
   * `next`. On a multi question the first chosen option (in declared order) with a `next` wins.
   */
  readonly next?: string;
  /** Outcomes this answer adds to the recommendation. */
  readonly adds?: readonly OutcomeAddition[];
  /** Multi questions only: the "none of these" option, which cannot be combined with others. */
  readonly exclusive?: boolean;
}

export interface QuestionDefinition {
  readonly kind: QuestionKind;
  readonly options: readonly OptionDefinition[];
  /** Where the walk goes after this question unless the chosen option says otherwise. */
  readonly next?: string;
  /** The page may not answer it in advance (a preset): it is about this customer, asked every time. */
  readonly neverPreset?: boolean;
}

export interface OutcomeDefinition {
  readonly id: string;
  /** Ids from the tree's principles catalogue that this course of action rests on. */
  readonly principles: readonly string[];
  /** Ids from the tree's referral catalogue: where to refer the customer. */
  readonly referrals?: readonly string[];
  /**
   * When this outcome is recommended, every other outcome is dropped except those listed in
   * `keep` (a stop such as suspected fraud). The first overriding outcome in priority order wins.
   */
  readonly overrides?: { readonly keep: readonly string[] };
  /** The course of action is the team's reading (INFERRED in the brief), not an official rule. */
  readonly inferred?: boolean;
  /** What not to do: ids from the tree's `never` catalogue, shown most important (lowest rank) first. */
  readonly never?: readonly string[];
}

/**
 * A "what not to do" item, shared by the courses of action that list it, so a result with
 * several courses shows it once. `rank` orders a merged list: 1 is the most important.
 */
export interface NeverItemDefinition {
  readonly rank: number;
}

export interface PrincipleDefinition {
  /** VERIFIED, FROM-SEED-SUMMARY or INFERRED, as the domain brief labels it. */
  readonly status: PrincipleStatus;
  /** Source ids from the domain brief (S1...), where the tree carries them. */
  readonly sources?: readonly string[];
}

export interface ReferralDefinition {
  /** A public web address for the place referred to, when one is known. */
  readonly url?: string;
}

export interface QuestionText {
  readonly title: string;
  readonly help: string;
  readonly options: Readonly<Record<string, OptionText>>;
}

export interface OptionText {
  readonly label: string;
  /** One line that tells what the option covers. */
  readonly hint?: string;
}

export interface OutcomeText {
  /** The course of action as a heading. */
  readonly title: string;
  /** The course of action as one imperative sentence (a quiz option uses it too). */
  readonly action: string;
  readonly steps: readonly string[];
  /** What not to do (being replaced by the tree's `never` catalogue). */
  readonly avoid: readonly string[];
  /**
   * The course of action for the customer: plain language the supporter can show or read out
   * (short sentences, common words, no rule ids or staff wording). A tree gives it for every
   * outcome in every locale, or for none.
   */
  readonly customer?: string;
}

export interface RuleText {
  /** Completes "… because …" next to a course of action, e.g. "the customer asks you to do it for them". */
  readonly because: string;
}

export interface PrincipleText {
  readonly title: string;
  /** The principle in a sentence or two, in the team's own words. */
  readonly text: string;
}

export interface ReferralText {
  readonly name: string;
  readonly detail: string;
}

/** Every string of a tree in one locale, keyed by id. */
export interface TreeText {
  readonly title: string;
  readonly questions: Readonly<Record<string, QuestionText>>;
  readonly outcomes: Readonly<Record<string, OutcomeText>>;
  readonly principles: Readonly<Record<string, PrincipleText>>;
  readonly referrals: Readonly<Record<string, ReferralText>>;
  /** Each "what not to do" item of the `never` catalogue as one sentence, keyed by id. */
  readonly never?: Readonly<Record<string, string>>;
  /** Per rule id used in `adds`: why its outcomes are recommended. */
  readonly rules?: Readonly<Record<string, RuleText>>;
}

export interface TreeDefinition {
  /** A stable id for the tree. */
  readonly id: string;
  /** Changes whenever routing or ids change; stored answers from another version are dropped. */
  readonly version: string;
  /** The locales every string must be given in, e.g. `['fi', 'sv', 'en']`. */
  readonly locales: readonly string[];
  /** The first question. */
  readonly start: string;
  /** Questions keyed by id. */
  readonly questions: Readonly<Record<string, QuestionDefinition>>;
  /** Outcomes in priority order: a recommendation lists them in this order, primary first. */
  readonly outcomes: readonly OutcomeDefinition[];
  /** The principles catalogue keyed by id. */
  readonly principles: Readonly<Record<string, PrincipleDefinition>>;
  /** Places to refer to, keyed by id. */
  readonly referrals: Readonly<Record<string, ReferralDefinition>>;
  /** "What not to do" items keyed by id, with their rank; outcomes list the ids that apply. */
  readonly never?: Readonly<Record<string, NeverItemDefinition>>;
  /** Text keyed by locale code. */
  readonly text: Readonly<Record<string, TreeText>>;
}

/** An answer: an option id for a single question, option ids for a multi question. */
export type AnswerValue = string | readonly string[];

/** Answers keyed by question id (never by position). */
export type Answers = Readonly<Record<string, AnswerValue>>;
