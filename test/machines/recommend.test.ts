import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { AnswerError, compileTree, indexTree, parsePreset, recommend, TreeValidationError, validateTree, walkInput, type TreeDefinition } from '../../machines/index.js';
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

describe('an outcome added unless a condition holds', () => {
  // "refer" is added for "other" unless the walk saw a scam sign; "guide" only at the desk and unless codes were offered.
  const definition = (() => {
    const t = smallTree() as unknown as { questions: Record<string, { options: { id: string; adds?: unknown[] }[] }> };
    t.questions.whose!.options[0]!.adds = [{ outcome: 'guide', rule: 'R3', when: { where: ['desk'] }, unless: { signs: ['codes'] } }];
    t.questions.whose!.options[1]!.adds = [{ outcome: 'refer', unless: { where: ['library'] } }];
    return t as unknown as TreeDefinition;
  })();

  it('adds it when the condition does not hold, and not when it does', () => {
    expect(validateTree(definition)).toEqual([]);
    expect(recommend(definition, { where: 'desk', signs: ['none'], whose: 'other' })).toMatchObject({ outcomes: ['refer'] });
    expect(recommend(definition, { where: 'library', signs: ['none'], whose: 'other' })).toMatchObject({ outcomes: [] });
  });

  it('needs both: when holds and unless does not', () => {
    expect(recommend(definition, { where: 'desk', signs: ['none'], whose: 'own' })).toMatchObject({ outcomes: ['guide'] });
    expect(recommend(definition, { where: 'desk', signs: ['codes'], whose: 'own' })).toMatchObject({ outcomes: ['keep-codes'] });
    expect(recommend(definition, { where: 'library', signs: ['none'], whose: 'own' })).toMatchObject({ outcomes: [] });
  });
});

describe('a question that is never preset', () => {
  const definition = (() => {
    const t = smallTree() as unknown as { questions: Record<string, Record<string, unknown>> };
    t.questions.signs!.neverPreset = true;
    return t as unknown as TreeDefinition;
  })();
  const index = indexTree(definition);

  it('is refused as a preset, in the attribute, as an object and as the machine input, naming it', () => {
    const message = '"signs" cannot be preset: it is about this customer and is asked every time.';
    expect(parsePreset(index, 'where=desk; signs=none')).toEqual({ answers: { where: 'desk' }, problems: [message], invalid: ['signs'] });
    expect(walkInput(index, { signs: ['none'] }, null).problem).toEqual({ reason: 'invalid-preset', problems: [message], ids: ['signs'] });
    const actor = createActor(compileTree(definition), { input: { preset: { signs: ['none'] } } });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
    expect((actor.getSnapshot().error as AnswerError).problems).toEqual([message]);
  });

  it('may still be answered, and given as answers to start from', () => {
    expect(walkInput(index, 'where=desk', { signs: ['none'] })).toEqual({ input: { preset: { where: 'desk' }, answers: { signs: ['none'] } } });
  });
});
