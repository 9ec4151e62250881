import { describe, expect, it } from 'vitest';
import { compileTree, TreeValidationError, validateTree, type TreeDefinition } from '../../machines/index.js';
import { malformedTrees } from '../fixtures/trees/malformed-trees.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

describe('validateTree', () => {
  it('finds nothing wrong with a valid tree, also after a JSON round trip', () => {
    expect(validateTree(smallTree())).toEqual([]);
    expect(validateTree(JSON.parse(JSON.stringify(smallTree())))).toEqual([]);
  });

  it('accepts a tree without rule ids, "never" catalogue or customer texts (all three are optional)', () => {
    const plain = structuredClone(smallTree()) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    plain.questions.signs.options[0].adds = ['keep-codes'];
    plain.questions.signs.options[1].adds = ['stop'];
    delete plain.questions.whose.options[0].adds[0].rule;
    delete plain.never;
    for (const outcome of plain.outcomes) delete outcome.never;
    for (const text of Object.values(plain.text) as Record<string, any>[]) { // eslint-disable-line @typescript-eslint/no-explicit-any
      delete text.never;
      delete text.rules;
      for (const outcome of Object.values(text.outcomes) as Record<string, unknown>[]) delete outcome.customer;
    }
    expect(validateTree(plain)).toEqual([]);
  });

  it('has a corpus of at least 15 malformed trees', () => {
    expect(malformedTrees.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(malformedTrees)('$name', ({ definition, expect: expected }) => {
    it(`reports ${expected.code} at "${expected.path}"`, () => {
      const problems = validateTree(definition);
      expect(problems).toContainEqual(expect.objectContaining(expected));
    });

    it('gives every problem a path and a plain message, without throwing', () => {
      for (const problem of validateTree(definition)) {
        expect(problem.path === '' || problem.path.startsWith('/')).toBe(true);
        expect(problem.message.length).toBeGreaterThan(10);
        expect(problem.message).not.toMatch(/undefined|\[object Object\]|TypeError/);
      }
    });

    it('makes compileTree refuse the tree with the same report', () => {
      let error: unknown;
      try {
        compileTree(definition as TreeDefinition);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TreeValidationError);
      expect((error as TreeValidationError).problems).toEqual(validateTree(definition));
      expect((error as TreeValidationError).message).toContain(expected.path || '/');
    });
  });

  it('reports every problem of a tree with several, not only the first', () => {
    const tree = structuredClone(smallTree()) as unknown as { start: string; outcomes: { principles: string[] }[]; text: { fi: { title: string } } };
    tree.start = 'nowhere';
    tree.outcomes[1]!.principles = ['P404'];
    tree.text.fi.title = '';
    const codes = validateTree(tree).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown-target', 'unknown-principle', 'missing-text']));
  });

  it('survives values of every JSON type in every field', () => {
    const junk = [null, 0, 1.5, '', 'x', true, [], {}, [null], { a: null }];
    const fields = ['id', 'version', 'locales', 'start', 'questions', 'outcomes', 'principles', 'referrals', 'text'];
    for (const field of fields) {
      for (const value of junk) {
        const tree = { ...smallTree(), [field]: value };
        expect(() => validateTree(tree), `${field} = ${JSON.stringify(value)}`).not.toThrow();
        const valid = value === 'x' && (field === 'id' || field === 'version'); // any non-empty string is a valid id
        if (!valid) expect(validateTree(tree).length, `${field} = ${JSON.stringify(value)}`).toBeGreaterThan(0);
      }
    }
  });
});
