/**
 * The default digital-support tree (`digituki-guide/trees/digital-support`): `tree`, the tree
 * definition with its text in Finnish, Swedish and English, and `scenarios`, its scenario bank.
 */
import type { ScenarioBank } from '../../scenarios/scenario.types.js';
import type { TreeDefinition } from '../../tree/tree.types.js';
import { LOCALES, TREE_ID, TREE_VERSION, outcomes, principles, questions, referrals } from './digital-support.tree.js';
import { scenarios as generalSupport } from './scenarios/general-support/scenarios.js';
import { en as generalSupportEn } from './scenarios/general-support/en.js';
import { fi as generalSupportFi } from './scenarios/general-support/fi.js';
import { sv as generalSupportSv } from './scenarios/general-support/sv.js';
import { scenarios as serviceSituation } from './scenarios/service-situation/scenarios.js';
import { en as serviceSituationEn } from './scenarios/service-situation/en.js';
import { fi as serviceSituationFi } from './scenarios/service-situation/fi.js';
import { sv as serviceSituationSv } from './scenarios/service-situation/sv.js';
import { en } from './text/en.js';
import { fi } from './text/fi.js';
import { sv } from './text/sv.js';

export type { DigitalSupportLocale, DigitalSupportOutcomeId, DigitalSupportQuestionId } from './digital-support.tree.js';

export const tree: TreeDefinition = {
  id: TREE_ID,
  version: TREE_VERSION,
  locales: LOCALES,
  start: 'setting',
  questions,
  outcomes,
  principles,
  referrals,
  text: { fi, sv, en },
};

export const scenarios: ScenarioBank = {
  treeId: TREE_ID,
  locales: LOCALES,
  scenarios: [...serviceSituation, ...generalSupport].sort((a, b) => a.id.localeCompare(b.id)),
  text: {
    fi: { ...serviceSituationFi, ...generalSupportFi },
    sv: { ...serviceSituationSv, ...generalSupportSv },
    en: { ...serviceSituationEn, ...generalSupportEn },
  },
};
