/**
 * The default tree's scenario bank, from its content file digital-support.scenarios.json: the
 * situations with their answers, expected outcomes and quiz options, and the competence items,
 * with their text in Finnish, Swedish and English.
 */
import type { ScenarioBank } from '../../scenarios/scenario.types.js';
import bank from './digital-support.scenarios.json' with { type: 'json' };

export const scenarios: ScenarioBank = bank as ScenarioBank;
