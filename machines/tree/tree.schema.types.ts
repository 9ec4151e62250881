/* Generated from schema/tree.schema.json by `npm run schema`: edit the schema, not this file. */

/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "NonBlank".
 */
export type NonBlank = string;
/**
 * A BCP 47 language tag of letters and digits, e.g. fi, sv, en, se, en-GB (machines/tree/ids.ts LOCALE_ID).
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "LocaleId".
 */
export type LocaleId = string;
/**
 * Question, option, outcome, referral and "never" item ids: kebab-case, e.g. act-for-me (machines/tree/ids.ts KEBAB_ID).
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "KebabId".
 */
export type KebabId = string;
/**
 * An outcome id, or an object naming the outcome with its rule and/or conditions.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OutcomeAddition".
 */
export type OutcomeAddition = KebabId | ConditionalAddition;
/**
 * R and a number, e.g. R10, as the tree contract numbers its rules (machines/tree/ids.ts RULE_ID).
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "RuleId".
 */
export type RuleId = string;
/**
 * A capital letter and a number, e.g. P12 (a principle) or L7 (a law) (machines/tree/ids.ts PRINCIPLE_ID).
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "PrincipleId".
 */
export type PrincipleId = string;
/**
 * A referral id, or a referral with conditions on the answers.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OutcomeReferral".
 */
export type OutcomeReferral = KebabId | ConditionalReferral;
/**
 * A never item's id, or a never item with conditions on the answers.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OutcomeNever".
 */
export type OutcomeNever = KebabId | ConditionalNever;

/**
 * A digituki-guide decision tree: questions with their options, which outcomes (courses of action) each answer adds and by which rule, the principles and referrals they rest on, and all text per locale. Plain data: it can live in a JSON file. The JSON Schema checks the shape and the id syntax; validateTree also checks the meaning (routing, cycles, reachability, every id used exists, text in every locale).
 */
export interface TreeDefinition {
  /**
   * Where this schema is, so editors check the file as you type.
   */
  $schema?: string;
  /**
   * A stable id for the tree.
   */
  id: NonBlank;
  /**
   * Changes whenever routing or ids change; stored answers from another version are dropped.
   */
  version: NonBlank;
  /**
   * The locales every string must be given in, e.g. ["fi", "sv", "en"].
   *
   * @minItems 1
   */
  locales: LocaleId[];
  /**
   * The first question.
   */
  start: KebabId;
  /**
   * Questions keyed by id.
   */
  questions: {
    [k: string]: QuestionDefinition;
  };
  /**
   * Outcomes in priority order: a recommendation lists them in this order, primary first.
   */
  outcomes: OutcomeDefinition[];
  /**
   * The principles catalogue keyed by id.
   */
  principles: {
    [k: string]: PrincipleDefinition;
  };
  /**
   * Places to refer to, keyed by id.
   */
  referrals: {
    [k: string]: ReferralDefinition;
  };
  /**
   * "What not to do" items keyed by id, with their rank; outcomes list the ids that apply.
   */
  never?: {
    [k: string]: NeverItemDefinition;
  };
  /**
   * Text keyed by locale code.
   */
  text: {
    [k: string]: TreeText;
  };
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "QuestionDefinition".
 */
export interface QuestionDefinition {
  /**
   * single: one option; multi: any number, or the exclusive one alone.
   */
  kind: 'single' | 'multi';
  /**
   * @minItems 1
   */
  options: OptionDefinition[];
  /**
   * Where the walk goes after this question unless the chosen option says otherwise ("result" ends it).
   */
  next?: KebabId;
  /**
   * The page may not answer it in advance (a preset): it is about this customer, asked every time.
   */
  neverPreset?: boolean;
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OptionDefinition".
 */
export interface OptionDefinition {
  id: KebabId;
  /**
   * The question asked next when this option is chosen, or "result". Defaults to the question's next. On a multi question the first chosen option (in declared order) with a next wins.
   */
  next?: KebabId;
  /**
   * Outcomes this answer adds to the recommendation.
   */
  adds?: OutcomeAddition[];
  /**
   * Multi questions only: the "none of these" option, which cannot be combined with others.
   */
  exclusive?: boolean;
  /**
   * The answer is a judgement about the person (they may not understand, someone is pushing them): the hand-over summary, which may be pasted next to a named customer, leaves it out; the advice shows that a safeguard was followed.
   */
  sensitive?: boolean;
}
/**
 * An outcome with at least one of: the rule that adds it (its "because" text explains the course of action; one rule may add several outcomes from several options), a condition on the answers that must hold (when) and one that must not (unless).
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "ConditionalAddition".
 */
export interface ConditionalAddition {
  outcome: KebabId;
  rule?: RuleId;
  when?: AnswerCondition;
  unless?: AnswerCondition;
}
/**
 * A condition on the answers of the walk: every listed question must be on the path and its answer must be (single) or include (multi) one of the listed option ids.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "AnswerCondition".
 */
export interface AnswerCondition {
  /**
   * @minItems 1
   */
  [k: string]: KebabId[];
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OutcomeDefinition".
 */
export interface OutcomeDefinition {
  id: KebabId;
  /**
   * Ids from the tree's principles catalogue that this course of action rests on.
   */
  principles: PrincipleId[];
  /**
   * Where to refer the customer: ids from the tree's referral catalogue, each suggested always or only when its condition holds.
   */
  referrals?: OutcomeReferral[];
  /**
   * When this outcome is recommended, every other outcome is dropped except those listed in keep (a stop such as suspected fraud). The first overriding outcome in priority order wins.
   */
  overrides?: {
    keep: KebabId[];
  };
  /**
   * The course of action is the team's reading (INFERRED in the brief), not an official rule.
   */
  inferred?: boolean;
  /**
   * Readings of the action line or customer text for some walks, chosen by the answers; the first whose condition holds is used.
   */
  variants?: OutcomeVariant[];
  /**
   * What not to do: ids from the tree's never catalogue, shown most important (lowest rank) first; each always, or only when its condition on the answers holds (an item is shown only where it can happen).
   */
  never?: OutcomeNever[];
}
/**
 * A referral suggested only when a condition on the answers holds (when) and/or another does not (unless): the bank for a bank's service, not for Kela's.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "ConditionalReferral".
 */
export interface ConditionalReferral {
  referral: KebabId;
  when?: AnswerCondition;
  unless?: AnswerCondition;
}
/**
 * A reading of the outcome's action line or customer text for some walks, chosen by the answers (when / unless, as a conditional referral's): where two courses would pull against each other in one walk, or one sentence cannot serve every walk. The first variant whose condition holds is used; its text (text.<locale>.outcomes.<id>.variants.<variant id>) replaces the action, the customer text or both.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OutcomeVariant".
 */
export interface OutcomeVariant {
  id: KebabId;
  when?: AnswerCondition;
  unless?: AnswerCondition;
}
/**
 * A never item shown only when a condition on the answers holds (when) and/or another does not (unless): "do not advise on banking" for a bank's matter, not for Kela's.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "ConditionalNever".
 */
export interface ConditionalNever {
  never: KebabId;
  when?: AnswerCondition;
  unless?: AnswerCondition;
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "PrincipleDefinition".
 */
export interface PrincipleDefinition {
  /**
   * As the domain brief labels it (what the guide shows).
   */
  status: 'VERIFIED' | 'FROM-SEED-SUMMARY' | 'INFERRED';
  /**
   * Source ids from the domain brief (S1...).
   */
  sources?: NonBlank[];
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "ReferralDefinition".
 */
export interface ReferralDefinition {
  /**
   * A public web address (https, http, mailto, tel or relative) for the place referred to, when one is known.
   */
  url?: NonBlank;
}
/**
 * A "what not to do" item, shared by the courses of action that list it, so a result with several courses shows it once.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "NeverItemDefinition".
 */
export interface NeverItemDefinition {
  /**
   * Orders a merged list: 1 is the most important.
   */
  rank: number;
}
/**
 * Every string of a tree in one locale, keyed by id.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "TreeText".
 */
export interface TreeText {
  title: NonBlank;
  questions: {
    [k: string]: QuestionText;
  };
  outcomes: {
    [k: string]: OutcomeText;
  };
  principles: {
    [k: string]: PrincipleText;
  };
  referrals: {
    [k: string]: ReferralText;
  };
  /**
   * Each "what not to do" item as one sentence, keyed by id.
   */
  never?: {
    [k: string]: NonBlank;
  };
  /**
   * Per rule id used in adds: why its outcomes are recommended.
   */
  rules?: {
    [k: string]: RuleText;
  };
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "QuestionText".
 */
export interface QuestionText {
  title: NonBlank;
  help: NonBlank;
  options: {
    [k: string]: OptionText;
  };
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OptionText".
 */
export interface OptionText {
  label: NonBlank;
  /**
   * One line that tells what the option covers.
   */
  hint?: NonBlank;
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "OutcomeText".
 */
export interface OutcomeText {
  /**
   * The course of action as a heading.
   */
  title: NonBlank;
  /**
   * The course of action as one imperative sentence.
   */
  action: NonBlank;
  /**
   * @minItems 1
   */
  steps: NonBlank[];
  /**
   * The course of action for the customer: plain language the supporter can show or read out (short sentences, common words, no rule ids or staff wording). Given for every outcome in every locale, or for none.
   */
  customer?: NonBlank;
  /**
   * The text of each of the outcome's variants, by variant id: what replaces the action line or the customer text on the walks the variant is for.
   */
  variants?: {
    [k: string]: VariantText;
  };
}
/**
 * What a variant replaces: the action line, the customer text or both; the same fields in every locale.
 *
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "VariantText".
 */
export interface VariantText {
  action?: NonBlank;
  customer?: NonBlank;
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "PrincipleText".
 */
export interface PrincipleText {
  title: NonBlank;
  /**
   * The principle in a sentence or two, in the team's own words.
   */
  text: NonBlank;
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "ReferralText".
 */
export interface ReferralText {
  name: NonBlank;
  detail: NonBlank;
}
/**
 * This interface was referenced by `TreeDefinition`'s JSON-Schema
 * via the `definition` "RuleText".
 */
export interface RuleText {
  /**
   * Completes "... because ..." next to a course of action, e.g. "the customer asks you to do it for them".
   */
  because: NonBlank;
}
