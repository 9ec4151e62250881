import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { AnswerError, compileTree, type Answers } from '../../machines/index.js';
import { tree as digitalSupport } from '../../machines/trees/digital-support/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { at, send, start, walk } from '../support/drive.js';

const machine = compileTree(smallTree());

describe('compileTree', () => {
  it('starts at the start question: tagged question, the last on the path', () => {
    const snapshot = start(machine);
    expect(snapshot.value).toBe('asking');
    expect(snapshot.hasTag('question')).toBe(true);
    expect(snapshot.context).toMatchObject({ answers: {}, path: ['where'], recommendation: [] });
  });

  it('has the same two states for every tree, whatever its size', () => {
    expect(Object.keys(machine.states)).toEqual(['asking', 'result']);
    expect(Object.keys(compileTree(digitalSupport).states)).toEqual(['asking', 'result']);
  });

  describe('answer', () => {
    it('records the answer and moves to the question its option leads to', () => {
      const snapshot = send(machine, start(machine), { type: 'answer', questionId: 'where', value: 'desk' });
      expect(at(snapshot)).toBe('signs');
      expect(snapshot.context.answers).toEqual({ where: 'desk' });
      expect(snapshot.context.path).toEqual(['where', 'signs']);
    });

    it('follows an option with its own next on a multi question, whatever else is chosen', () => {
      const snapshot = walk(machine, { where: 'desk', signs: ['codes', 'scam'] });
      expect(snapshot.hasTag('result')).toBe(true);
      expect(snapshot.context.path).toEqual(['where', 'signs']);
      expect(snapshot.context.recommendation).toEqual(['stop', 'keep-codes']);
    });

    it('stores a multi answer in the declared option order', () => {
      const snapshot = walk(machine, { where: 'desk', signs: ['scam', 'codes'] });
      expect(snapshot.context.answers.signs).toEqual(['codes', 'scam']);
    });

    it('refuses answers that do not fit the question, staying where it is', () => {
      const begin = start(machine);
      for (const event of [
        { type: 'answer', questionId: 'where', value: 'kiosk' },
        { type: 'answer', questionId: 'where', value: ['desk'] },
        { type: 'answer', questionId: 'whose', value: 'own' },
        { type: 'answer', questionId: 'nope', value: 'x' },
      ] as const) {
        expect(begin.can(event), JSON.stringify(event)).toBe(false);
        expect(send(machine, begin, event).context).toEqual(begin.context);
      }
      const atSigns = send(machine, begin, { type: 'answer', questionId: 'where', value: 'desk' });
      expect(atSigns.can({ type: 'answer', questionId: 'signs', value: ['none', 'codes'] })).toBe(false);
      expect(atSigns.can({ type: 'answer', questionId: 'signs', value: [] })).toBe(false);
      expect(atSigns.can({ type: 'answer', questionId: 'signs', value: ['codes', 'codes'] })).toBe(false);
    });

    it('adds a conditional outcome only when its condition holds', () => {
      expect(walk(machine, { where: 'desk', signs: ['none'], whose: 'own' }).context.recommendation).toEqual(['guide']);
      expect(walk(machine, { where: 'library', signs: ['none'], whose: 'own' }).context.recommendation).toEqual([]);
    });
  });

  describe('presets', () => {
    it('skips preset questions and never lets the user change them', () => {
      const snapshot = start(machine, { where: 'library' });
      expect(at(snapshot)).toBe('signs');
      expect(snapshot.context.path).toEqual(['where', 'signs']);
      expect(snapshot.can({ type: 'back' })).toBe(false);
      expect(snapshot.can({ type: 'goTo', questionId: 'where' })).toBe(false);
      expect(snapshot.can({ type: 'answer', questionId: 'where', value: 'desk' })).toBe(false);
    });

    it('makes the machine fail with an AnswerError naming an unknown preset', () => {
      const presets: Answers[] = [{ wher: 'desk' }, { where: 'kiosk' }, { signs: 'codes' }];
      for (const preset of presets) {
        const snapshot = start(machine, preset);
        expect(snapshot.status).toBe('error');
        expect(snapshot.error).toBeInstanceOf(AnswerError);
        expect((snapshot.error as Error).message).toContain(Object.keys(preset)[0] === 'wher' ? 'wher' : Object.values(preset)[0]);
      }
    });
  });

  describe('back', () => {
    it('returns to the previous question with its answer kept, and forward again', () => {
      const atWhose = walk(machine, { where: 'desk', signs: ['codes'] });
      const back = send(machine, atWhose, { type: 'back' });
      expect(at(back)).toBe('signs');
      expect(back.context.answers.signs).toEqual(['codes']);
      expect(back.context.focus).toBe('signs');
      const again = send(machine, back, { type: 'answer', questionId: 'signs', value: ['codes'] });
      expect(at(again)).toBe('whose');
    });

    it('goes back from the result to the last question', () => {
      const result = walk(machine, { where: 'desk', signs: ['none'], whose: 'other' });
      const back = send(machine, result, { type: 'back' });
      expect(at(back)).toBe('whose');
      expect(back.context.recommendation).toEqual([]);
    });

    it('cannot go back from the first question', () => {
      expect(start(machine).can({ type: 'back' })).toBe(false);
    });
  });

  describe('changing an earlier answer', () => {
    const full = { where: 'desk', signs: ['codes'], whose: 'device', device: 'shared' };

    it('keeps later answers that still apply and lands on the result again', () => {
      const result = walk(machine, full);
      expect(result.context.recommendation).toEqual(['keep-codes', 'log-out']);
      const changed = send(machine, result, { type: 'answer', questionId: 'where', value: 'library' });
      expect(changed.hasTag('result')).toBe(true);
      expect(changed.context.answers).toEqual({ ...full, where: 'library' });
    });

    it('drops answers the new path no longer reaches', () => {
      const result = walk(machine, full);
      const changed = send(machine, result, { type: 'answer', questionId: 'whose', value: 'own' });
      expect(changed.hasTag('result')).toBe(true);
      expect(changed.context.answers).toEqual({ where: 'desk', signs: ['codes'], whose: 'own' });
      expect(changed.context.recommendation).toEqual(['keep-codes', 'guide']);
    });

    it('stops at the first question the new path has no answer for', () => {
      const result = walk(machine, { where: 'desk', signs: ['none'], whose: 'own' });
      const changed = send(machine, result, { type: 'answer', questionId: 'whose', value: 'device' });
      expect(at(changed)).toBe('device');
      expect(changed.context.path).toEqual(['where', 'signs', 'whose', 'device']);
    });

    it('goTo revisits an answered question without losing anything', () => {
      const result = walk(machine, full);
      const revisit = send(machine, result, { type: 'goTo', questionId: 'signs' });
      expect(at(revisit)).toBe('signs');
      expect(revisit.context.answers).toEqual(full);
      expect(revisit.context.path).toEqual(['where', 'signs']);
      const sameAgain = send(machine, revisit, { type: 'answer', questionId: 'signs', value: ['codes'] });
      expect(sameAgain.hasTag('result')).toBe(true);
      expect(sameAgain.context.answers).toEqual(full);
    });

    it('refuses goTo and changes for questions not on the path', () => {
      const snapshot = walk(machine, { where: 'desk', signs: ['none'], whose: 'own' });
      expect(snapshot.can({ type: 'goTo', questionId: 'device' })).toBe(false);
      expect(snapshot.can({ type: 'answer', questionId: 'device', value: 'shared' })).toBe(false);
    });
  });

  it('restart clears the answers but keeps the presets', () => {
    const result = walk(machine, { signs: ['none'], whose: 'other' }, { where: 'library' });
    expect(result.hasTag('result')).toBe(true);
    const restarted = send(machine, result, { type: 'restart' });
    expect(at(restarted)).toBe('signs');
    expect(restarted.context.answers).toEqual({ where: 'library' });
  });

  it('has serializable snapshots an actor can resume from', () => {
    const actor = createActor(machine, { input: {} }).start();
    actor.send({ type: 'answer', questionId: 'where', value: 'desk' });
    actor.send({ type: 'answer', questionId: 'signs', value: ['codes'] });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();
    const resumed = createActor(machine, { input: {}, snapshot: stored }).start();
    expect(at(resumed.getSnapshot())).toBe('whose');
    resumed.send({ type: 'answer', questionId: 'whose', value: 'other' });
    expect(resumed.getSnapshot().context.recommendation).toEqual(['keep-codes', 'refer']);
  });
});
