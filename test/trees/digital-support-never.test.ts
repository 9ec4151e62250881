/**
 * The default tree's "never" items on every path: an item with a condition on the answers is shown
 * only where it can happen (issue 16 item 2), and no entry of an outcome's list is dead: each shows
 * on some walk that recommends the outcome, and each condition hides it on some walk.
 */
import { describe, expect, it } from 'vitest';
import { applicableNever, enumeratePaths, indexTree, neverId, selected, type TreePath } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';

const index = indexTree(tree);
/** Enumerated once (about 3 s) and shared by the tests below. */
const paths = enumeratePaths(tree);

/** The never items a walk shows under all its courses of action, each once. */
const shown = (p: TreePath) => new Set(p.outcomes.flatMap((id) => applicableNever(index.outcomes.get(id)!, p.path, p.answers)));
const walk = (p: TreePath) => JSON.stringify(p.answers);

describe('the default tree’s "never" items', { timeout: 60_000 }, () => {
  it('show each entry of an outcome’s list on some walk that recommends the outcome, and each conditional entry is hidden on some', () => {
    const problems: string[] = [];
    for (const outcome of tree.outcomes) {
      const recommending = paths.filter((p) => p.outcomes.includes(outcome.id));
      for (const entry of outcome.never ?? []) {
        const id = neverId(entry);
        const showing = recommending.filter((p) => applicableNever(outcome, p.path, p.answers).includes(id)).length;
        if (showing === 0) problems.push(`${outcome.id}: ${id} is shown on no walk that recommends it`);
        if (typeof entry !== 'string' && showing === recommending.length) problems.push(`${outcome.id}: ${id} has a condition that holds on every walk that recommends it`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('advise on banking or insurance only for a bank’s or insurer’s matter', () => {
    const wrong = paths.filter((p) => shown(p).has('advise-on-banking-or-insurance') && p.answers.owner !== 'bank-insurer').map(walk);
    expect(wrong).toEqual([]);
  });

  it('name the unofficial remote tool only when support is remote or at a general support point, and the customer’s phone or device in hand only when it is not remote', () => {
    const remote = (p: TreePath) => selected(p.answers.circumstances).includes('remote');
    const wrong = paths
      .filter(
        (p) =>
          (shown(p).has('use-unofficial-channel-or-tool') && !remote(p) && p.answers.setting !== 'general-support') ||
          (remote(p) && (shown(p).has('keep-customer-phone-or-code-card') || shown(p).has('take-device-away'))),
      )
      .map(walk);
    expect(wrong).toEqual([]);
  });

  it('keep what the contract says general-support must say on every walk that recommends it: no payments, no private phones or ad-hoc remote tools, no brands', () => {
    const must = ['make-payments-for-customer', 'use-unofficial-channel-or-tool', 'recommend-company-or-brand'];
    const wrong = paths.filter((p) => p.outcomes.includes('general-support') && must.some((id) => !shown(p).has(id))).map(walk);
    expect(wrong).toEqual([]);
  });
});
