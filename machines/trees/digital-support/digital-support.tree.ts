/**
 * The default tree's structure: ids, routing, which outcomes each answer adds and by which rule
 * of the contract (R1-R22), principle and referral references. No prose here: text lives per locale in `text/`. The ids and the rules
 * come from shared/domain/tree-contract.md (public API); the order of questions is ours.
 */
import { RESULT } from '../../tree/tree.types.js';
import type { NeverItemDefinition, PrincipleDefinition, QuestionDefinition, OutcomeDefinition, ReferralDefinition } from '../../tree/tree.types.js';

export const TREE_ID = 'digital-support';
/** Bump when ids or routing change: stored answers of another version are dropped. 2.x: contract version 2. */
export const TREE_VERSION = '2.0.0';
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type DigitalSupportLocale = (typeof LOCALES)[number];

export const QUESTION_IDS = ['setting', 'circumstances', 'request', 'owner', 'task', 'identification', 'device'] as const;
export type DigitalSupportQuestionId = (typeof QUESTION_IDS)[number];

/** In priority order: the contract's first-place list (R1, R3, R22, R18, R2, R20) comes first. */
export const OUTCOME_IDS = [
  'fraud-stop',
  'decline-repair',
  'capacity-concern',
  'safeguard-customer',
  'keep-credentials-private',
  'own-channel',
  'not-on-behalf',
  'e-authorizations',
  'no-eid-alternatives',
  'guide-own-service',
  'refer-service-owner',
  'refer-general-support',
  'general-support',
  'remote-support',
  'no-supporter-device-login',
  'shared-device-care',
  'customer-privacy',
  'data-loss-risk',
] as const;
export type DigitalSupportOutcomeId = (typeof OUTCOME_IDS)[number];

/** Owners whose service is somebody else's: R10, R11, R21 and the "never" constraints. */
const ANOTHER_OWNER = ['other-authority', 'bank-insurer', 'private'] as const;
/** R4 and R13: no e-Authorizations while the customer may not understand what a mandate means. */
const UNLESS_CAPACITY = { circumstances: ['capacity'] } as const;

export const questions = {
  setting: {
    kind: 'single',
    next: 'circumstances',
    options: [{ id: 'service-situation' }, { id: 'general-support' }],
  },
  // Asked before `request`: a sign of fraud (R1) must win over a repair request (R3). About this
  // customer here and now, so never preset.
  circumstances: {
    kind: 'multi',
    next: 'request',
    neverPreset: true,
    options: [
      { id: 'codes', adds: [{ outcome: 'keep-credentials-private', rule: 'R2' }] },
      { id: 'fraud', next: RESULT, adds: [{ outcome: 'fraud-stop', rule: 'R1' }] },
      { id: 'pressure', adds: [{ outcome: 'safeguard-customer', rule: 'R18' }] },
      { id: 'capacity', adds: [{ outcome: 'capacity-concern', rule: 'R22' }] },
      { id: 'keep-private', adds: [{ outcome: 'customer-privacy', rule: 'R17' }] },
      { id: 'install-settings', adds: [{ outcome: 'data-loss-risk', rule: 'R16' }] },
      { id: 'remote', adds: [{ outcome: 'remote-support', rule: 'R19' }] },
      { id: 'none', exclusive: true },
    ],
  },
  request: {
    kind: 'single',
    next: 'owner',
    options: [
      { id: 'guidance' },
      { id: 'act-for-me', adds: [{ outcome: 'not-on-behalf', rule: 'R5' }] },
      { id: 'proxy', adds: [{ outcome: 'e-authorizations', rule: 'R4', unless: UNLESS_CAPACITY }] },
      { id: 'repair', next: RESULT, adds: [{ outcome: 'decline-repair', rule: 'R3' }] },
    ],
  },
  owner: {
    kind: 'single',
    next: 'task',
    options: [
      { id: 'own', adds: [{ outcome: 'own-channel', rule: 'R20', when: { request: ['act-for-me', 'proxy'] } }] },
      ...ANOTHER_OWNER.map((id) => ({
        id,
        adds: [{ outcome: 'refer-service-owner', rule: 'R21', when: { setting: ['service-situation'] } }],
      })),
      {
        id: 'none',
        next: 'device',
        adds: [
          { outcome: 'refer-general-support', rule: 'R6', when: { setting: ['service-situation'] } },
          { outcome: 'general-support', rule: 'R7', when: { setting: ['general-support'] } },
        ],
      },
    ],
  },
  task: {
    kind: 'single',
    options: [
      {
        id: 'transaction',
        next: 'identification',
        adds: [
          { outcome: 'refer-service-owner', rule: 'R10', when: { owner: ANOTHER_OWNER } },
          { outcome: 'general-support', rule: 'R10', when: { owner: ANOTHER_OWNER, setting: ['general-support'] } },
        ],
      },
      {
        id: 'general-use',
        next: 'device',
        adds: [
          { outcome: 'guide-own-service', rule: 'R8', when: { owner: ['own'] } },
          { outcome: 'general-support', rule: 'R11', when: { owner: ANOTHER_OWNER, setting: ['general-support'] } },
          { outcome: 'refer-general-support', rule: 'R21', when: { owner: ANOTHER_OWNER, setting: ['service-situation'] } },
        ],
      },
    ],
  },
  identification: {
    kind: 'single',
    next: 'device',
    options: [
      { id: 'not-needed', adds: [{ outcome: 'guide-own-service', rule: 'R9', when: { owner: ['own'] } }] },
      { id: 'customer-logs-in', adds: [{ outcome: 'guide-own-service', rule: 'R9', when: { owner: ['own'] } }] },
      {
        id: 'no-eid',
        adds: [
          { outcome: 'no-eid-alternatives', rule: 'R12' },
          { outcome: 'own-channel', rule: 'R20', when: { owner: ['own'] } },
        ],
      },
      {
        id: 'cannot-use',
        adds: [
          { outcome: 'no-eid-alternatives', rule: 'R13' },
          { outcome: 'e-authorizations', rule: 'R13', unless: UNLESS_CAPACITY },
          { outcome: 'own-channel', rule: 'R20', when: { owner: ['own'] } },
        ],
      },
    ],
  },
  device: {
    kind: 'single',
    next: RESULT,
    options: [
      { id: 'customer-own' },
      { id: 'shared', adds: [{ outcome: 'shared-device-care', rule: 'R14' }] },
      { id: 'supporter', adds: [{ outcome: 'no-supporter-device-login', rule: 'R15' }] },
    ],
  },
} as const satisfies Record<DigitalSupportQuestionId, QuestionDefinition>;

/** After R1 or R3 only their own outcome and those of R2, R18, R19 and R22 remain (all known from `circumstances`). */
const KEPT_AFTER_A_STOP = ['keep-credentials-private', 'safeguard-customer', 'remote-support', 'capacity-concern'];

/**
 * The "what not to do" catalogue: one item per thing never to do, shared by every course of action
 * that lists it, so a result with several courses shows it once. Rank orders a merged list:
 * 1 = harmful, unlawful or a safety or fraud risk (using or seeing codes, acting in the customer's
 * name, scam links and numbers, deciding for a customer who may not understand); 2 = serious
 * privacy, data or competence harm; 3 = good practice. Text per locale in `text/` (`never`).
 */
export const never = {
  'open-message-link': { rank: 1 },
  'call-number-in-message': { rank: 1 },
  'install-app-on-request': { rank: 1 },
  'log-in-to-suspect-site': { rank: 1 },
  'forward-suspect-link': { rank: 1 },
  'help-grant-mandate-or-commit-in-doubt': { rank: 1 },
  'decide-for-customer': { rank: 1 },
  'act-on-word-of-person-pushing': { rank: 1 },
  'let-others-use-customer-codes': { rank: 1 },
  'take-or-see-customer-codes': { rank: 1 },
  'log-in-or-type-for-customer': { rank: 1 },
  'keep-customer-phone-or-code-card': { rank: 1 },
  'act-in-their-name-in-e-service': { rank: 1 },
  'become-customer-proxy': { rank: 1 },
  'log-in-with-own-or-colleague-id': { rank: 1 },
  'make-payments-for-customer': { rank: 1 },
  'take-control-of-customer-login': { rank: 1 },
  'attempt-repair-or-upgrade': { rank: 2 },
  'take-device-away': { rank: 2 },
  'assess-customer-health': { rank: 2 },
  'turn-away-from-own-channel': { rank: 2 },
  'write-customer-documents': { rank: 2 },
  'send-away-with-nothing': { rank: 2 },
  'send-elsewhere-for-own-service': { rank: 2 },
  'give-binding-answers-on-others-rules': { rank: 2 },
  'advise-on-banking-or-insurance': { rank: 2 },
  'advise-on-matter-content': { rank: 2 },
  'use-unofficial-channel-or-tool': { rank: 2 },
  'customer-login-on-work-device': { rank: 2 },
  'save-customer-files': { rank: 2 },
  'leave-session-open': { rank: 2 },
  'browse-customer-session-or-files': { rank: 2 },
  'read-screen-unasked': { rank: 2 },
  'tell-what-you-saw': { rank: 2 },
  'use-own-account-on-customer-device': { rank: 2 },
  'change-beyond-agreed': { rank: 2 },
  'brush-off-worry': { rank: 3 },
  'recommend-company-or-brand': { rank: 3 },
  'rush-customer-decision': { rank: 3 },
  'promise-mandates-work-everywhere': { rank: 3 },
  'take-on-teaching-outside-role': { rank: 3 },
  'promise-no-data-loss': { rank: 3 },
} as const satisfies Record<string, NeverItemDefinition>;
export type DigitalSupportNeverId = keyof typeof never;

/** Priority order: a recommendation lists its outcomes in this order, primary first. */
export const outcomes = [
  { id: 'fraud-stop', principles: ['P19', 'P11'], referrals: ['bank-blocking', 'police'], overrides: { keep: KEPT_AFTER_A_STOP }, never: ['open-message-link', 'call-number-in-message', 'install-app-on-request', 'log-in-to-suspect-site', 'forward-suspect-link', 'brush-off-worry'] },
  { id: 'decline-repair', principles: ['P13', 'P9', 'P20'], referrals: ['repair-service'], overrides: { keep: KEPT_AFTER_A_STOP }, never: ['attempt-repair-or-upgrade', 'take-device-away', 'recommend-company-or-brand'] },
  { id: 'capacity-concern', principles: ['P23', 'P10'], referrals: ['social-services', 'guardianship'], inferred: true, never: ['help-grant-mandate-or-commit-in-doubt', 'decide-for-customer', 'assess-customer-health'] },
  { id: 'safeguard-customer', principles: ['P16', 'P1'], referrals: ['social-services'], inferred: true, never: ['act-on-word-of-person-pushing', 'let-others-use-customer-codes', 'rush-customer-decision'] },
  { id: 'keep-credentials-private', principles: ['P11', 'L4', 'P17'], never: ['take-or-see-customer-codes', 'log-in-or-type-for-customer', 'let-others-use-customer-codes', 'keep-customer-phone-or-code-card'] },
  { id: 'own-channel', principles: ['L7', 'P3', 'L6'], referrals: ['own-service-help'], never: ['act-in-their-name-in-e-service', 'turn-away-from-own-channel'] },
  { id: 'not-on-behalf', principles: ['P10', 'P1', 'L1'], never: ['act-in-their-name-in-e-service', 'write-customer-documents', 'send-away-with-nothing'] },
  { id: 'e-authorizations', principles: ['P23', 'P10', 'P11', 'L5'], referrals: ['suomi-fi-e-authorizations', 'authorisation-by-application', 'public-service-info'], never: ['let-others-use-customer-codes', 'become-customer-proxy', 'promise-mandates-work-everywhere'] },
  { id: 'no-eid-alternatives', principles: ['P21', 'P22', 'P20', 'P23'], referrals: ['e-id-issuers', 'non-digital-channel'], never: ['log-in-with-own-or-colleague-id', 'send-away-with-nothing', 'recommend-company-or-brand'] },
  { id: 'guide-own-service', principles: ['P3', 'P1', 'P4', 'L1', 'L2'], referrals: ['own-service-help'], never: ['log-in-or-type-for-customer', 'decide-for-customer', 'send-elsewhere-for-own-service', 'write-customer-documents'] },
  { id: 'refer-service-owner', principles: ['P8', 'P3', 'P9', 'P12', 'L1'], referrals: ['service-owner-advice', 'bank-or-insurer', 'public-service-info'], never: ['give-binding-answers-on-others-rules', 'advise-on-banking-or-insurance', 'send-away-with-nothing'] },
  { id: 'refer-general-support', principles: ['P4', 'P3'], referrals: ['general-digital-support'], never: ['send-away-with-nothing', 'take-on-teaching-outside-role'] },
  { id: 'general-support', principles: ['P4', 'P5', 'P1', 'P14', 'P20'], referrals: ['service-owner-advice'], never: ['make-payments-for-customer', 'advise-on-matter-content', 'advise-on-banking-or-insurance', 'use-unofficial-channel-or-tool', 'recommend-company-or-brand'] },
  { id: 'remote-support', principles: ['P14', 'P11', 'P15'], inferred: true, never: ['take-control-of-customer-login', 'use-unofficial-channel-or-tool'] },
  { id: 'no-supporter-device-login', principles: ['P11', 'P17', 'P18'], inferred: true, never: ['customer-login-on-work-device', 'save-customer-files'] },
  { id: 'shared-device-care', principles: ['P18', 'P4', 'P11'], never: ['leave-session-open', 'browse-customer-session-or-files', 'save-customer-files'] },
  { id: 'customer-privacy', principles: ['P16', 'P15'], never: ['read-screen-unasked', 'tell-what-you-saw'] },
  { id: 'data-loss-risk', principles: ['P13'], never: ['use-own-account-on-customer-device', 'change-beyond-agreed', 'promise-no-data-loss'] },
] as const satisfies readonly (OutcomeDefinition & { id: DigitalSupportOutcomeId; never: readonly DigitalSupportNeverId[] })[];

/** The brief's principles with the status of each as the brief labels it (what the UI shows). */
export const principles = {
  P1: { status: 'VERIFIED' },
  P3: { status: 'VERIFIED' },
  P4: { status: 'VERIFIED' },
  P5: { status: 'INFERRED' },
  P8: { status: 'VERIFIED' },
  P9: { status: 'FROM-SEED-SUMMARY' },
  P10: { status: 'VERIFIED' },
  P11: { status: 'VERIFIED' },
  P12: { status: 'VERIFIED' },
  P13: { status: 'VERIFIED' },
  P14: { status: 'VERIFIED' },
  P15: { status: 'VERIFIED' },
  P16: { status: 'FROM-SEED-SUMMARY' },
  P17: { status: 'INFERRED' },
  P18: { status: 'VERIFIED' },
  P19: { status: 'VERIFIED' },
  P20: { status: 'INFERRED' },
  P21: { status: 'VERIFIED' },
  P22: { status: 'VERIFIED' },
  P23: { status: 'VERIFIED' },
  L1: { status: 'VERIFIED' },
  L2: { status: 'VERIFIED' },
  L4: { status: 'VERIFIED' },
  L5: { status: 'VERIFIED' },
  L6: { status: 'INFERRED' },
  L7: { status: 'VERIFIED' },
} as const satisfies Record<string, PrincipleDefinition>;

/**
 * Where each principle is stated: source ids of the brief (S1...). For reviewers; kept out of the
 * tree object so the bundles do not carry it (a test checks every principle is listed).
 */
export const PRINCIPLE_SOURCES: Readonly<Record<keyof typeof principles, readonly string[]>> = {
  P1: ['S1', 'S2', 'S3', 'S11', 'S12'],
  P3: ['S1', 'S2', 'S5', 'S14', 'S17'],
  P4: ['S5', 'S6'],
  P5: ['S5', 'S10', 'S11', 'S12', 'S13'],
  P8: ['S1', 'S2', 'S20', 'S39'],
  P9: ['S1', 'S2', 'S10', 'S13'],
  P10: ['S8', 'S11', 'S12', 'S26', 'S27'],
  P11: ['S8', 'S9', 'S11', 'S27', 'S28'],
  P12: ['S10', 'S13', 'S32'],
  P13: ['S8', 'S10', 'S11', 'S12'],
  P14: ['S8'],
  P15: ['S11', 'S12', 'S34'],
  P16: ['S8', 'S11'],
  P17: [],
  P18: ['S9'],
  P19: ['S31'],
  P20: ['S31', 'S34'],
  P21: ['S16'],
  P22: ['S24', 'S25', 'S40'],
  P23: ['S26', 'S27', 'S28', 'S29', 'S30'],
  L1: ['S14', 'S19', 'S20', 'S42'],
  L2: ['S14', 'S15', 'S17'],
  L4: ['S24', 'S28'],
  L5: ['S41'],
  L6: ['S18', 'S23'],
  L7: ['S42'], // the Act itself; section 19 checked against a stored copy of the statute (content-review.md §1)
};

export const referrals = {
  'own-service-help': {},
  'service-owner-advice': {},
  'bank-or-insurer': {},
  'public-service-info': {},
  'bank-blocking': {},
  police: {},
  'suomi-fi-e-authorizations': { url: 'https://www.suomi.fi/valtuudet' },
  'authorisation-by-application': {},
  'e-id-issuers': {},
  'non-digital-channel': {},
  'general-digital-support': {},
  'repair-service': {},
  'social-services': {},
  guardianship: {},
} as const satisfies Record<string, ReferralDefinition>;
