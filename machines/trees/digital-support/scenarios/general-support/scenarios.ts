/**
 * The scenario bank, general-support half: situations at a general digital support point
 * (library, community or service centre, NGO, peer support, drop-in), so `setting` is always
 * `general-support`. Answers cover exactly the questions the walk asks; `expected` was worked
 * out by hand from the rules R1-R22 of shared/domain/tree-contract.md (version 2), in the contract's
 * priority order. SC02, SC07, SC08 and SC10 retell the brief's scenarios; SC23-SC36 and SC38, SC40 (contract v2) are new;
 * SC25 is a pop-up virus warning (scareware: `fraud` under contract v2) and SC41 took over its former repair case.
 * Text per locale lives in en.ts, fi.ts and sv.ts, keyed by scenario id.
 */
import type { ScenarioDefinition } from '../../../../scenarios/scenario.types.js';

export const scenarios = [
  {
    id: 'SC02',
    answers: {
      setting: 'general-support',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'shared',
    },
    expected: ['refer-service-owner', 'general-support', 'shared-device-care'],
    quiz: {
      distractors: [
        { id: 'tell-which-income', principles: ['P4', 'P5'] },
        { id: 'fill-in-for-him', principles: ['P10', 'P1'] },
        { id: 'refuse-all-help', principles: ['P4', 'P8'] },
        { id: 'leave-application-open', principles: ['P18'] },
      ],
      chooseTwo: ['refer-service-owner', 'general-support'],
    },
  },
  {
    id: 'SC07',
    answers: {
      setting: 'general-support',
      circumstances: ['install-settings'],
      request: 'repair',
    },
    expected: ['decline-repair'],
    quiz: {
      distractors: [
        { id: 'start-the-upgrade', principles: ['P13', 'P9'] },
        { id: 'take-laptop-home', principles: ['P13', 'P15', 'P14'] },
        { id: 'recommend-your-shop', principles: ['P20'] },
        { id: 'run-a-free-cleaner', principles: ['P13'] },
      ],
    },
  },
  {
    id: 'SC08',
    answers: {
      setting: 'general-support',
      circumstances: ['install-settings'],
      request: 'guidance',
      owner: 'none',
      device: 'customer-own',
    },
    expected: ['general-support', 'data-loss-risk'],
    quiz: {
      distractors: [
        { id: 'use-your-store-account', principles: ['P13', 'P1'] },
        { id: 'suggest-paid-helper-app', principles: ['P20'] },
        { id: 'tidy-other-settings', principles: ['P13'] },
        { id: 'install-it-yourself', principles: ['P1'] },
      ],
      chooseTwo: ['general-support', 'data-loss-risk'],
    },
  },
  {
    id: 'SC10',
    answers: {
      setting: 'general-support',
      circumstances: ['codes'],
      request: 'act-for-me',
      owner: 'bank-insurer',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['keep-credentials-private', 'not-on-behalf', 'refer-service-owner', 'general-support'],
    quiz: {
      distractors: [
        { id: 'pay-while-he-reads-codes', principles: ['P10', 'P11'] },
        { id: 'teach-online-banking-from-scratch', principles: ['P12'] },
        { id: 'keep-code-card-at-desk', principles: ['P17', 'P11'] },
      ],
      chooseTwo: ['not-on-behalf', 'refer-service-owner'],
    },
  },
  {
    id: 'SC23',
    answers: {
      setting: 'general-support',
      circumstances: ['fraud'],
    },
    expected: ['fraud-stop'],
    quiz: {
      distractors: [
        { id: 'enter-codes-to-check', principles: ['P19', 'P11'] },
        { id: 'open-link-on-library-computer', principles: ['P19'] },
        { id: 'call-number-in-message', principles: ['P19'] },
      ],
    },
  },
  {
    id: 'SC24',
    answers: {
      setting: 'general-support',
      circumstances: ['codes', 'fraud', 'pressure'], // the "safer account" script, and a relative pushing her
    },
    expected: ['fraud-stop', 'safeguard-customer', 'keep-credentials-private'], // R1, R18, R2
    quiz: {
      distractors: [
        { id: 'log-in-to-calm-things', principles: ['P11', 'P19'] },
        { id: 'let-grandson-use-codes', principles: ['P11', 'P23'] },
        { id: 'treat-as-normal-banking', principles: ['P19', 'P12'] },
      ],
      chooseTwo: ['fraud-stop', 'safeguard-customer'],
    },
  },
  {
    id: 'SC25',
    answers: {
      setting: 'general-support',
      circumstances: ['codes', 'fraud'], // pop-up virus warnings (scareware) and codes handed over
    },
    expected: ['fraud-stop', 'keep-credentials-private'], // R1 (ends), R2
    quiz: {
      distractors: [
        { id: 'call-number-in-warning', principles: ['P19'] },
        { id: 'install-app-from-warning', principles: ['P19', 'P11'] },
        { id: 'clean-phone-with-his-codes', principles: ['P13', 'P11'] },
      ],
      chooseTwo: ['fraud-stop', 'keep-credentials-private'],
    },
  },
  {
    id: 'SC26',
    answers: {
      setting: 'general-support',
      circumstances: ['keep-private'],
      request: 'guidance',
      owner: 'own',
      task: 'transaction',
      identification: 'not-needed',
      device: 'customer-own',
    },
    expected: ['guide-own-service', 'customer-privacy'],
    quiz: {
      distractors: [
        { id: 'say-transactions-not-supported', principles: ['P3', 'L1'] },
        { id: 'renew-with-her-pin', principles: ['P11', 'P10'] },
        { id: 'check-loan-list-together', principles: ['P16', 'P15'] },
        { id: 'renew-on-her-phone-yourself', principles: ['P1', 'P16'] },
      ],
      chooseTwo: ['guide-own-service', 'customer-privacy'],
    },
  },
  {
    id: 'SC27',
    answers: {
      setting: 'general-support',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'no-eid',
      device: 'shared',
    },
    expected: ['no-eid-alternatives', 'refer-service-owner', 'general-support', 'shared-device-care'],
    quiz: {
      distractors: [
        { id: 'show-with-your-own-codes', principles: ['P11'] },
        { id: 'say-nothing-can-be-done', principles: ['P21', 'P23'] },
        { id: 'name-a-bank', principles: ['P20'] },
        { id: 'borrow-spouse-codes', principles: ['P11', 'P23'] },
      ],
      chooseTwo: ['no-eid-alternatives', 'refer-service-owner'],
    },
  },
  {
    id: 'SC28',
    answers: {
      setting: 'general-support',
      circumstances: ['none'],
      request: 'proxy',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['e-authorizations', 'refer-service-owner', 'general-support'],
    quiz: {
      distractors: [
        { id: 'carry-on-with-consent', principles: ['P11', 'P23'] },
        { id: 'write-paper-power-of-attorney', principles: ['P23', 'P11'] },
        { id: 'promise-one-mandate-for-all', principles: ['P23'] },
        { id: 'offer-to-act-yourself', principles: ['P10'] },
      ],
      chooseTwo: ['e-authorizations', 'general-support'],
    },
  },
  {
    id: 'SC29',
    answers: {
      setting: 'general-support',
      circumstances: ['codes'],
      request: 'act-for-me',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'cannot-use',
      device: 'customer-own',
    },
    expected: [
      'keep-credentials-private',
      'not-on-behalf',
      'e-authorizations',
      'no-eid-alternatives',
      'refer-service-owner',
      'general-support',
    ],
    quiz: {
      distractors: [
        { id: 'log-in-and-reply-for-her', principles: ['P10', 'P11'] },
        { id: 'tell-her-to-learn-the-app', principles: ['P23', 'P22'] },
        { id: 'suggest-what-to-write', principles: ['P5', 'P4'] },
      ],
      chooseTwo: ['not-on-behalf', 'e-authorizations'],
    },
  },
  {
    id: 'SC30',
    answers: {
      setting: 'general-support',
      circumstances: ['none'],
      request: 'act-for-me',
      owner: 'private',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'supporter',
    },
    expected: ['not-on-behalf', 'refer-service-owner', 'general-support', 'no-supporter-device-login'],
    quiz: {
      distractors: [
        { id: 'finish-the-cancellation', principles: ['P10', 'P1'] },
        { id: 'use-your-work-laptop', principles: ['P11', 'P18'] },
        { id: 'suggest-cheaper-operator', principles: ['P20'] },
        { id: 'interpret-contract-terms', principles: ['P5', 'P9'] },
      ],
      chooseTwo: ['not-on-behalf', 'no-supporter-device-login'],
    },
  },
  {
    id: 'SC31',
    answers: {
      setting: 'general-support',
      circumstances: ['install-settings'],
      request: 'guidance',
      owner: 'bank-insurer',
      task: 'general-use',
      device: 'customer-own',
    },
    expected: ['general-support', 'data-loss-risk'],
    quiz: {
      distractors: [
        { id: 'install-first-search-hit', principles: ['P19'] },
        { id: 'activate-with-her-codes', principles: ['P11', 'P10'] },
        { id: 'tour-bank-products', principles: ['P12'] },
        { id: 'suggest-another-bank', principles: ['P20'] },
      ],
    },
  },
  {
    id: 'SC32',
    answers: {
      setting: 'general-support',
      circumstances: ['keep-private'],
      request: 'guidance',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'shared',
    },
    expected: ['refer-service-owner', 'general-support', 'shared-device-care', 'customer-privacy'],
    quiz: {
      distractors: [
        { id: 'read-decision-with-her', principles: ['P16', 'P15'] },
        { id: 'judge-the-appeal', principles: ['P5', 'P4'] },
        { id: 'save-to-desktop', principles: ['P17', 'P18'] },
        { id: 'let-session-time-out', principles: ['P18'] },
      ],
      chooseTwo: ['shared-device-care', 'customer-privacy'],
    },
  },
  {
    id: 'SC33',
    answers: {
      setting: 'general-support',
      circumstances: ['keep-private', 'install-settings'],
      request: 'guidance',
      owner: 'none',
      device: 'customer-own',
    },
    expected: ['general-support', 'customer-privacy', 'data-loss-risk'],
    quiz: {
      distractors: [
        { id: 'open-inbox-to-test', principles: ['P16', 'P15'] },
        { id: 'type-password-for-her', principles: ['P11', 'P1'] },
        { id: 'change-whatever-helps', principles: ['P13'] },
      ],
      chooseTwo: ['customer-privacy', 'data-loss-risk'],
    },
  },
  {
    id: 'SC34',
    answers: {
      setting: 'general-support',
      circumstances: ['none'],
      request: 'guidance',
      owner: 'private',
      task: 'general-use',
      device: 'supporter',
    },
    expected: ['general-support', 'no-supporter-device-login'],
    quiz: {
      distractors: [
        { id: 'log-her-in-on-your-laptop', principles: ['P11', 'P17'] },
        { id: 'recommend-a-shop', principles: ['P20'] },
        { id: 'place-first-order-for-her', principles: ['P10', 'P1'] },
        { id: 'save-password-in-browser', principles: ['P17', 'P11'] },
      ],
      chooseTwo: ['general-support', 'no-supporter-device-login'],
    },
  },
  {
    id: 'SC35',
    answers: {
      setting: 'general-support',
      circumstances: ['fraud', 'install-settings'],
    },
    expected: ['fraud-stop'],
    quiz: {
      distractors: [
        { id: 'install-as-told', principles: ['P19', 'P13'] },
        { id: 'ring-the-callers-number', principles: ['P19'] },
        { id: 'wait-for-next-call', principles: ['P19'] },
      ],
    },
  },
  {
    id: 'SC36',
    answers: {
      setting: 'general-support',
      circumstances: ['none'],
      request: 'proxy',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'no-eid',
      device: 'customer-own',
    },
    expected: ['e-authorizations', 'no-eid-alternatives', 'refer-service-owner', 'general-support'],
    quiz: {
      distractors: [
        { id: 'get-codes-for-son', principles: ['P11', 'P23'] },
        { id: 'say-no-eid-no-mandate', principles: ['P23', 'P21'] },
        { id: 'name-a-bank-for-codes', principles: ['P20'] },
      ],
      chooseTwo: ['e-authorizations', 'no-eid-alternatives'],
    },
  },
  {
    // Contract v2's pressure case (R18 first): a partner pushing, not a scam; R5, R10.
    id: 'SC38',
    answers: {
      setting: 'general-support',
      circumstances: ['pressure'],
      request: 'act-for-me',
      owner: 'other-authority',
      task: 'transaction',
      identification: 'customer-logs-in',
      device: 'customer-own',
    },
    expected: ['safeguard-customer', 'not-on-behalf', 'refer-service-owner', 'general-support'], // R18 (first), R5, R10
    quiz: {
      distractors: [
        { id: 'fill-it-in-as-he-asks', principles: ['P10', 'P1'] },
        { id: 'let-him-answer-for-her', principles: ['P16', 'P1'] },
        { id: 'let-him-use-her-codes', principles: ['P11', 'L4'] },
      ],
      chooseTwo: ['safeguard-customer', 'not-on-behalf'],
    },
  },
  {
    // Contract v2's remote case (R19): a library's support line; general use of the device (R7), settings (R16).
    id: 'SC40',
    answers: {
      setting: 'general-support',
      circumstances: ['install-settings', 'remote'],
      request: 'guidance',
      owner: 'none',
      device: 'customer-own',
    },
    expected: ['general-support', 'remote-support', 'data-loss-risk'], // R7, R19, R16
    quiz: {
      distractors: [
        { id: 'remote-app-from-her-link', principles: ['P14', 'P13'] },
        { id: 'call-back-from-own-mobile', principles: ['P14'] },
        { id: 'change-more-while-at-it', principles: ['P13'] },
      ],
      chooseTwo: ['general-support', 'remote-support'],
    },
  },
  {
    // A large update and a clean-up asked for, codes handed over (R3 ends, R2): SC25's former case.
    id: 'SC41',
    answers: {
      setting: 'general-support',
      circumstances: ['codes', 'install-settings'],
      request: 'repair',
    },
    expected: ['decline-repair', 'keep-credentials-private'], // R3 (ends), R2
    quiz: {
      distractors: [
        { id: 'note-codes-for-later', principles: ['P17', 'P11'] },
        { id: 'keep-phone-overnight', principles: ['P13', 'P15'] },
        { id: 'factory-reset', principles: ['P13'] },
        { id: 'start-update-with-his-code', principles: ['P13', 'P11'] },
      ],
      chooseTwo: ['decline-repair', 'keep-credentials-private'],
    },
  },
] as const satisfies readonly ScenarioDefinition[];
