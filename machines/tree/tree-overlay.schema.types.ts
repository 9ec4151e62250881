/* Generated from schema/tree-overlay.schema.json by `npm run schema`: edit the schema, not this file. */

/**
 * A referral id, or a referral with conditions on the answers.
 */
export type OutcomeReferral = string | ConditionalReferral;

/**
 * An authority's adaptation of a tree (applyOverlay): referrals added or replaced, the referrals an outcome lists, texts replaced and languages added, without copying the tree. It never changes routing, rules or ids. The result is checked like any tree.
 */
export interface TreeOverlay {
  /**
   * Where this schema is, so editors check the file as you type.
   */
  $schema?: string;
  /**
   * The id of the tree it adapts, e.g. digital-support.
   */
  base: string;
  /**
   * The overlay's own version: the result's version is <base version>+<this>, so answers stored under another overlay are dropped.
   */
  version: string;
  /**
   * Languages the overlay adds; its text gives every string of the tree in each.
   *
   * Items: A BCP 47 language tag of letters and digits, e.g. fi, sv, en, se, en-GB (machines/tree/ids.ts LOCALE_ID).
   */
  locales?: string[];
  /**
   * Referrals added or replaced, keyed by id.
   */
  referrals?: {
    [k: string]: ReferralDefinition;
  };
  /**
   * Per outcome id, the referral ids it lists instead of the base's (keep the base's ids you still want).
   */
  outcomes?: {
    [k: string]: {
      referrals: OutcomeReferral[];
    };
  };
  /**
   * Text per locale, merged over the base's: only what changes (a referral's name and detail, any other string); a language the overlay adds gives all of it.
   */
  text?: {
    [k: string]: Record<string, unknown>;
  };
}
export interface ReferralDefinition {
  /**
   * A public web address (https, http, mailto, tel or relative) for the place referred to, when one is known.
   */
  url?: string;
}
/**
 * A referral suggested only when a condition on the answers holds (when) and/or another does not (unless): the bank for a bank's service, not for Kela's.
 */
export interface ConditionalReferral {
  /**
   * Question, option, outcome, referral and "never" item ids: kebab-case, e.g. act-for-me (machines/tree/ids.ts KEBAB_ID).
   */
  referral: string;
  when?: AnswerCondition;
  unless?: AnswerCondition;
}
/**
 * A condition on the answers of the walk: every listed question must be on the path and its answer must be (single) or include (multi) one of the listed option ids.
 */
export interface AnswerCondition {
  /**
   * @minItems 1
   *
   * Items: Question, option, outcome, referral and "never" item ids: kebab-case, e.g. act-for-me (machines/tree/ids.ts KEBAB_ID).
   */
  [k: string]: string[];
}
