import type * as Schema from './tree.schema.types.js';

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

/** A JSON value made read-only all the way down: what the engine accepts and never changes. */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

// The shapes themselves, with their documentation, are generated from schema/tree.schema.json
// (`npm run schema`): the schema that checks JSON files and these types cannot drift apart.

/**
 * A condition on the answers of the walk: every listed question must be on the path and its
 * answer must be (single) or include (multi) one of the listed option ids.
 */
export type AnswerCondition = DeepReadonly<Schema.AnswerCondition>;
/**
 * An outcome id, or an object naming the outcome with at least one of: the rule that adds it
 * (`rule`, e.g. `R10`: its "because" phrase explains the course of action), a condition on the
 * answers that must hold (`when`) and one that must not (`unless`).
 */
export type OutcomeAddition = DeepReadonly<Schema.OutcomeAddition>;
export type ConditionalAddition = DeepReadonly<Schema.ConditionalAddition>;
export type OptionDefinition = DeepReadonly<Schema.OptionDefinition>;
export type QuestionDefinition = DeepReadonly<Schema.QuestionDefinition>;
export type OutcomeDefinition = DeepReadonly<Schema.OutcomeDefinition>;
/** A referral id, or a referral suggested only when a condition on the answers holds. */
export type OutcomeReferral = DeepReadonly<Schema.OutcomeReferral>;
/** A "never" item id, or a "never" item shown only when a condition on the answers holds. */
export type OutcomeNever = DeepReadonly<Schema.OutcomeNever>;
/** A reading of an outcome's action line or customer text for the walks its condition names. */
export type OutcomeVariant = DeepReadonly<Schema.OutcomeVariant>;
export type PrincipleDefinition = DeepReadonly<Schema.PrincipleDefinition>;
export type ReferralDefinition = DeepReadonly<Schema.ReferralDefinition>;
export type NeverItemDefinition = DeepReadonly<Schema.NeverItemDefinition>;
export type QuestionText = DeepReadonly<Schema.QuestionText>;
export type OptionText = DeepReadonly<Schema.OptionText>;
export type OutcomeText = DeepReadonly<Schema.OutcomeText>;
export type PrincipleText = DeepReadonly<Schema.PrincipleText>;
export type ReferralText = DeepReadonly<Schema.ReferralText>;
export type RuleText = DeepReadonly<Schema.RuleText>;
/** Every string of a tree in one locale, keyed by id. */
export type TreeText = DeepReadonly<Schema.TreeText>;
/** A decision tree (see "The tree format" in README and schema/tree.schema.json). */
export type TreeDefinition = DeepReadonly<Schema.TreeDefinition>;

/** An answer: an option id for a single question, option ids for a multi question. */
export type AnswerValue = string | readonly string[];

/** Answers keyed by question id (never by position). */
export type Answers = Readonly<Record<string, AnswerValue>>;
