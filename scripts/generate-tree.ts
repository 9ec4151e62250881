/**
 * Generated trees of any size for the benchmark and the scale tests: `n` questions branching
 * two ways with an early exit on each, every tenth a multi question, conditional outcomes, and
 * text in three locales, so validation has the same work per question as a real tree.
 */
import { RESULT, type QuestionDefinition, type TreeDefinition, type TreeText } from '../machines/index.js';

export function generateTree(n: number): TreeDefinition {
  const outcomeCount = Math.max(2, Math.floor(n / 10));
  const q = (i: number) => (i < n ? `q${i}` : RESULT);
  const o = (i: number) => `o${i % outcomeCount}`;
  const questions: Record<string, QuestionDefinition> = {};
  // A binary tree of questions (children 2i+1 and 2i+2) with an early exit on each: every question
  // is reachable, a walk is about log2(n) questions long, as in a real tree that grows wide.
  for (let i = 0; i < n; i++) {
    questions[q(i)] =
      i % 10 === 9
        ? { kind: 'multi', next: q(2 * i + 1), options: [{ id: 'a', adds: [o(i)] }, { id: 'b', next: q(2 * i + 2) }, { id: 'none', exclusive: true }] }
        : {
            kind: 'single',
            options: [
              { id: 'a', next: q(2 * i + 1), adds: [o(i)] },
              { id: 'b', next: q(2 * i + 2), adds: i > 0 ? [{ outcome: o(i + 1), when: { [q(Math.floor((i - 1) / 2))]: ['a', 'b'] } }] : [] },
              { id: 'c', next: RESULT, adds: [o(i + 2)] },
            ],
          };
  }
  const outcomes = Array.from({ length: outcomeCount }, (_, i) => ({ id: `o${i}`, principles: ['P1'], referrals: ['help'] }));
  return {
    id: `generated-${n}`,
    version: '1',
    locales: ['fi', 'sv', 'en'],
    start: 'q0',
    questions,
    outcomes,
    principles: { P1: { status: 'INFERRED', sources: [] } },
    referrals: { help: {} },
    text: { fi: textFor(questions, outcomes, 'fi'), sv: textFor(questions, outcomes, 'sv'), en: textFor(questions, outcomes, 'en') },
  };
}

/**
 * A chain of `n` questions, each with `width` options (one by default) that all lead to the next:
 * the deepest tree, for stack-depth tests, with `width ** n` paths.
 */
export function generateChain(n: number, width = 1): TreeDefinition {
  const questions: Record<string, QuestionDefinition> = {};
  const options = () => Array.from({ length: width }, (_, k) => ({ id: k === 0 ? 'a' : `a${k}`, adds: ['o0'] }));
  for (let i = 0; i < n; i++) questions[`q${i}`] = { kind: 'single', next: i < n - 1 ? `q${i + 1}` : RESULT, options: options() };
  const outcomes = [{ id: 'o0', principles: ['P1'], referrals: ['help'] }];
  return { ...generateTree(1), id: width === 1 ? `chain-${n}` : `chain-${n}x${width}`, questions, outcomes, text: { fi: textFor(questions, outcomes, 'fi'), sv: textFor(questions, outcomes, 'sv'), en: textFor(questions, outcomes, 'en') } };
}

function textFor(questions: Record<string, QuestionDefinition>, outcomes: readonly { id: string }[], locale: string): TreeText {
  return {
    title: `Generated tree (${locale})`,
    questions: Object.fromEntries(
      Object.entries(questions).map(([id, question]) => [
        id,
        { title: `Question ${id}?`, help: `Help for ${id}`, options: Object.fromEntries(question.options.map((opt) => [opt.id, { label: `${opt.id} (${locale})` }])) },
      ]),
    ),
    outcomes: Object.fromEntries(outcomes.map(({ id }) => [id, { title: `Outcome ${id}`, action: `Do ${id}.`, steps: ['First', 'Then'] }])),
    principles: { P1: { title: 'Principle', text: 'Text' } },
    referrals: { help: { name: 'Help', detail: 'Detail' } },
  };
}

/** Answers to every question that walk the leftmost, longest branch (every question answered `a`). */
export function longestWalk(tree: TreeDefinition): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(tree.questions).map(([id, question]) => [id, question.kind === 'multi' ? ['a'] : 'a']));
}
