/**
 * Every path of the compiled default tree, enumerated with xstate/graph, checked against the
 * contract's rule table (test/support/contract-rules.ts), which is written apart from the tree.
 */
import { describe, expect, it } from 'vitest';
import { compileTree, enumeratePaths, possibleAnswers, recommend, validateTree, type Answers } from '../../machines/index.js';
import { indexTree } from '../../machines/tree/index-tree.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import { OUTCOME_IDS, PRINCIPLE_SOURCES, QUESTION_IDS } from '../../machines/trees/digital-support/digital-support.tree.js';
import { describeAnswers, expectationFor, neverBroken, RULES } from '../support/contract-rules.js';

const machine = compileTree(tree);
const paths = enumeratePaths(tree, { machine });

/** Every way the walk breaks the contract, each message naming the path. */
function contractBreaches(answers: Answers, path: readonly string[], outcomes: readonly string[], preset: readonly string[] = []): string[] {
  const where = describeAnswers(answers);
  const expected = expectationFor(answers);
  const breaches: string[] = [];
  const got = new Set(outcomes);
  if (got.size !== outcomes.length) breaches.push(`${where}: an outcome appears twice: ${outcomes.join(', ')}`);
  const missing = [...expected.outcomes].filter((o) => !got.has(o));
  const extra = outcomes.filter((o) => !expected.outcomes.has(o));
  if (missing.length) breaches.push(`${where}: missing ${missing.join(', ')} (rules ${expected.rules.join(', ')})`);
  if (extra.length) breaches.push(`${where}: not required by any rule: ${extra.join(', ')}`);
  if (expected.first !== undefined && outcomes[0] !== expected.first) breaches.push(`${where}: ${expected.first} must come first, got ${outcomes[0]}`);
  breaches.push(...neverBroken(answers, outcomes).map((b) => `${where}: ${b}`));
  if (expected.endsAt !== undefined) {
    if (path.at(-1) !== expected.endsAt) breaches.push(`${where}: must end at ${expected.endsAt}, ended at ${path.at(-1)}`);
    for (const q of expected.questions) if (!path.includes(q)) breaches.push(`${where}: must ask ${q} before ending`);
  } else {
    const asked = new Set(path);
    const notAsked = [...expected.questions].filter((q) => !asked.has(q));
    const needless = path.filter((q) => !expected.questions.has(q));
    if (notAsked.length) breaches.push(`${where}: never asked ${notAsked.join(', ')}`);
    if (needless.length) breaches.push(`${where}: asked ${needless.join(', ')}, which the contract does not ask here`);
  }
  for (const q of preset) if (path.indexOf(q) !== path.lastIndexOf(q)) breaches.push(`${where}: ${q} twice on the path`);
  return breaches;
}

describe('the default digital-support tree', () => {
  it('is valid', () => {
    expect(validateTree(tree)).toEqual([]);
  });

  it('survives a JSON round trip: the same tree as plain data, with the same paths', () => {
    const fromJson = JSON.parse(JSON.stringify(tree));
    expect(validateTree(fromJson)).toEqual([]);
    const jsonPaths = enumeratePaths(fromJson);
    expect(jsonPaths.map((p) => [p.path, p.outcomes])).toEqual(paths.map((p) => [p.path, p.outcomes]));
  });

  it('lists the brief’s sources for every principle that is not the team’s own inference', () => {
    for (const [id, principle] of Object.entries(tree.principles)) {
      const sources = PRINCIPLE_SOURCES[id as keyof typeof PRINCIPLE_SOURCES];
      expect(sources, id).toBeDefined();
      if (principle.status !== 'INFERRED') expect(sources.length, id).toBeGreaterThan(0);
    }
  });

  it('uses exactly the contract ids', () => {
    expect(Object.keys(tree.questions).sort()).toEqual([...QUESTION_IDS].sort());
    expect(tree.outcomes.map((o) => o.id).sort()).toEqual([...OUTCOME_IDS].sort());
    expect(Object.fromEntries(Object.entries(tree.questions).map(([id, q]) => [id, q.options.map((o) => o.id)]))).toEqual({
      setting: ['service-situation', 'general-support'],
      circumstances: ['codes', 'fraud', 'keep-private', 'install-settings', 'none'],
      request: ['guidance', 'act-for-me', 'proxy', 'repair'],
      owner: ['own', 'other-authority', 'bank-insurer', 'private', 'none'],
      task: ['transaction', 'general-use'],
      identification: ['not-needed', 'customer-logs-in', 'no-eid', 'cannot-use'],
      device: ['customer-own', 'shared', 'supporter'],
    });
  });

  describe('every enumerated path', () => {
    it('enumerates every walk: 2 settings × (8 fraud + 8 × (repair + 3 requests × 63 owner walks))', () => {
      // Counted from the contract's asking rules, not from the tree: owner none → device (3);
      // another owner or own → task: general use → device (3), transaction → identification (4) × device (3).
      expect(paths.length).toBe(2 * (8 + 8 * (1 + 3 * (3 + 4 * (3 + 4 * 3)))));
    });

    it('meets every rule R1-R17, the precedence and the "never" constraints', () => {
      const breaches = paths.flatMap((p) => contractBreaches(p.answers, p.path, p.outcomes));
      expect(breaches.slice(0, 20)).toEqual([]);
    });

    it('ends every walk with at least one course of action (the guide reports a walk with none as an error)', () => {
      expect(paths.filter((p) => p.outcomes.length === 0).map((p) => describeAnswers(p.answers))).toEqual([]);
    });

    it('exercises every rule and every outcome', () => {
      const fired = new Set(paths.flatMap((p) => expectationFor(p.answers).rules));
      expect([...fired].sort()).toEqual(RULES.map((r) => r.id).sort());
      const recommended = new Set(paths.flatMap((p) => p.outcomes));
      expect([...recommended].sort()).toEqual([...OUTCOME_IDS].sort());
    });
  });

  it('asks a question only where its answer can change the recommendation (setting excepted)', () => {
    // The contract asks `setting` on every walk R1 or R3 has not ended, though only owner = none
    // walks depend on it; hosts usually preset it. Every other question must matter where asked.
    const index = indexTree(tree);
    const idle: string[] = [];
    for (const p of paths) {
      const before = JSON.stringify(p.outcomes);
      for (const questionId of p.path.filter((q) => q !== 'setting')) {
        const given = JSON.stringify(p.answers[questionId]);
        const matters = possibleAnswers(index, questionId).some((value) => {
          if (JSON.stringify(value) === given) return false;
          const other = recommend(tree, { ...p.answers, [questionId]: value });
          return other.status !== 'complete' || JSON.stringify(other.outcomes) !== before || other.path.join() !== p.path.join();
        });
        if (!matters) idle.push(`${describeAnswers(p.answers)}: ${questionId} cannot change anything`);
      }
    }
    expect(idle.slice(0, 10)).toEqual([]);
  });

  describe.each([['service-situation'], ['general-support']])('with setting preset to %s', (setting) => {
    const preset = { setting };
    const presetPaths = enumeratePaths(tree, { machine, preset });

    it('never asks more than six questions', () => {
      const longest = Math.max(...presetPaths.map((p) => p.path.filter((q) => q !== 'setting').length));
      expect(longest).toBeLessThanOrEqual(6);
    });

    it('still meets the contract on every path', () => {
      expect(presetPaths.length).toBe(8 + 8 * (1 + 3 * (3 + 4 * (3 + 4 * 3))));
      const breaches = presetPaths.flatMap((p) => contractBreaches({ ...preset, ...p.answers }, p.path, p.outcomes, ['setting']));
      expect(breaches.slice(0, 20)).toEqual([]);
    });
  });

  it('honours presets of any question, not only setting', () => {
    const presets: Answers[] = [{ owner: 'none' }, { device: 'supporter' }, { circumstances: ['fraud'] }, { request: 'repair', owner: 'own' }];
    for (const preset of presets) {
      const presetPaths = enumeratePaths(tree, { machine, preset });
      expect(presetPaths.length).toBeGreaterThan(0);
      const breaches = presetPaths.flatMap((p) => {
        const answers = Object.fromEntries(Object.entries({ ...preset, ...p.answers }).filter(([q]) => p.path.includes(q)));
        return contractBreaches(answers, p.path, p.outcomes);
      });
      expect(breaches.slice(0, 20), JSON.stringify(preset)).toEqual([]);
      for (const p of presetPaths) for (const q of Object.keys(preset)) expect(Object.keys(p.answers)).not.toContain(q);
    }
  });
});
