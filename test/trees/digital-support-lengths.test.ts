/**
 * The length caps of the default tree's text (issue 16 items 2, 3, 5 and 7), so the answer reads in
 * seconds: in English each "Do now" line (variants too) a positive action of at most 15 words (a
 * prohibition belongs in Never), each Never item one sentence of at most 15 words, each question's
 * help at most 25 words; in every language a customer text (variants too) of one or two sentences.
 * Finnish and Swedish are natural, not word-counted.
 */
import { describe, expect, it } from 'vitest';
import { tree } from '../../machines/trees/digital-support/index.js';
import { words } from '../support/desk-reading.js';

const en = tree.text.en!;
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}])/u).length;
const actions = Object.entries(en.outcomes).flatMap(([id, text]) => [
  [id, text.action] as const,
  ...Object.entries(text.variants ?? {}).flatMap(([variant, v]) => (v.action === undefined ? [] : [[`${id}/${variant}`, v.action] as const])),
]);

describe('the default tree’s text, at desk length', () => {
  it('has Do now lines of at most 15 English words, each a positive action', () => {
    expect(actions.filter(([, action]) => words(action) > 15).map(([id, action]) => `${id}: ${words(action)} words`)).toEqual([]);
    expect(actions.filter(([, action]) => /^(do not|don['’]t|never)\b/i.test(action)).map(([id]) => id)).toEqual([]);
  });

  it('has Never items of one sentence and at most 15 English words', () => {
    const items = Object.entries(en.never ?? {});
    expect(items.filter(([, text]) => words(text) > 15 || sentences(text) > 1).map(([id, text]) => `${id}: ${words(text)} words`)).toEqual([]);
  });

  it('has question help of at most 25 English words', () => {
    expect(Object.entries(en.questions).filter(([, q]) => words(q.help) > 25).map(([id, q]) => `${id}: ${words(q.help)} words`)).toEqual([]);
  });

  it('has customer texts of one or two sentences in every language', () => {
    const long = tree.locales.filter((locale) => locale !== 'en-XA').flatMap((locale) =>
      Object.entries(tree.text[locale]!.outcomes).flatMap(([id, text]) =>
        [text.customer, ...Object.values(text.variants ?? {}).map((v) => v.customer)].filter((t): t is string => t !== undefined && sentences(t) > 2).map(() => `${locale} ${id}`),
      ),
    );
    expect(long).toEqual([]);
  });
});
