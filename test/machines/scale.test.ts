/**
 * Large generated trees: validation, compilation and walks work at 10,000 questions (timing is the
 * benchmark's job). A test here takes about 2 s on idle cores, up to 6 s on a loaded one: the
 * limit is 60 s.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { compileIndex, guideView, loadedIndex, loadTree, MAX_PROBLEMS, compileTree, recommend, validateTree, type TreeDefinition } from '../../machines/index.js';
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

// Its own limit, 10 s for under a second of work: the view once built each reason's answers in a way
// quadratic in the walk's length and took 15 s here.
describe('the view of a 10,000-answer walk', { timeout: 10_000 }, () => {
  it('lists every answer and the reasons in walk order at the result', () => {
    const chain = generateChain(10_000, 2);
    const index = loadedIndex(loadTree(chain).tree)!;
    const [snapshot] = initialTransition(compileIndex(index), { answers: longestWalk(chain) });
    const view = guideView(index, snapshot.context, 'en');
    expect(view.answered.length).toBe(10_000);
    const reasons = view.result!.outcomes.flatMap((o) => o.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      const ids = reason.answers.map((a) => a.questionId);
      const listed = new Set(ids);
      expect(ids).toEqual(snapshot.context.path.filter((id) => listed.has(id)));
    }
  });
});

describe('a chain of 20,000 questions where every question can loop back', { timeout: 60_000 }, () => {
  // Every question gets a second option back to the start: 20,000 loops. Listing each with its
  // whole chain once exhausted the heap; the report is capped and each loop shortened.
  const looping = (() => {
    const chain = generateChain(20_000, 2) as unknown as { questions: Record<string, { options: { id: string; next?: string }[] }> };
    for (const question of Object.values(chain.questions)) question.options[1]!.next = 'q0';
    return chain as unknown as TreeDefinition;
  })();

  it('reports the first 50 loops, shortened, and counts the rest', () => {
    const problems = validateTree(looping);
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.slice(0, MAX_PROBLEMS).every((p) => p.code === 'cycle' && p.message.length < 200)).toBe(true);
    expect(problems.at(-1)).toEqual({ path: '', code: 'too-many-problems', message: `${20_000 - MAX_PROBLEMS} more problems not listed: fix these first.` });
  });
});
