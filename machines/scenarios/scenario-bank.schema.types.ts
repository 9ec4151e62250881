/* Generated from schema/scenario-bank.schema.json by `npm run schema`: edit the schema, not this file. */

/**
 * SC and a number, e.g. SC01 (machines/scenarios/read-bank.ts SCENARIO_ID).
 *
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "ScenarioId".
 */
export type ScenarioId = string;

/**
 * A scenario bank for a digituki-guide tree: short situations with their answers and expected outcomes, shared by the tests (each replays through recommend and the machine) and the skills-badge quiz, with its text per locale. validateScenarios also checks it against its tree (answers and outcome ids exist, expected is what the tree recommends, text in every locale).
 */
export interface ScenarioBank {
  /**
   * Where this schema is, so editors check the file as you type.
   */
  $schema?: string;
  /**
   * The id of the tree the answers and outcome ids belong to.
   */
  treeId: string;
  /**
   * Changes whenever items or their keys change: a stored quiz attempt of another version is dropped.
   */
  version: string;
  /**
   * @minItems 1
   *
   * Items: A BCP 47 language tag of letters and digits, e.g. fi, sv, en, se, en-GB (machines/tree/ids.ts LOCALE_ID).
   */
  locales: string[];
  scenarios: ScenarioDefinition[];
  /**
   * Text keyed by locale, then by scenario id.
   */
  text: {
    [k: string]: {
      [k: string]: ScenarioText;
    };
  };
  /**
   * What each kind of quiz item asks, keyed by locale: the badge's wording ("Choose the right course of action.", "Choose 2.").
   */
  promptText: {
    [k: string]: PromptText;
  };
  /**
   * General "Choose 2" items on the badge's core competences.
   */
  competences?: CompetenceItemDefinition[];
  /**
   * Their text keyed by locale, then by item id.
   */
  competenceText?: {
    [k: string]: {
      [k: string]: CompetenceItemText;
    };
  };
}
/**
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "ScenarioDefinition".
 */
export interface ScenarioDefinition {
  id: ScenarioId;
  /**
   * Situations so alike that one attempt shows at most one of them (two tax-refund text messages): the same family id on each. The largest number of items an attempt can have counts a family once.
   */
  family?: string;
  /**
   * A complete set of answers for the tree, keyed by question id: an option id, or a list of them for a multi question.
   */
  answers: {
    [k: string]: string | string[];
  };
  /**
   * The outcome ids the tree must recommend, primary first (judged by hand, not copied).
   *
   * Items: Question, option, outcome, referral and "never" item ids: kebab-case, e.g. act-for-me (machines/tree/ids.ts KEBAB_ID).
   */
  expected: string[];
  quiz: {
    /**
     * Three or four wrong courses of action.
     */
    distractors: Distractor[];
    /**
     * Where the situation calls for two actions: the two outcomes that are the right answers of a "Choose 2" item (the others are the distractors).
     *
     * @minItems 2
     * @maxItems 2
     */
    chooseTwo?: [string, string];
    /**
     * The outcome that is the right answer of the single-choice item, where that is not expected[0] (the situation's lesson is not the primary course of action); one of expected.
     */
    single?: string;
  };
}
/**
 * A wrong course of action for the quiz.
 *
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "Distractor".
 */
export interface Distractor {
  /**
   * Question, option, outcome, referral and "never" item ids: kebab-case, e.g. act-for-me (machines/tree/ids.ts KEBAB_ID).
   */
  id: string;
  /**
   * Principle ids (from the tree's catalogue) that the wrong action goes against.
   *
   * Items: A capital letter and a number, e.g. P12 (a principle) or L7 (a law) (machines/tree/ids.ts PRINCIPLE_ID).
   */
  principles: string[];
}
/**
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "ScenarioText".
 */
export interface ScenarioText {
  title: string;
  /**
   * The situation in two or three sentences, as the supporter meets it.
   */
  situation: string;
  distractors: {
    [k: string]: DistractorText;
  };
  /**
   * The right courses of action written for this situation, keyed by outcome id: one for each outcome that is a right answer of one of the scenario's quiz items (the single-choice key and both chooseTwo outcomes), no others.
   */
  right: {
    [k: string]: DistractorText;
  };
}
/**
 * A course of action as the quiz shows it (wrong or right), and why it is wrong or right.
 *
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "DistractorText".
 */
export interface DistractorText {
  /**
   * The course of action, as an imperative sentence.
   */
  text: string;
  /**
   * Why it is wrong (or right), in a sentence.
   */
  why: string;
}
/**
 * The instruction of each kind of quiz item in one locale.
 *
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "PromptText".
 */
export interface PromptText {
  /**
   * A single-choice item: one right course of action.
   */
  single: string;
  /**
   * A "Choose 2" item: exactly two right options.
   */
  'choose-2': string;
}
/**
 * A general "Choose 2" item on the badge's core competences (not tied to one situation): five statements, exactly two of them right.
 *
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "CompetenceItemDefinition".
 */
export interface CompetenceItemDefinition {
  /**
   * Question, option, outcome, referral and "never" item ids: kebab-case, e.g. act-for-me (machines/tree/ids.ts KEBAB_ID).
   */
  id: string;
  options: CompetenceOption[];
}
/**
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "CompetenceOption".
 */
export interface CompetenceOption {
  /**
   * Question, option, outcome, referral and "never" item ids: kebab-case, e.g. act-for-me (machines/tree/ids.ts KEBAB_ID).
   */
  id: string;
  correct: boolean;
  /**
   * Principle ids (from the tree's catalogue) the statement rests on or goes against.
   *
   * Items: A capital letter and a number, e.g. P12 (a principle) or L7 (a law) (machines/tree/ids.ts PRINCIPLE_ID).
   */
  principles: string[];
}
/**
 * This interface was referenced by `ScenarioBank`'s JSON-Schema
 * via the `definition` "CompetenceItemText".
 */
export interface CompetenceItemText {
  /**
   * The question, e.g. "Which two belong to digital support given in a service situation?"
   */
  question: string;
  /**
   * Each statement and why it is right or wrong, keyed by option id.
   */
  options: {
    [k: string]: DistractorText;
  };
}
