/**
 * A scenario bank: short situations with their answers and expected outcomes, shared by the
 * tests (each replays through `recommend` and the machine) and the skills-badge quiz.
 * Structure and text are apart, as in a tree: text per locale, keyed by scenario id.
 */
import type { Answers } from '../tree/tree.types.js';

/** A wrong course of action for the quiz. */
export interface Distractor {
  readonly id: string;
  /** Principle ids (from the tree's catalogue) that the wrong action goes against. */
  readonly principles: readonly string[];
}

export interface ScenarioDefinition {
  /** `SC01`, `SC02`... */
  readonly id: string;
  /** A complete set of answers for the tree, keyed by question id. */
  readonly answers: Answers;
  /** The outcome ids the tree must recommend, primary first (judged by hand, not copied). */
  readonly expected: readonly string[];
  readonly quiz: {
    /** Three or four wrong courses of action. */
    readonly distractors: readonly Distractor[];
    /**
     * Where the situation calls for two actions: the two outcomes whose `action` texts are the
     * right answers of a "Choose 2" item (the others are the distractors).
     */
    readonly chooseTwo?: readonly [string, string];
    /**
     * The outcome that is the right answer of the single-choice item, where that is not
     * `expected[0]` (the situation's lesson is not the primary course of action); one of `expected`.
     */
    readonly single?: string;
  };
}

/** A course of action as the quiz shows it (wrong or right), and why it is wrong or right. */
export interface DistractorText {
  /** The course of action, as an imperative sentence. */
  readonly text: string;
  /** Why it is wrong (or right), in a sentence. */
  readonly why: string;
}

export interface ScenarioText {
  readonly title: string;
  /** The situation in two or three sentences, as the supporter meets it. */
  readonly situation: string;
  readonly distractors: Readonly<Record<string, DistractorText>>;
  /**
   * The right courses of action written for this situation, keyed by outcome id: one for each
   * outcome that is a right answer of one of the scenario's quiz items (the single-choice key,
   * `quiz.single ?? expected[0]`, and both `chooseTwo` outcomes), no others. The quiz shows these,
   * not the outcome's generic `action`, so a right option does not stand out by its register.
   */
  readonly right: Readonly<Record<string, DistractorText>>;
}

export interface ScenarioBank {
  /** The id of the tree the answers and outcome ids belong to. */
  readonly treeId: string;
  readonly locales: readonly string[];
  readonly scenarios: readonly ScenarioDefinition[];
  /** Text keyed by locale, then by scenario id. */
  readonly text: Readonly<Record<string, Readonly<Record<string, ScenarioText>>>>;
  /** General "Choose 2" items on the badge's core competences. */
  readonly competences?: readonly CompetenceItemDefinition[];
  /** Their text keyed by locale, then by item id. */
  readonly competenceText?: Readonly<Record<string, Readonly<Record<string, CompetenceItemText>>>>;
}

/**
 * A general "Choose 2" item on the badge's core competences (not tied to one situation):
 * five statements, exactly two of them right.
 */
export interface CompetenceItemDefinition {
  /** `competence-service-situation`, ... */
  readonly id: string;
  readonly options: readonly {
    readonly id: string;
    readonly correct: boolean;
    /** Principle ids (from the tree's catalogue) the statement rests on or goes against. */
    readonly principles: readonly string[];
  }[];
}

export interface CompetenceItemText {
  /** The question, e.g. "Which two belong to digital support given in a service situation?" */
  readonly question: string;
  /** Each statement and why it is right or wrong, keyed by option id. */
  readonly options: Readonly<Record<string, DistractorText>>;
}
