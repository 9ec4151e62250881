/**
 * The default digital-support tree (`digituki-guide/trees/digital-support`): `tree`, the tree
 * definition with its text in Finnish, Swedish and English, and `scenarios`, its scenario bank.
 * The guide imports `tree.ts` alone, so the scenario bank stays out of its bundle.
 */
export { tree } from './tree.js';
export { scenarios } from './scenario-bank.js';
export type { DigitalSupportLocale, DigitalSupportOutcomeId, DigitalSupportQuestionId } from './contract-ids.js';
