/**
 * Loading a tree: it is checked and copied once, and the engine works on the frozen copy, so a
 * change to the caller's object after it was given changes nothing until it is given again;
 * ids that are names of Object.prototype members never get as far as a walk.
 */
import { describe, expect, it } from 'vitest';
import { compileTree, loadTree, prepareTree, recommend, TreeValidationError, type TreeDefinition } from '../../machines/index.js';
import { tree as digitalSupport } from '../../machines/trees/digital-support/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { walk } from '../support/drive.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const deskWalk = { where: 'desk', signs: ['none'], whose: 'own' } as const;

describe('loadTree', () => {
  it('gives a frozen copy of a valid tree, and the same copy when given it again', () => {
    const definition = smallTree();
    const { tree, problems } = loadTree(definition);
    expect(problems).toEqual([]);
    expect(tree).not.toBe(definition);
    expect(tree).toEqual(definition);
    expect(Object.isFrozen(tree!.questions.where!.options[0])).toBe(true);
    expect(loadTree(tree).tree).toBe(tree);
  });

  it('gives the problems, never a throw, for anything that is not a valid tree', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [undefined, null, 42, 'tree', [], proxy, () => smallTree()]) {
      const loaded = loadTree(value);
      expect(loaded.tree).toBeUndefined();
      expect(loaded.problems.length).toBeGreaterThan(0);
    }
  });

  it('ships the default tree loaded', () => {
    expect(loadTree(digitalSupport).tree).toBe(digitalSupport);
    expect(Object.isFrozen(digitalSupport.text)).toBe(true);
  });
});

describe('a tree changed after it was given', () => {
  it('does not change a machine compiled from it', () => {
    const definition = smallTree() as Mutable;
    const machine = compileTree(definition as TreeDefinition);
    definition.questions.whose.options[0].adds = ['guide', 'refer']; // would recommend "refer" too
    delete definition.questions.device;
    expect(walk(machine, deskWalk).context.recommendation).toEqual(['guide']);
  });

  it('is checked again by recommend, which walks the tree as it is now', () => {
    const definition = smallTree() as Mutable;
    expect(recommend(definition as TreeDefinition, deskWalk)).toMatchObject({ status: 'complete', outcomes: ['guide'] });
    definition.questions.whose.options[0].adds = [{ outcome: 'guide', rule: 'R3' }, 'refer'];
    expect(recommend(definition as TreeDefinition, deskWalk)).toMatchObject({ status: 'complete', outcomes: ['guide', 'refer'] });
    delete definition.questions.whose; // signs now leads to a question that does not exist
    expect(() => recommend(definition as TreeDefinition, deskWalk)).toThrow(TreeValidationError);
  });

  it('leaves a prepared tree alone: prepareTree copies', () => {
    const definition = smallTree() as Mutable;
    const prepared = prepareTree(definition as TreeDefinition);
    definition.start = 'device';
    expect(recommend(prepared, deskWalk)).toMatchObject({ status: 'complete', path: ['where', 'signs', 'whose'] });
  });
});

describe('ids that are names of Object.prototype members', () => {
  const named = (name: string): TreeDefinition => {
    const definition = smallTree() as Mutable;
    Object.defineProperty(definition.questions, name, { value: definition.questions.whose, enumerable: true, configurable: true, writable: true });
    delete definition.questions.whose;
    definition.questions.signs.next = name;
    for (const locale of ['en', 'fi']) {
      Object.defineProperty(definition.text[locale].questions, name, { value: definition.text[locale].questions.whose, enumerable: true });
      delete definition.text[locale].questions.whose;
    }
    return definition as TreeDefinition;
  };

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])('refuses a question named %s with a clear error, not a TypeError', (name) => {
    expect(() => recommend(named(name), { where: 'desk', signs: ['none'] })).toThrow(TreeValidationError);
    expect(() => compileTree(named(name))).toThrow(/must be kebab-case|name JavaScript objects already use/);
  });

  it('never counts an unanswered question as answered by an inherited member', () => {
    // "constructor" is not a question of the small tree: an answer keyed so is refused, and an
    // answers object with it does not answer anything.
    expect(() => recommend(smallTree(), { constructor: 'x' } as never)).toThrow(/"constructor" is not a question/);
    expect(recommend(smallTree(), {})).toEqual({ status: 'needs-answer', question: 'where', path: [] });
  });
});

describe('keys set to undefined', () => {
  it('are keys left out, as in JSON: a tree built with optional fields set to undefined is valid', () => {
    const definition = smallTree() as Mutable;
    definition.questions.where.next = undefined;
    definition.questions.where.options[0].next = 'signs';
    definition.questions.where.options[1].next = 'signs';
    definition.outcomes[1].referrals = undefined;
    expect(loadTree(definition).problems).toEqual([]);
  });

  it('are reported inside a list, where JSON would turn them into null', () => {
    const definition = smallTree() as Mutable;
    definition.outcomes[2].principles = ['P3', undefined];
    expect(loadTree(definition).problems).toEqual([{ path: '/outcomes/2/principles/1', code: 'wrong-type', message: 'Is undefined, which JSON cannot hold.' }]);
  });
});
