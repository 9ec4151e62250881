/**
 * Extended tier: axe-core on every state of every enumerated path of the default tree, in real
 * Chromium. States that render the same structure are checked once: a question state by the
 * question and the questions answered before it; a result by what it renders in sight: its
 * courses, how many critical Never items it shows as warnings and whether the rest wait behind
 * "More to avoid" (their text, in a closed disclosure, is not rendered). Never items and variants
 * depend on the answers, not on the courses alone, so a result is also checked when it shows a
 * course's variant or a warning no state checked so far has shown: every variant and every
 * warning is rendered and checked at least once (4,741 result states; keyed by every combination
 * there are 8,000, which would double the sweep for text alone). Each state is
 * reached by setting the guide's `answers` (the same replay a restored session uses), not by
 * clicking. The states are checked in batches, one test each, so the sweep's time per test stays
 * far from its timeout as the tree grows.
 */
import { fixture, html } from '@open-wc/testing-helpers';
import { describe, expect, it } from 'vitest';
import { applicableNever, enumeratePaths, indexTree, outcomeReading, type Answers } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import '../../src/index.js';
import type { DigitukiGuide } from '../../src/components/guide/guide.js';
import { axeViolations } from '../support/axe.js';

const index = indexTree(tree);

/** Every distinct state on the paths: the answers that lead to it, keyed by what it renders. */
function distinctStates(): { states: Map<string, Answers>; rendered: Set<string>; everyPiece: Set<string> } {
  const states = new Map<string, Answers>();
  /** Every course's variant (or its own text) and every warning some path shows. */
  const everyPiece = new Set<string>();
  /** The variants and warnings some result state already renders. */
  const rendered = new Set<string>();
  for (const p of enumeratePaths(tree)) {
    const answered: string[] = [];
    for (const questionId of p.path) {
      const key = `${questionId} after ${answered.join(',')}`;
      if (!states.has(key)) states.set(key, Object.fromEntries(answered.map((q) => [q, p.answers[q]!])));
      answered.push(questionId);
    }
    const never = [...new Set(p.outcomes.flatMap((id) => applicableNever(index.outcomes.get(id)!, p.path, p.answers)))];
    const critical = never.filter((id) => tree.never![id]!.rank === 1).sort();
    const variants = p.outcomes.map((id) => `${id}/${outcomeReading(tree, index.outcomes.get(id)!, 'en', p.path, p.answers).variant ?? 'own text'}`);
    const structure = `result ${p.outcomes.join(',')} | ${critical.length} warnings | ${never.length > critical.length ? 'more' : 'no more'}`;
    const pieces = [...variants, ...critical];
    for (const piece of pieces) everyPiece.add(piece);
    const key = states.has(structure) && pieces.some((piece) => !rendered.has(piece)) ? `${structure} | ${variants.join(',')} | ${critical.join(',')}` : structure;
    if (!states.has(key)) {
      states.set(key, p.answers);
      for (const piece of pieces) rendered.add(piece);
    }
  }
  return { states, rendered, everyPiece };
}

const BATCH = 50;
const distinct = distinctStates();
const states = [...distinct.states];
const batches = Array.from({ length: Math.ceil(states.length / BATCH) }, (_, i) => states.slice(i * BATCH, (i + 1) * BATCH));

describe('<digituki-guide> on every path of the default tree', () => {
  it('has distinct states to check, results and questions alike', () => {
    expect(states.filter(([key]) => key.startsWith('result ')).length).toBeGreaterThan(10);
    expect(states.length).toBeGreaterThan(100);
    expect([...distinct.everyPiece].filter((piece) => !distinct.rendered.has(piece)), 'every variant and every warning is in some checked state').toEqual([]);
    expect([...distinct.everyPiece].filter((piece) => piece.includes('/') && !piece.endsWith('/own text')).length, 'the variants are there').toBeGreaterThan(10);
  });

  it.each(batches.map((batch, i) => [i * BATCH + 1, i * BATCH + batch.length, batch] as const))(
    'has no axe violations in states %i to %i',
    { timeout: 120_000 },
    async (_from, _to, batch) => {
      const element = await fixture<DigitukiGuide>(html`<digituki-guide locale="en"></digituki-guide>`);
      const violations: string[] = [];
      for (const [key, answers] of batch) {
        element.answers = answers;
        await element.updateComplete;
        // The state is the one the key names: a question's inputs or the result's outcomes.
        const [kind] = key.split(' ');
        const shown = kind === 'result' ? element.shadowRoot!.querySelector('[data-outcome]') : element.shadowRoot!.querySelector(`input[name="${kind}"]`);
        expect(shown, key).not.toBeNull();
        for (const v of await axeViolations(element)) violations.push(`${key}: ${v}`);
      }
      expect(violations.slice(0, 10)).toEqual([]);
    },
  );
});
