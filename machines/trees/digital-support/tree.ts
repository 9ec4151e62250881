/**
 * The default digital-support tree, from its content file digital-support.tree.json (structure,
 * rules with their R-ids, principles with status and sources, referrals, the "never" catalogue
 * and all text in Finnish, Swedish and English), frozen and indexed as a loaded tree when the
 * module is first imported. Its tests validate it (test/trees/digital-support-paths.test.ts,
 * test/build/schema.test.ts), so it is not checked again at run time.
 */
import { shippedTree } from '../../tree/index-tree.js';
import type { TreeDefinition } from '../../tree/tree.types.js';
import definition from './digital-support.tree.json' with { type: 'json' };

export const tree: TreeDefinition = /* @__PURE__ */ shippedTree(definition as TreeDefinition);
