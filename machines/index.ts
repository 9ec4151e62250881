/**
 * The engine's public API (`digituki-guide/engine`): the tree format, validation, the pure walk
 * and the compiler. No DOM and no Lit here; `src/` imports the engine only from this file.
 */
export type * from './tree/tree.types.js';
export { RESULT, PRINCIPLE_STATUSES, QUESTION_KINDS } from './tree/tree.types.js';
export { TreeValidationError, TREE_PROBLEM_CODES, type TreeProblem, type TreeProblemCode } from './tree/tree-problem.js';
export { validateTree, MAX_PROBLEMS } from './tree/validate-tree.js';
export { applyOverlay, type TreeOverlay, type OverlayResult } from './tree/overlay.js';
export { AnswerError, answerProblem, answersProblems, selected } from './answers/check-answers.js';
export { parsePreset, type ParsedPreset } from './answers/parse-preset.js';
export { indexTree, loadTree, prepareTree } from './tree/load-tree.js';
export { loadedIndex, type LoadedTree, type TreeIndex } from './tree/index-tree.js';
export { deepFreeze } from './deep-freeze.js';
export { LINK_SCHEMES, linkableUrl } from './tree/link-url.js';
export { KEBAB_ID, LOCALE_ID, PRINCIPLE_ID, RULE_ID, MAX_ID_LENGTH, idProblem, type IdKind } from './tree/ids.js';
export { recommend, type Recommendation } from './recommend/recommend.js';
export { applicableReferrals, referralId } from './recommend/referrals.js';
export { applicableNever, neverId } from './recommend/never-items.js';
export { outcomeReading, type OutcomeReading } from './guide-view/outcome-reading.js';
export { compileTree, compileIndex, type GuideMachine } from './compile/compile-tree.js';
export { walkInput, type WalkInput } from './compile/walk-input.js';
export { guideView, toggledOptions, answerValue, type GuideView, type QuestionView, type OptionView, type AnswerRow, neverView, type NeverView, type ReasonView, type OutcomeView, type PrincipleView, type ReferralView, type ResultView } from './guide-view/guide-view.js';
export { customerView, hasCustomerTexts, type CustomerView } from './guide-view/customer-view.js';
export { answerLabels } from './guide-view/answer-labels.js';
export { handoverSummary, type SummaryLabels } from './guide-view/handover-summary.js';
export { answersToKeep, readKeptAnswers } from './guide-view/kept-answers.js';
export type { GuideContext, GuideEvent, GuideInput, GuideTag } from './compile/guide.types.js';
export type * from './scenarios/scenario.types.js';
export { enumeratePaths, possibleAnswers, DEFAULT_PATH_LIMIT, type EnumerateOptions, type TreePath } from './paths/enumerate-paths.js';
export { validateScenarios, type ScenarioProblem } from './scenarios/validate-scenarios.js';
export * from './quiz/index.js';
