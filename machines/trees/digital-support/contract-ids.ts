/**
 * The ids of the default tree that shared/domain/tree-contract.md (version 2) fixes as public
 * API, as TypeScript types for hosts. The tree itself is data (digital-support.tree.json); its
 * tests check that it uses exactly these ids.
 */
export const TREE_ID = 'digital-support';
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
