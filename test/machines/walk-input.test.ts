/** The input of a walk from what the page set (walkInput): its preset, as text or answers, and its answers, each checked. */
import { describe, expect, it } from 'vitest';
import { indexTree, walkInput } from '../../machines/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

const index = indexTree(smallTree());

describe('walkInput', () => {
  it('takes no preset and no answers from null, undefined and an empty preset', () => {
    for (const preset of [null, undefined, '', '  ']) expect(walkInput(index, preset, null)).toEqual({ input: { preset: {} } });
    expect(walkInput(index, undefined, undefined)).toEqual({ input: { preset: {} } });
  });

  it('parses a preset text and takes a preset object as it is', () => {
    expect(walkInput(index, 'where=desk; signs=codes', null)).toEqual({ input: { preset: { where: 'desk', signs: ['codes'] } } });
    expect(walkInput(index, { where: 'library' }, null)).toEqual({ input: { preset: { where: 'library' } } });
  });

  it('passes the page’s answers on with the preset', () => {
    expect(walkInput(index, 'where=desk', { signs: ['none'] })).toEqual({ input: { preset: { where: 'desk' }, answers: { signs: ['none'] } } });
  });

  it('names a bad preset first, then bad answers', () => {
    expect(walkInput(index, 'where=kiosk', { nowhere: 'x' })).toEqual({
      problem: { reason: 'invalid-preset', problems: ['"kiosk" is not an option of "where" (its options: desk, library).'], ids: ['where'] },
    });
    expect(walkInput(index, { where: 'desk' }, { nowhere: 'x', signs: ['none'] })).toEqual({
      problem: { reason: 'invalid-answers', problems: ['"nowhere" is not a question of tree "small" (its questions: where, signs, whose, device).'], ids: ['nowhere', 'signs'] },
    });
  });

  it('reports a preset or answers that are not an object at all', () => {
    expect(walkInput(index, 42 as never, null).problem).toMatchObject({ reason: 'invalid-preset', problems: ['Answers must be an object keyed by question id.'] });
    expect(walkInput(index, null, [1, 2] as never).problem).toMatchObject({ reason: 'invalid-answers', problems: ['Answers must be an object keyed by question id.'] });
  });
});
