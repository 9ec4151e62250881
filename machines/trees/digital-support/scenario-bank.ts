/** The default tree's scenario bank: the service-situation and general-support halves with their text. */
import type { ScenarioBank } from '../../scenarios/scenario.types.js';
import { competences } from './competences/competences.js';
import { en as competencesEn } from './competences/en.js';
import { fi as competencesFi } from './competences/fi.js';
import { sv as competencesSv } from './competences/sv.js';
import { LOCALES, TREE_ID } from './digital-support.tree.js';
import { scenarios as generalSupport } from './scenarios/general-support/scenarios.js';
import { en as generalSupportEn } from './scenarios/general-support/en.js';
import { fi as generalSupportFi } from './scenarios/general-support/fi.js';
import { sv as generalSupportSv } from './scenarios/general-support/sv.js';
import { scenarios as serviceSituation } from './scenarios/service-situation/scenarios.js';
import { en as serviceSituationEn } from './scenarios/service-situation/en.js';
import { fi as serviceSituationFi } from './scenarios/service-situation/fi.js';
import { sv as serviceSituationSv } from './scenarios/service-situation/sv.js';

export const scenarios: ScenarioBank = {
  treeId: TREE_ID,
  version: '2.1.0',
  locales: LOCALES,
  scenarios: [...serviceSituation, ...generalSupport].sort((a, b) => a.id.localeCompare(b.id)),
  text: {
    fi: { ...serviceSituationFi, ...generalSupportFi },
    sv: { ...serviceSituationSv, ...generalSupportSv },
    en: { ...serviceSituationEn, ...generalSupportEn },
  },
  competences,
  competenceText: { fi: competencesFi, sv: competencesSv, en: competencesEn },
};
