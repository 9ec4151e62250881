/**
 * The package's main entry (`digituki-guide`). The web components will be defined here; until
 * they exist it re-exports the engine, so `import { compileTree } from 'digituki-guide'` works.
 */
export * from '../machines/index.js';
