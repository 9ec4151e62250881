/**
 * A scenario bank: short situations with their answers and expected outcomes, shared by the
 * tests (each replays through `recommend` and the machine) and the skills-badge quiz.
 * Structure and text are apart, as in a tree: text per locale, keyed by scenario id.
 */
import type { DeepReadonly } from '../tree/tree.types.js';
import type * as Schema from './scenario-bank.schema.types.js';

// The shapes, with their documentation, are generated from schema/scenario-bank.schema.json
// (`npm run schema`), so the schema that checks JSON files and these types cannot drift apart.

/** A wrong course of action for the quiz. */
export type Distractor = DeepReadonly<Schema.Distractor>;
export type ScenarioDefinition = DeepReadonly<Schema.ScenarioDefinition>;
/** A course of action as the quiz shows it (wrong or right), and why it is wrong or right. */
export type DistractorText = DeepReadonly<Schema.DistractorText>;
export type ScenarioText = DeepReadonly<Schema.ScenarioText>;
export type ScenarioBank = DeepReadonly<Schema.ScenarioBank>;
/**
 * A general "Choose 2" item on the badge's core competences (not tied to one situation):
 * five statements, exactly two of them right.
 */
export type CompetenceItemDefinition = DeepReadonly<Schema.CompetenceItemDefinition>;
export type CompetenceItemText = DeepReadonly<Schema.CompetenceItemText>;
