/**
 * `quizSettings`: the page's `items`, `pass-score` and `seed` (attribute text or property values)
 * checked. Each case the quiz once got wrong is here: `pass-score=""`, `0` or `-1` passed with
 * nothing right, `"abc"` never passed, an array seed blanked the quiz.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ITEM_COUNT, maxItemCount, quizSettings } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';

const MAX = maxItemCount(tree, scenarios);
const settings = (given: { items?: unknown; passScore?: unknown; seed?: unknown }) => quizSettings({ items: given.items, passScore: given.passScore, seed: given.seed }, MAX);

describe('quizSettings', () => {
  it('can draw one item per situation (a family of alike situations counted once) and competence item of the default bank', () => {
    const families = new Set(scenarios.scenarios.flatMap((s) => (s.family ? [s.family] : [])));
    const alone = scenarios.scenarios.filter((s) => !s.family).length;
    expect(families.size).toBeGreaterThan(0);
    expect(MAX).toBe(alone + families.size + (scenarios.competences?.length ?? 0));
    expect(MAX).toBeLessThan(scenarios.scenarios.length + (scenarios.competences?.length ?? 0));
  });

  it('defaults to 10 items, all of them needed to pass, and no seed', () => {
    expect(settings({})).toEqual({ settings: { count: DEFAULT_ITEM_COUNT, passScore: DEFAULT_ITEM_COUNT, seed: undefined }, problems: [] });
    expect(settings({ items: null, passScore: null, seed: null }).settings).toEqual({ count: 10, passScore: 10, seed: undefined });
  });

  it('takes attribute text and numbers', () => {
    expect(settings({ items: '5', passScore: ' 4 ', seed: 'training-2026-11' }).settings).toEqual({ count: 5, passScore: 4, seed: 'training-2026-11' });
    expect(settings({ items: 12, passScore: 12, seed: 2026 }).settings).toEqual({ count: 12, passScore: 12, seed: '2026' });
    expect(settings({ items: MAX }).settings).toMatchObject({ count: MAX, passScore: MAX });
  });

  it.each([
    ['an empty pass-score', { passScore: '' }, 'pass-score', '""'],
    ['a pass-score of 0', { passScore: '0' }, 'pass-score', '"0"'],
    ['a pass-score of -1', { passScore: -1 }, 'pass-score', '-1'],
    ['a pass-score that is not a number', { passScore: 'abc' }, 'pass-score', '"abc"'],
    ['a pass-score above the items', { items: '5', passScore: '6' }, 'pass-score', '"6"'],
    ['a fractional pass-score', { passScore: 2.5 }, 'pass-score', '2.5'],
    ['no items', { items: '0' }, 'items', '"0"'],
    ['items that are not a number', { items: 'ten' }, 'items', '"ten"'],
    ['more items than the bank has situations', { items: String(MAX + 1) }, 'items', `"${MAX + 1}"`],
    ['NaN items', { items: Number.NaN }, 'items', 'NaN'],
    ['a seed that is a list', { seed: ['a'] }, 'seed', 'a list'],
    ['an empty seed', { seed: ' ' }, 'seed', '" "'],
    ['a seed that is an object', { seed: {} }, 'seed', '[object Object]'],
  ])('refuses %s, naming the setting', (_what, given, setting, shown) => {
    const result = settings(given);
    expect(result.settings).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ setting, given: shown })]);
    expect(result.problems[0]!.expected).toMatch(/^(a whole number from 1 to|text that is not empty)/);
  });

  it('takes an xAPI Agent as the actor and refuses anything else, naming it', () => {
    const actor = { account: { homePage: 'https://oppiva.example.fi', name: 'a1' } };
    expect(quizSettings({ items: null, passScore: null, seed: null, actor }, MAX).settings).toEqual({ count: 10, passScore: 10, seed: undefined, actor });
    const wrong = quizSettings({ items: null, passScore: null, seed: null, actor: { mbox: 'a@example.fi' } }, MAX);
    expect(wrong.problems).toEqual([{ setting: 'actor', given: '{"mbox":"a@example.fi"}', expected: 'an xAPI Agent: an mbox of the form mailto:name@example.org' }]);
  });

  it('copies the actor when it checks it: a later change to the host’s object changes nothing (issue 17 item 4)', () => {
    const actor = { account: { homePage: 'https://oppiva.example.fi', name: 'a1' } };
    const checked = quizSettings({ items: null, passScore: null, seed: null, actor }, MAX).settings!;
    actor.account.homePage = 'javascript:alert(1)';
    expect(checked.actor).toEqual({ account: { homePage: 'https://oppiva.example.fi', name: 'a1' } });
  });

  it('turns a host object that cannot be read (a throwing getter) into a settings problem, never a throw', () => {
    const throwing = { get account(): never { throw new Error('revoked'); } };
    const actor = quizSettings({ items: null, passScore: null, seed: null, actor: throwing }, MAX);
    expect(actor.problems).toEqual([expect.objectContaining({ setting: 'actor', expected: expect.stringContaining('revoked') })]);
    const state = quizSettings({ items: null, passScore: null, seed: null, attemptState: { seed: 'x', get attempt(): never { throw new Error('gone'); } } }, MAX);
    expect(state.problems).toEqual([expect.objectContaining({ setting: 'attempt-state', expected: expect.stringContaining('gone') })]);
    expect(quizSettings({ items: null, passScore: null, seed: null, attemptState: { seed: 'x' } }, MAX).settings!.attemptState).toEqual({ seed: 'x' });
  });

  it('names every setting that is wrong at once', () => {
    expect(settings({ items: 'x', passScore: '0', seed: [] }).problems.map((p) => p.setting)).toEqual(['items', 'pass-score', 'seed']);
  });
});
