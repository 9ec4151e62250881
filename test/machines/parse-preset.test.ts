/**
 * `parsePreset`, the syntax of the guide's `preset` attribute (`setting=general-support;
 * circumstances=codes,fraud`): the answers it yields and the problem it names for each bad part,
 * on the small fixture tree and on the default tree.
 */
import { describe, expect, it } from 'vitest';
import { answersProblems, indexTree, parsePreset } from '../../machines/index.js';
import { generateChain } from '../../scripts/generate-tree.js';
import { tree as digitalSupportTree } from '../../machines/trees/digital-support/index.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

const smallIndex = indexTree(smallTree());
const digitalSupportIndex = indexTree(digitalSupportTree);

const noProblems = { problems: [], invalid: [] };

describe('parsePreset', () => {
  describe('valid presets', () => {
    it('yields no answers and no problems for an empty or whitespace-only preset', () => {
      expect(parsePreset(smallIndex, '')).toEqual({ answers: {}, ...noProblems });
      expect(parsePreset(smallIndex, '   \t\n ')).toEqual({ answers: {}, ...noProblems });
    });

    it('reads one answer to a single question as an option id', () => {
      expect(parsePreset(smallIndex, 'where=desk')).toEqual({ answers: { where: 'desk' }, ...noProblems });
    });

    it('reads several questions with spaces around ";", "=" and ","', () => {
      expect(parsePreset(smallIndex, '  where = library ;  signs = codes , scam ;whose=own  ')).toEqual({
        answers: { where: 'library', signs: ['codes', 'scam'], whose: 'own' },
        ...noProblems,
      });
    });

    it('reads a multi question given one option as a list of one', () => {
      expect(parsePreset(smallIndex, 'signs=codes')).toEqual({ answers: { signs: ['codes'] }, ...noProblems });
    });

    it('ignores a trailing ";" and empty parts', () => {
      expect(parsePreset(smallIndex, ';where=desk;; ; signs=none;')).toEqual({ answers: { where: 'desk', signs: ['none'] }, ...noProblems });
    });

    it('reads a realistic preset of the default tree', () => {
      expect(parsePreset(digitalSupportIndex, 'setting=service-situation; request=guidance; owner=own')).toEqual({
        answers: { setting: 'service-situation', request: 'guidance', owner: 'own' },
        ...noProblems,
      });
    });

    it('refuses a preset of circumstances, which the default tree asks every time', () => {
      expect(parsePreset(digitalSupportIndex, 'setting=service-situation; circumstances=codes,keep-private')).toEqual({
        answers: { setting: 'service-situation' },
        problems: ['"circumstances" cannot be preset: it is about this customer and is asked every time.'],
        invalid: ['circumstances'],
      });
    });
  });

  describe('problems', () => {
    it('names a part without "=" and keeps the raw part as invalid', () => {
      expect(parsePreset(smallIndex, 'where')).toEqual({
        answers: {},
        problems: ['"where" is not of the form question=option.'],
        invalid: ['where'],
      });
      expect(parsePreset(smallIndex, 'where = ')).toEqual({
        answers: {},
        problems: ['"where =" is not of the form question=option.'],
        invalid: ['where ='],
      });
    });

    it('names an unknown question with the questions of the tree', () => {
      expect(parsePreset(smallIndex, 'wher=desk')).toEqual({
        answers: {},
        problems: ['"wher" is not a question of tree "small" (its questions: where, signs, whose, device).'],
        invalid: ['wher'],
      });
    });

    it('names an unknown option and its question', () => {
      expect(parsePreset(smallIndex, 'where=kiosk')).toEqual({
        answers: {},
        problems: ['"kiosk" is not an option of "where" (its options: desk, library).'],
        invalid: ['where'],
      });
      expect(parsePreset(smallIndex, 'signs=codes,tricks')).toEqual({
        answers: {},
        problems: ['"tricks" is not an option of "signs" (its options: codes, scam, none).'],
        invalid: ['signs'],
      });
      expect(parsePreset(digitalSupportIndex, 'setting=library')).toEqual({
        answers: {},
        problems: ['"library" is not an option of "setting" (its options: service-situation, general-support).'],
        invalid: ['setting'],
      });
    });

    it('refuses two options for a single question', () => {
      expect(parsePreset(smallIndex, 'where=desk,library')).toEqual({
        answers: {},
        problems: ['The answer to "where" must be one option id (its options: desk, library).'],
        invalid: ['where'],
      });
    });

    it('refuses an exclusive option combined with another in a multi answer', () => {
      expect(parsePreset(smallIndex, 'signs=none,codes')).toEqual({
        answers: {},
        problems: ['"none" means none of the others and cannot be combined with them in "signs".'],
        invalid: ['signs'],
      });
      expect(parsePreset(digitalSupportIndex, 'circumstances=fraud,none')).toEqual({
        answers: {},
        problems: ['"none" means none of the others and cannot be combined with them in "circumstances".'],
        invalid: ['circumstances'],
      });
    });

    it('refuses a multi answer that repeats an option or lists none', () => {
      expect(parsePreset(smallIndex, 'signs=codes,codes')).toEqual({
        answers: {},
        problems: ['The answer to "signs" repeats an option.'],
        invalid: ['signs'],
      });
      expect(parsePreset(smallIndex, 'signs= , ')).toEqual({
        answers: {},
        problems: ['The answer to multi question "signs" must be a non-empty list of option ids (its options: codes, scam, none).'],
        invalid: ['signs'],
      });
    });

    it('keeps the first answer to a question preset twice and names the second', () => {
      expect(parsePreset(smallIndex, 'where=desk; where=library')).toEqual({
        answers: { where: 'desk' },
        problems: ['"where" is preset twice.'],
        invalid: ['where'],
      });
    });

    it('reports several problems in order and still reads the valid parts', () => {
      expect(parsePreset(smallIndex, 'where=desk; wher=desk; signs=codes,tricks; whose; where=library; device=shared')).toEqual({
        answers: { where: 'desk', device: 'shared' },
        problems: [
          '"wher" is not a question of tree "small" (its questions: where, signs, whose, device).',
          '"tricks" is not an option of "signs" (its options: codes, scam, none).',
          '"whose" is not of the form question=option.',
          '"where" is preset twice.',
        ],
        invalid: ['wher', 'signs', 'whose', 'where'],
      });
    });
  });
});

describe('answer problems on a large tree (adversarial-3 A10)', () => {
  it('name at most eight question or option ids and how many more, so thousands of wrong answers give short messages', () => {
    const big = indexTree(generateChain(5000, 12));
    const answers = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`nope-${i}`, 'a']));
    const problems = answersProblems(big, answers);
    expect(problems).toHaveLength(2000);
    expect(problems[0]).toBe(`"nope-0" is not a question of tree "chain-5000x12" (its questions: ${Array.from({ length: 8 }, (_, i) => `q${i}`).join(', ')} and 4992 more).`);
    expect(Math.max(...problems.map((p) => p.length))).toBeLessThan(200);
    const [wrongOption] = answersProblems(big, { q0: 'zzz' });
    expect(wrongOption).toMatch(/ and 4 more\)\.$/);
  });
});
