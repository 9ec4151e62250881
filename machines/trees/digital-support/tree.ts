/**
 * The default digital-support tree: its structure with its text in Finnish, Swedish and English,
 * frozen and indexed as a loaded tree when the module is first imported. Its tests validate it
 * (test/trees/digital-support-paths.test.ts), so it is not checked again at run time.
 */
import { shippedTree } from '../../tree/index-tree.js';
import type { TreeDefinition } from '../../tree/tree.types.js';
import { LOCALES, TREE_ID, TREE_VERSION, outcomes, principles, questions, referrals } from './digital-support.tree.js';
import { en } from './text/en.js';
import { fi } from './text/fi.js';
import { sv } from './text/sv.js';

export const tree: TreeDefinition = /* @__PURE__ */ shippedTree({
  id: TREE_ID,
  version: TREE_VERSION,
  locales: LOCALES,
  start: 'setting',
  questions,
  outcomes,
  principles,
  referrals,
  text: { fi, sv, en },
});
