/**
 * The package's main entry (`digituki-guide`): defines both elements and exports their classes,
 * their `define` functions and the event types. `digituki-guide/guide` and `digituki-guide/quiz`
 * define one each; the engine is `digituki-guide/engine`.
 */
export * from './digituki-guide.js';
export * from './digituki-quiz.js';
