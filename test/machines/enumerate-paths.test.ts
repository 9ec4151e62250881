/**
 * `enumeratePaths` and its limit: the paths are counted over the tree's routing before any is
 * enumerated, and a tree with more than `limit` paths (100,000 by default) is refused with an
 * error naming the tree, the limit and the `limit` option, instead of running out of memory.
 */
import { describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../machines/index.js';
import { DEFAULT_PATH_LIMIT } from '../../machines/paths/enumerate-paths.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import { generateChain, generateTree } from '../../scripts/generate-tree.js';

// Enumerating a generated tree of 1,000 questions (4,833 paths) takes about 0.5 s on an idle core.
describe('enumeratePaths', { timeout: 30_000 }, () => {
  it('lists every path of the default tree, as docs/paths.md does (24,448), depth first in declared order', () => {
    const paths = enumeratePaths(tree);
    expect(paths.length).toBe(24_448);
    expect(paths[0]!.answers).toEqual({ setting: 'service-situation', circumstances: ['codes'], request: 'guidance', owner: 'own', task: 'transaction', identification: 'not-needed', device: 'customer-own' });
    expect(paths.at(-1)!.answers).toMatchObject({ setting: 'general-support', circumstances: ['none'], request: 'repair' });
  });

  it('counts exactly what it enumerates: a limit equal to the number of paths passes, one less throws', () => {
    const cases = [
      [tree, { setting: 'general-support', owner: 'own' }],
      [tree, { owner: 'none', request: 'act-for-me' }],
      [generateTree(100), {}],
      [generateTree(1_000), { q0: 'b' }],
    ] as const;
    for (const [definition, preset] of cases) {
      const count = enumeratePaths(definition, { preset, limit: Infinity }).length;
      expect(count, `${definition.id} ${JSON.stringify(preset)}`).toBeGreaterThan(0);
      if (count < 5_000) expect(enumeratePaths(definition, { preset, limit: count })).toHaveLength(count);
      expect(() => enumeratePaths(definition, { preset, limit: count - 1 })).toThrow(`more than ${(count - 1).toLocaleString('en')} paths`);
    }
  });

  it('refuses a generated tree with more paths than the limit, naming the limit, the tree and the option', () => {
    const generated = generateTree(1_000); // 4,833 paths
    const start = performance.now();
    let error: unknown;
    try {
      enumeratePaths(generated, { limit: 100 });
    } catch (e) {
      error = e;
    }
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(Error);
    const { message } = error as Error;
    expect(message).toContain('more than 100 paths');
    expect(message).toContain('"generated-1000"');
    expect(message).toContain('`limit` option');
    expect(message).toMatch(/enumeratePaths\(tree, \{ limit: \d+ \}\)/);
  });

  it('stops at the default limit of 100,000 on a tree whose paths no memory holds (2^60)', () => {
    // Were the paths built before counting, this would never end: 60 questions of two options each.
    const chain = generateChain(60, 2);
    expect(() => enumeratePaths(chain)).toThrow(`Tree "chain-60x2" has more than ${DEFAULT_PATH_LIMIT.toLocaleString('en')} paths`);
  });

  it('counts a chain of 10,000 questions without overflowing the stack', () => {
    expect(() => enumeratePaths(generateChain(10_000), { limit: 0 })).toThrow('Tree "chain-10000" has more than 0 paths (at least 1)');
  });

  it('lists no path for presets that do not fit the tree (the machine fails to start), as before', () => {
    expect(enumeratePaths(tree, { preset: { setting: 'nowhere' } })).toEqual([]);
  });

  it('refuses a limit that is not a number of paths', () => {
    expect(() => enumeratePaths(tree, { limit: Number.NaN })).toThrow(RangeError);
    expect(() => enumeratePaths(tree, { limit: -1 })).toThrow(/limit must be/);
  });
});
