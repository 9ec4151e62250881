/**
 * Large generated trees: validation, compilation and walks work at 10,000 questions (timing is the
 * benchmark's job). A test here takes about 2 s on idle cores, up to 6 s on a loaded one: the
 * limit is 60 s.
 */
import { describe, expect, it } from 'vitest';
import { compileTree, recommend, validateTree } from '../../machines/index.js';
import { generateChain, generateTree, longestWalk } from '../../scripts/generate-tree.js';
import { walk } from '../support/drive.js';

describe('a generated tree of 10,000 questions', { timeout: 60_000 }, () => {
  it('validates, compiles and walks', () => {
    const tree = generateTree(10_000);
    expect(validateTree(tree)).toEqual([]);
    const answers = longestWalk(tree);
    const pure = recommend(tree, answers);
    expect(pure.status).toBe('complete');
    const snapshot = walk(compileTree(tree), answers);
    expect(snapshot.context.recommendation).toEqual(pure.status === 'complete' ? pure.outcomes : null);
  });
});

describe('a chain of 10,000 questions', { timeout: 60_000 }, () => {
  // The deepest tree: recursion in validation or in the walk would overflow the stack here.
  const chain = generateChain(10_000);

  it('validates and walks without overflowing the stack', () => {
    expect(validateTree(chain)).toEqual([]);
    expect(recommend(chain, longestWalk(chain))).toMatchObject({ status: 'complete', outcomes: ['o0'] });
  });

  it('reports a cycle that closes 10,000 questions later', () => {
    const looped = { ...chain, questions: { ...chain.questions, q9999: { kind: 'single' as const, next: 'q0', options: [{ id: 'a' }] } } };
    expect(validateTree(looped)).toContainEqual(expect.objectContaining({ code: 'cycle', path: '/questions/q9999' }));
  });
});
