/**
 * The scenario bank's service-situation half: an authority's own customer service (a municipal or
 * wellbeing services county service point, an agency desk, its own phone or chat line, its home
 * visits). Structure only; text per locale in `en.ts`, `fi.ts`, `sv.ts`, keyed by scenario id.
 * `expected` is worked out by hand from the rules in shared/domain/tree-contract.md (version 2, R1-R22),
 * in the tree's outcome priority order.
 */
import type { ScenarioDefinition } from '../../../../scenarios/scenario.types.js';

export const scenarios = [
  {
    // Rewrite of the brief's SC01.
    id: 'SC01',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'own',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['guide-own-service'], // R9
    quiz: {
      distractors: [
        { id: 'log-in-with-read-out-codes', principles: ['P11', 'P10'] },
        { id: 'send-to-library', principles: ['P3', 'P4', 'L1'] },
        { id: 'note-username-on-slip', principles: ['P17'] },
        { id: 'fill-in-then-let-her-confirm', principles: ['P10', 'P1'] },
      ],
    },
  },
  {
    // Rewrite of the brief's SC03: another authority's service, no joint-service agreement.
    id: 'SC03',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'shared',
    },
    expected: ['refer-service-owner', 'shared-device-care'], // R10/R21, R14 (general support belongs to general support points in v2)
    quiz: {
      distractors: [
        { id: 'advise-on-deductions', principles: ['P4', 'P8', 'L1'] },
        { id: 'log-in-to-check', principles: ['P11', 'L4'] },
        { id: 'send-away-empty-handed', principles: ['P8', 'L1'] },
        { id: 'keep-printout-at-desk', principles: ['P17', 'P15'] },
      ],
      chooseTwo: ['refer-service-owner', 'shared-device-care'],
    },
  },
  {
    // Rewrite of the brief's SC04. OmaKanta is maintained by Kela: another authority's service
    // at a wellbeing services county's service point, as the brief has it.
    id: 'SC04',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'no-eid',
      device: 'customer-own',
    },
    expected: ['no-eid-alternatives', 'refer-service-owner'], // R12, R10/R21
    quiz: {
      distractors: [
        { id: 'log-in-with-own-codes', principles: ['P11', 'L4'] },
        { id: 'nothing-can-be-done', principles: ['P21', 'P23'] },
        { id: 'recommend-a-bank', principles: ['P20', 'P22'] },
        { id: 'companion-logs-in-to-show', principles: ['P11', 'P23'] },
      ],
      chooseTwo: ['no-eid-alternatives', 'refer-service-owner'],
    },
  },
  {
    // Rewrite of the brief's SC05.
    id: 'SC05',
    answers: {
      setting: 'service-situation',
      circumstances: ['codes'],
      request: 'proxy',
      owner: 'own',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['keep-credentials-private', 'own-channel', 'e-authorizations', 'guide-own-service'], // R2 (first), R20, R4, R9
    quiz: {
      distractors: [
        { id: 'allow-with-consent', principles: ['P11', 'L4', 'P23'] },
        { id: 'type-fathers-codes', principles: ['P11', 'P10'] },
        { id: 'paper-proxy-then-codes', principles: ['P23', 'P11'] },
        { id: 'fill-in-from-dictation', principles: ['P10', 'P1'] },
      ],
      chooseTwo: ['keep-credentials-private', 'e-authorizations'],
    },
  },
  {
    // Rewrite of the brief's SC06. The lesson is the shared device (content review §0 #2): the
    // single-choice key is `shared-device-care`, not the primary outcome; the "Choose 2" item asks
    // for both (he is still being guided when the item starts).
    id: 'SC06',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'own',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'shared',
    },
    expected: ['guide-own-service', 'shared-device-care'], // R9, R14
    quiz: {
      distractors: [
        { id: 'next-customer-closes-it', principles: ['P18'] },
        { id: 'browse-open-session', principles: ['P15', 'P16'] },
        { id: 'save-decision-to-desktop', principles: ['P17', 'P18'] },
        { id: 'log-out-at-closing-time', principles: ['P18', 'P11'] },
      ],
      single: 'shared-device-care',
      chooseTwo: ['shared-device-care', 'guide-own-service'],
    },
  },
  {
    // Rewrite of the brief's SC09: the municipality's own support line for its own e-service.
    id: 'SC09',
    answers: {
      setting: 'service-situation',
      circumstances: ['codes', 'remote'], // the city's own support line: a phone call
      request: 'guidance',
      owner: 'own',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['keep-credentials-private', 'guide-own-service', 'remote-support'], // R2, R9, R19
    quiz: {
      distractors: [
        { id: 'accept-codes-to-save-time', principles: ['P11', 'L4'] },
        { id: 'remote-tool-from-web', principles: ['P14', 'P13'] },
        { id: 'call-back-from-private-phone', principles: ['P14'] },
        { id: 'note-password-in-call-log', principles: ['P17', 'P11'] },
      ],
      chooseTwo: ['keep-credentials-private', 'remote-support'],
    },
  },
  {
    id: 'SC11',
    answers: {
      setting: 'service-situation',
      circumstances: ['fraud'],
    },
    expected: ['fraud-stop'], // R1
    quiz: {
      distractors: [
        { id: 'open-link-to-check', principles: ['P19'] },
        { id: 'log-in-through-link', principles: ['P19', 'P11'] },
        { id: 'trust-the-logo', principles: ['P19'] },
      ],
    },
  },
  {
    id: 'SC12',
    answers: {
      setting: 'service-situation',
      circumstances: ['codes', 'fraud'],
    },
    expected: ['fraud-stop', 'keep-credentials-private'], // R1, R2
    quiz: {
      distractors: [
        { id: 'read-codes-to-caller', principles: ['P11', 'P19'] },
        { id: 'type-codes-on-callers-site', principles: ['P19', 'P11'] },
        { id: 'step-out-private-call', principles: ['P19'] },
        { id: 'call-number-caller-gave', principles: ['P19'] },
      ],
      chooseTwo: ['fraud-stop', 'keep-credentials-private'],
    },
  },
  {
    id: 'SC13',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'own',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'supporter',
    },
    expected: ['guide-own-service', 'no-supporter-device-login'], // R9, R15
    quiz: {
      distractors: [
        { id: 'work-computer-then-log-out', principles: ['P11', 'P17', 'P18'] },
        { id: 'enter-in-case-system-for-her', principles: ['P10', 'P1'] },
        { id: 'send-to-library', principles: ['P3', 'L1'] },
        { id: 'come-back-another-day', principles: ['P3', 'P4'] },
      ],
      chooseTwo: ['guide-own-service', 'no-supporter-device-login'],
    },
  },
  {
    id: 'SC14',
    answers: {
      setting: 'service-situation',
      circumstances: ['install-settings'],
      request: 'guidance',
      owner: 'none',
      device: 'customer-own',
    },
    expected: ['refer-general-support', 'data-loss-risk'], // R6, R16
    quiz: {
      distractors: [
        { id: 'take-phones-to-back-office', principles: ['P13', 'P1', 'P15'] },
        { id: 'reset-old-phone', principles: ['P13'] },
        { id: 'set-up-email-quickly', principles: ['P4', 'P11'] },
        { id: 'recommend-a-shop', principles: ['P20'] },
      ],
      chooseTwo: ['refer-general-support', 'data-loss-risk'],
    },
  },
  {
    id: 'SC15',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'none',
      device: 'shared',
    },
    expected: ['refer-general-support', 'shared-device-care'], // R6, R14
    quiz: {
      distractors: [
        { id: 'save-cv-on-desktop', principles: ['P18', 'P17'] },
        { id: 'log-in-to-her-email', principles: ['P11', 'P10'] },
        { id: 'finish-it-for-her-later', principles: ['P17', 'P1'] },
        { id: 'teach-basics-while-quiet', principles: ['P4', 'P8'] },
      ],
      chooseTwo: ['refer-general-support', 'shared-device-care'],
    },
  },
  {
    id: 'SC16',
    answers: {
      setting: 'service-situation',
      circumstances: ['codes'],
      request: 'act-for-me',
      owner: 'bank-insurer',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    // R2, R5, R10
    expected: ['keep-credentials-private', 'not-on-behalf', 'refer-service-owner'], // R2, R5, R10/R21
    quiz: {
      distractors: [
        { id: 'pay-while-she-watches', principles: ['P10', 'P11'] },
        { id: 'teach-online-banking-from-scratch', principles: ['P12', 'P9'] },
        { id: 'keep-invoice-and-phone', principles: ['P17', 'P13'] },
      ],
      chooseTwo: ['keep-credentials-private', 'not-on-behalf'],
    },
  },
  {
    id: 'SC17',
    answers: {
      setting: 'service-situation',
      circumstances: ['install-settings'],
      request: 'guidance',
      owner: 'private',
      task: 'general-use',
      device: 'customer-own',
    },
    expected: ['refer-service-owner', 'refer-general-support', 'data-loss-risk'], // R21 (general use), R16
    quiz: {
      // A health station's reception does not help with a customer's own phone or a private app
      // (badge core competence 2; content review §0 #4): the single-choice key is the referral to
      // general digital support, and the "Choose 2" item adds the pharmacy's own advice.
      distractors: [
        { id: 'install-it-while-quiet', principles: ['P4', 'P1'] },
        { id: 'recommend-own-favourite-app', principles: ['P20'] },
        { id: 'use-own-app-store-account', principles: ['P13', 'P17'] },
        { id: 'log-in-to-app-for-her', principles: ['P11'] },
      ],
      single: 'refer-general-support',
      chooseTwo: ['refer-service-owner', 'refer-general-support'],
    },
  },
  {
    id: 'SC18',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'proxy',
      owner: 'own',
      task: 'transaction',
      identification: 'cannot-use',
      device: 'customer-own',
    },
    // R4 and R13 (e-authorizations once), R12-R13; no guide-own-service: R9 needs an identification
    // the customer can use.
    expected: ['own-channel', 'e-authorizations', 'no-eid-alternatives'], // R20 (first), R4/R13, R13
    quiz: {
      distractors: [
        { id: 'son-uses-mothers-codes', principles: ['P11', 'L4', 'P23'] },
        { id: 'clerk-acts-as-proxy', principles: ['P10', 'P23'] },
        { id: 'signed-note-is-enough', principles: ['P23'] },
        { id: 'she-must-manage-alone', principles: ['P21', 'P23'] },
      ],
      chooseTwo: ['e-authorizations', 'no-eid-alternatives'],
    },
  },
  {
    id: 'SC19',
    answers: {
      setting: 'service-situation',
      circumstances: ['keep-private'],
      request: 'guidance',
      owner: 'own',
      task: 'general-use',
      device: 'shared',
    },
    expected: ['guide-own-service', 'shared-device-care', 'customer-privacy'], // R8, R14, R17
    quiz: {
      distractors: [
        { id: 'insist-on-seeing-screen', principles: ['P16', 'P1'] },
        { id: 'take-over-the-mouse', principles: ['P1', 'P16'] },
        { id: 'print-her-tax-details', principles: ['P17', 'P18'] },
      ],
      // The wrong actions are all about what she shows: the single-choice key is her privacy.
      single: 'customer-privacy',
      chooseTwo: ['guide-own-service', 'customer-privacy'],
    },
  },
  {
    id: 'SC20',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'act-for-me',
      owner: 'own',
      task: 'transaction',
      identification: 'no-eid',
      device: 'supporter',
    },
    expected: ['own-channel', 'not-on-behalf', 'no-eid-alternatives', 'no-supporter-device-login'], // R20 (first), R5, R12, R15
    quiz: {
      distractors: [
        { id: 'submit-with-own-codes', principles: ['P11', 'L4', 'P10'] },
        { id: 'impossible-without-codes', principles: ['P21', 'P22'] },
        { id: 'recommend-quickest-bank', principles: ['P20'] },
        { id: 'friends-codes-on-work-computer', principles: ['P11', 'L4', 'P18'] },
      ],
      chooseTwo: ['not-on-behalf', 'no-eid-alternatives'],
    },
  },
  {
    id: 'SC21',
    answers: {
      setting: 'service-situation',
      circumstances: ['none'],
      request: 'act-for-me',
      owner: 'own',
      task: 'transaction',
      identification: 'not-needed',
      device: 'customer-own',
    },
    expected: ['own-channel', 'not-on-behalf', 'guide-own-service'], // R20 (first), R5, R9
    quiz: {
      distractors: [
        { id: 'enrol-her-on-work-computer', principles: ['P10', 'P1'] },
        { id: 'pick-course-for-her', principles: ['P1', 'P10'] },
        { id: 'send-to-library', principles: ['P3', 'L1'] },
        { id: 'keep-details-to-enrol-later', principles: ['P17', 'P10'] },
      ],
      chooseTwo: ['not-on-behalf', 'guide-own-service'],
    },
  },
  {
    // A joint-service agreement makes another authority's (Kela's) service the point's own (L6,
    // an inference the contract adopts: owner = own).
    id: 'SC22',
    answers: {
      setting: 'service-situation',
      circumstances: ['keep-private'],
      request: 'guidance',
      owner: 'own',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['guide-own-service', 'customer-privacy'], // R9, R17
    quiz: {
      distractors: [
        { id: 'not-our-service', principles: ['P3', 'L6', 'L1'] },
        { id: 'hand-me-the-phone', principles: ['P16', 'P1'] },
        { id: 'photograph-application', principles: ['P17', 'P15'] },
      ],
      chooseTwo: ['guide-own-service', 'customer-privacy'],
    },
  },
  {
    // Contract v2's capacity case: a mandate needs a customer who understands it (R22 first, and no
    // e-Authorizations, R4); Kela's matter at a wellbeing services county's desk (R10/R21).
    id: 'SC37',
    answers: {
      setting: 'service-situation',
      circumstances: ['capacity'],
      request: 'proxy',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['capacity-concern', 'refer-service-owner'], // R22 (first), R10/R21; R4 does not apply
    quiz: {
      distractors: [
        { id: 'approve-mandate-now', principles: ['P23', 'P10'] },
        { id: 'neighbour-logs-in-for-him', principles: ['P11', 'L4'] },
        { id: 'decide-what-is-best', principles: ['P10', 'P1'] },
      ],
      chooseTwo: ['capacity-concern', 'refer-service-owner'],
    },
  },
  {
    // Contract v2's capacity case in the organisation's own service: R22 first, R9.
    id: 'SC39',
    answers: {
      setting: 'service-situation',
      circumstances: ['capacity'],
      request: 'guidance',
      owner: 'own',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['capacity-concern', 'guide-own-service'], // R22 (first), R9
    quiz: {
      distractors: [
        { id: 'submit-it-for-her', principles: ['P10', 'P1'] },
        { id: 'ask-for-her-pin', principles: ['P11', 'L4'] },
        { id: 'send-her-home', principles: ['P3', 'L1'] },
      ],
      chooseTwo: ['capacity-concern', 'guide-own-service'],
    },
  },
] as const satisfies readonly ScenarioDefinition[];
