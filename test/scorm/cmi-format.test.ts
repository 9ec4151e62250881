/** The SCORM 1.2 value formats the adapter writes, which scorm-again does not check for it. */
import { describe, expect, it } from 'vitest';
import { OPTION_IDS } from '../../machines/index.js';
import { choicePattern, cmiTimespan, interactionId, isChoicePattern, isCmiIdentifier } from '../../src/scorm/cmi-format.js';

describe('choicePattern (a choice interaction response)', () => {
  it.each([
    [['a'], 'a'],
    [['b', 'd'], 'b,d'],
    [['0', 'z'], '0,z'],
  ])('%j is %j', (choices, pattern) => {
    expect(choicePattern(choices)).toBe(pattern);
    expect(isChoicePattern(pattern)).toBe(true);
  });

  it.each([[[]], [['A']], [['ab']], [['a', '']], [['a b']], [[',']], [['ä']]])('%j has no SCORM 1.2 choice value', (choices) => {
    expect(choicePattern(choices)).toBeUndefined();
  });

  it('takes every option id the quiz engine can give', () => {
    expect(choicePattern([...OPTION_IDS])).toBe([...OPTION_IDS].join(','));
  });

  it.each(['', 'a,', ',a', 'a,,b', 'a;b', '{a,b}', 'A'])('%j is not a choice pattern', (value) => {
    expect(isChoicePattern(value)).toBe(false);
  });
});

describe('interactionId', () => {
  it.each([
    ['SC13:single', 'SC13_single'],
    ['SC27:choose-2', 'SC27_choose-2'],
    ['C2:choose-2', 'C2_choose-2'],
  ])('%j is reported as %j: letters, digits, - and _ only', (itemId, id) => expect(interactionId(itemId)).toBe(id));
  it.each(['', 'has space', 'ä', 'a'.repeat(256), 'SC1/single'])('%j cannot be one', (itemId) => expect(interactionId(itemId)).toBeUndefined());
});

describe('isCmiIdentifier', () => {
  it.each(['SC13:single', 'SC27:choose-2', 'x', 'a'.repeat(255)])('%j is an identifier', (id) => expect(isCmiIdentifier(id)).toBe(true));
  it.each(['', 'has space', 'tab\there', 'ä', 'a'.repeat(256)])('%j is not', (id) => expect(isCmiIdentifier(id)).toBe(false));
});

describe('cmiTimespan', () => {
  it.each([
    [0, '00:00:00.00'],
    [1234, '00:00:01.23'],
    [61_000, '00:01:01.00'],
    [3_600_000 * 26 + 59_990, '26:00:59.99'],
    [-5, '00:00:00.00'],
    [3_600_000 * 12_000, '9999:59:59.99'],
  ])('%d ms is %s', (ms, timespan) => {
    expect(cmiTimespan(ms)).toBe(timespan);
    expect(timespan).toMatch(/^\d{2,4}:[0-5]\d:[0-5]\d\.\d\d$/);
  });
});
