/**
 * The default digital-support tree: its structure with its text in Finnish, Swedish and English,
 * frozen and indexed as a loaded tree when the module is first imported. Its tests validate it
 * (test/trees/digital-support-paths.test.ts), so it is not checked again at run time.
 */
import { shippedTree } from '../../tree/index-tree.js';
import type { TreeDefinition, TreeText } from '../../tree/tree.types.js';
import { LOCALES, TREE_ID, TREE_VERSION, never, outcomes, principles, questions, referrals } from './digital-support.tree.js';
import { customerEn } from './text/customer-en.js';
import { customerFi } from './text/customer-fi.js';
import { customerSv } from './text/customer-sv.js';
import { en } from './text/en.js';
import { fi } from './text/fi.js';
import { sv } from './text/sv.js';

/** The supporter's text with each outcome's customer text and each rule's "because" phrase. */
function withCustomerText(text: TreeText, customer: { readonly outcomes: Readonly<Record<string, string>>; readonly because: Readonly<Record<string, string>> }): TreeText {
  return {
    ...text,
    outcomes: Object.fromEntries(Object.entries(text.outcomes).map(([id, outcome]) => [id, { ...outcome, customer: customer.outcomes[id]! }])),
    rules: Object.fromEntries(Object.entries(customer.because).map(([id, because]) => [id, { because }])),
  };
}

export const tree: TreeDefinition = /* @__PURE__ */ shippedTree({
  id: TREE_ID,
  version: TREE_VERSION,
  locales: LOCALES,
  start: 'setting',
  questions,
  outcomes,
  principles,
  referrals,
  never,
  text: { fi: withCustomerText(fi, customerFi), sv: withCustomerText(sv, customerSv), en: withCustomerText(en, customerEn) },
});
