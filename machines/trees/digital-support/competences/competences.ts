/**
 * General "Choose 2" items on the core competences of the "Digital Supporter - Public Officer"
 * skills badge (shared/seeds: the badge description), not tied to one situation. Each item has
 * five statements, exactly two of them right; `principles` are ids from the tree's catalogue
 * that a right statement rests on or a wrong one goes against. Text per locale lives in
 * en.ts, fi.ts and sv.ts, keyed by item id and option id.
 */
import type { CompetenceItemDefinition } from '../../../scenarios/scenario.types.js';

export const competences = [
  {
    id: 'competence-service-situation',
    options: [
      { id: 'guide-own-e-service', correct: true, principles: ['P4', 'P3', 'P1'] },
      { id: 'help-shared-device', correct: true, principles: ['P4', 'P18'] },
      { id: 'fill-other-authority-form', correct: false, principles: ['P4', 'P10', 'P8'] },
      { id: 'teach-online-banking', correct: false, principles: ['P4', 'P12'] },
      { id: 'repair-laptop', correct: false, principles: ['P13', 'P4'] },
    ],
  },
  {
    id: 'competence-general-support',
    options: [
      { id: 'help-own-phone', correct: true, principles: ['P4', 'P1'] },
      { id: 'find-public-instructions', correct: true, principles: ['P4', 'P5'] },
      { id: 'advise-benefit-answers', correct: false, principles: ['P4', 'P5', 'P8'] },
      { id: 'log-in-for-customer', correct: false, principles: ['P11', 'P10'] },
      { id: 'pay-bills', correct: false, principles: ['P10', 'P12'] },
    ],
  },
  {
    id: 'competence-authority-duty',
    options: [
      { id: 'advise-own-services', correct: true, principles: ['P3', 'L1'] },
      { id: 'show-help-contacts', correct: true, principles: ['L2', 'P3'] },
      { id: 'handle-all-authorities', correct: false, principles: ['P8', 'L1'] },
      { id: 'log-in-for-customers', correct: false, principles: ['P11', 'L4'] },
      { id: 'recommend-a-bank', correct: false, principles: ['P20', 'P22'] },
    ],
  },
  {
    id: 'competence-limits',
    options: [
      { id: 'act-with-customer-codes', correct: true, principles: ['P10', 'P11', 'P23'] },
      { id: 'repairs-and-upgrades', correct: true, principles: ['P13', 'P9'] },
      { id: 'guide-own-login', correct: false, principles: ['P11', 'P1'] },
      { id: 'explain-e-authorizations', correct: false, principles: ['P23', 'P10'] },
      { id: 'remind-to-back-up', correct: false, principles: ['P13'] },
    ],
  },
] as const satisfies readonly CompetenceItemDefinition[];
