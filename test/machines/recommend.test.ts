import { describe, expect, it } from 'vitest';
import { AnswerError, recommend, TreeValidationError, type TreeDefinition } from '../../machines/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

const tree = smallTree();

describe('recommend', () => {
  it('names the first open question and the path so far', () => {
    expect(recommend(tree, {})).toEqual({ status: 'needs-answer', question: 'where', path: [] });
    expect(recommend(tree, { where: 'desk', signs: ['none'] })).toEqual({ status: 'needs-answer', question: 'whose', path: ['where', 'signs'] });
  });

  it('returns the outcomes in priority order with the path', () => {
    expect(recommend(tree, { where: 'desk', signs: ['codes'], whose: 'own' })).toEqual({
      status: 'complete',
      outcomes: ['keep-codes', 'guide'],
      path: ['where', 'signs', 'whose'],
    });
  });

  it('lets an overriding outcome drop all but the outcomes it keeps', () => {
    expect(recommend(tree, { where: 'desk', signs: ['codes', 'scam'] })).toMatchObject({ outcomes: ['stop', 'keep-codes'] });
  });

  it('ignores answers to questions the path does not reach', () => {
    const result = recommend(tree, { where: 'desk', signs: ['scam'], whose: 'other', device: 'shared' });
    expect(result).toEqual({ status: 'complete', outcomes: ['stop'], path: ['where', 'signs'] });
  });

  it('evaluates conditions only on answers of the path', () => {
    // `guide` needs where = desk; with where answered library it must not appear.
    expect(recommend(tree, { where: 'library', signs: ['none'], whose: 'own' })).toMatchObject({ outcomes: [] });
  });

  it('names unknown question and option ids', () => {
    expect(() => recommend(tree, { where: 'desk', wher: 'desk' })).toThrow(/"wher" is not a question/);
    expect(() => recommend(tree, { where: 'kiosk' })).toThrow(/"kiosk" is not an option of "where"/);
    expect(() => recommend(tree, { where: 'desk', signs: ['codes', 'tricks'] })).toThrow(/"tricks" is not an option of "signs"/);
    expect(() => recommend(tree, { where: 'desk', signs: ['none', 'codes'] })).toThrow(AnswerError);
    expect(() => recommend(tree, { where: ['desk'] })).toThrow(/must be one option id/);
  });

  it('refuses an invalid tree with its validation report', () => {
    const broken = { ...tree, start: 'nowhere' } as TreeDefinition;
    expect(() => recommend(broken, {})).toThrow(TreeValidationError);
    expect(() => recommend(broken, {})).toThrow(/\/start/);
  });
});
