/**
 * Every path of the compiled default tree, enumerated with xstate/graph, checked against the
 * contract (version 2) as test/support/contract-rules.ts has it, written apart from the tree.
 */
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { compileTree, enumeratePaths, indexTree, possibleAnswers, recommend, validateTree, walkInput, type Answers, type TreePath } from '../../machines/index.js';
import { collectRules } from '../../machines/recommend/collect-outcomes.js';
import { tree } from '../../machines/trees/digital-support/index.js';
import { OUTCOME_IDS, QUESTION_IDS, TREE_ID } from '../../machines/trees/digital-support/contract-ids.js';
import {
  ALL_REQUIREMENTS,
  askingBroken,
  CONTRACT_OUTCOMES,
  CONTRACT_QUESTIONS,
  describeAnswers,
  expectationFor,
  FIRST_PLACE,
  MAX_ASKED_WITH_SETTING_PRESET,
  neverBroken,
  NEVER_PRESET,
  RULES,
} from '../support/contract-rules.js';

const machine = compileTree(tree);
const index = indexTree(tree);
/** Enumerated once (about 3 s) and shared by the tests below. */
const paths = enumeratePaths(tree, { machine });

/**
 * The walks the contract's asking rules give for one `setting` (counted from the contract, not
 * from the tree):
 * - `circumstances`: 7 options that combine and `none` alone, 2^7 - 1 + 1 = 128 answers: the 2^6 =
 *   64 with `fraud` end the walk (R1), the other 64 (63 combinations and `none`) go on;
 * - `request`: `repair` ends the walk (R3), the 3 others go on;
 * - `owner`: `none` skips `task`, then `device` (3); each of the 4 others asks `task`: `general-use`
 *   → `device` (3), `transaction` → `identification` (4) × `device` (3) = 12; so 3 + 4 × (3 + 12) = 63;
 * - so 64 + 64 × (1 + 3 × 63) = 64 + 64 × 190 = 12,224 walks per setting.
 * Without a preset `setting` doubles this: 24,448 (the tree asks `setting` first, so the walks that
 * R1 and R3 end are counted once per setting too; that order is the team's).
 */
const OWNER_WALKS = 3 + 4 * (3 + 4 * 3);
const WALKS_PER_SETTING = 2 ** 6 + 64 * (1 + 3 * OWNER_WALKS);

/** Every way a walk breaks the contract, each message naming the path. */
function contractBreaches(path: TreePath, preset: Answers = {}): string[] {
  const answers = { ...preset, ...path.answers };
  const where = describeAnswers(answers) + (Object.keys(preset).length > 0 ? ` (preset ${describeAnswers(preset)})` : '');
  const expected = expectationFor(answers);
  const { outcomes } = path;
  const got = new Set(outcomes);
  const breaches: string[] = [];
  if (got.size !== outcomes.length) breaches.push(`an outcome appears twice: ${outcomes.join(', ')}`);
  const missing = [...expected.outcomes].filter((o) => !got.has(o));
  const extra = outcomes.filter((o) => !expected.outcomes.has(o));
  if (missing.length > 0) breaches.push(`missing ${missing.join(', ')} (required: ${expected.requirements.join('; ')})`);
  if (extra.length > 0) breaches.push(`not required by any rule: ${extra.join(', ')} (required: ${expected.requirements.join('; ') || 'nothing'})`);
  if (expected.first !== undefined && outcomes[0] !== expected.first) breaches.push(`${expected.first} must come first, got ${outcomes.join(', ')}`);
  breaches.push(...neverBroken(answers, outcomes), ...askingBroken(answers, path.path));
  const presetAsked = Object.keys(preset).filter((q) => Object.hasOwn(path.answers, q));
  if (presetAsked.length > 0) breaches.push(`asks preset ${presetAsked.join(', ')}`);
  return breaches.map((b) => `${where}: ${b}`);
}

/** The questions a walk asked (not preset). */
const asked = (path: TreePath, preset: Answers) => path.path.filter((q) => !Object.hasOwn(preset, q));

describe('the contract oracle (test/support/contract-rules.ts) on examples read from the contract', () => {
  it.each([
    [
      'R1 ends; only R2, R18, R19, R22 remain',
      { setting: 'general-support', circumstances: ['codes', 'fraud', 'pressure', 'capacity', 'remote', 'keep-private'], request: 'repair', owner: 'own' },
      ['fraud-stop', 'keep-credentials-private', 'safeguard-customer', 'capacity-concern', 'remote-support'],
      'fraud-stop',
    ],
    ['R3 ends', { circumstances: ['install-settings', 'pressure'], request: 'repair', owner: 'none', device: 'shared' }, ['decline-repair', 'safeguard-customer'], 'decline-repair'],
    [
      'no e-Authorizations while capacity is in doubt; R22 first',
      { setting: 'service-situation', circumstances: ['capacity', 'codes'], request: 'proxy', owner: 'own', task: 'transaction', identification: 'cannot-use', device: 'customer-own' },
      ['capacity-concern', 'keep-credentials-private', 'own-channel', 'no-eid-alternatives'],
      'capacity-concern',
    ],
    [
      'R20 first; R13 with e-Authorizations',
      { setting: 'general-support', circumstances: ['none'], request: 'guidance', owner: 'own', task: 'transaction', identification: 'cannot-use', device: 'supporter' },
      ['own-channel', 'no-eid-alternatives', 'e-authorizations', 'no-supporter-device-login'],
      'own-channel',
    ],
    [
      "R21: another's general use in a service situation",
      { setting: 'service-situation', circumstances: ['none'], request: 'guidance', owner: 'bank-insurer', task: 'general-use', device: 'customer-own' },
      ['refer-service-owner', 'refer-general-support'],
      undefined,
    ],
    [
      "R10 at a general support point; an unasked identification is ignored",
      { setting: 'general-support', circumstances: ['keep-private'], request: 'act-for-me', owner: 'private', task: 'general-use', identification: 'no-eid', device: 'customer-own' },
      ['general-support', 'customer-privacy', 'not-on-behalf'],
      undefined,
    ],
    [
      'owner none: task is not asked, its answer ignored',
      { setting: 'service-situation', circumstances: ['pressure'], request: 'proxy', owner: 'none', task: 'transaction', identification: 'cannot-use', device: 'shared' },
      ['safeguard-customer', 'e-authorizations', 'refer-general-support', 'shared-device-care'],
      'safeguard-customer',
    ],
  ] as const)('%s', (_name, answers, outcomes, first) => {
    const expected = expectationFor(answers as Answers);
    expect(expected.outcomes).toEqual(new Set(outcomes));
    expect(expected.first).toBe(first);
    expect(neverBroken(answers as Answers, outcomes)).toEqual([]);
  });
});

// The v2 tree has 24,448 paths: the slowest test here takes about 3 s on an idle core, so a minute's limit.
describe('the default digital-support tree', { timeout: 60_000 }, () => {
  it('is valid', () => {
    expect(validateTree(tree)).toEqual([]);
  });

  it('survives a JSON round trip: the same tree as plain data, with the same paths', () => {
    const fromJson = JSON.parse(JSON.stringify(tree));
    expect(validateTree(fromJson)).toEqual([]);
    const jsonPaths = enumeratePaths(fromJson);
    expect(jsonPaths.length).toBe(paths.length);
    const differ = jsonPaths.findIndex((p, i) => p.path.join() !== paths[i]!.path.join() || p.outcomes.join() !== paths[i]!.outcomes.join());
    expect(differ).toBe(-1);
  });

  it('lists the brief’s sources for every principle that is not the team’s own inference', () => {
    for (const [id, principle] of Object.entries(tree.principles)) {
      if (principle.status !== 'INFERRED') expect(principle.sources?.length, id).toBeGreaterThan(0);
      for (const source of principle.sources ?? []) expect(source, id).toMatch(/^S[0-9]+$/);
    }
  });

  it('uses the ids its TypeScript types name (contract-ids.ts)', () => {
    expect(tree.id).toBe(TREE_ID);
    expect(Object.keys(tree.questions)).toEqual([...QUESTION_IDS]);
    expect(tree.outcomes.map((o) => o.id)).toEqual([...OUTCOME_IDS]);
  });

  it('uses exactly the contract ids', () => {
    const questions = Object.fromEntries(
      Object.entries(tree.questions).map(([id, q]) => [id, { kind: q.kind, options: q.options.map((o) => o.id).sort(), exclusive: q.options.filter((o) => o.exclusive).map((o) => o.id) }]),
    );
    const contract = Object.fromEntries(
      Object.entries(CONTRACT_QUESTIONS).map(([id, q]) => [id, { kind: q.kind, options: [...q.options].sort(), exclusive: q.exclusive ? [q.exclusive] : [] }]),
    );
    expect(questions).toEqual(contract);
    expect(tree.outcomes.map((o) => o.id).sort()).toEqual([...CONTRACT_OUTCOMES].sort());
  });

  describe('every enumerated path', () => {
    it(`enumerates every walk: 2 settings × ${WALKS_PER_SETTING} (see WALKS_PER_SETTING)`, () => {
      expect(WALKS_PER_SETTING).toBe(12_224);
      expect(paths.length).toBe(2 * WALKS_PER_SETTING);
    });

    it('holds exactly the outcomes R1-R22 require, the required one first, nothing that is never allowed, and asks what the contract asks', () => {
      const breaches = paths.flatMap((p) => contractBreaches(p));
      expect(breaches.length, breaches.slice(0, 20).join('\n')).toBe(0);
    });

    it('names for each course of action exactly the rules that require it (the data behind "because")', () => {
      const wrong: string[] = [];
      for (const p of paths) {
        const expected = new Map<string, Set<string>>();
        for (const requirement of expectationFor(p.answers).requirements) {
          const [rule, outcome] = requirement.split(': ') as [string, string];
          expected.set(outcome, (expected.get(outcome) ?? new Set()).add(rule));
        }
        for (const [outcome, rules] of collectRules(index, p.path, p.answers)) {
          const want = [...(expected.get(outcome) ?? [])].sort().join();
          if ([...rules].sort().join() !== want) wrong.push(`${describeAnswers(p.answers)}: ${outcome} by ${rules.join() || 'no rule'}, the contract says ${want}`);
        }
      }
      expect(wrong.length, wrong.slice(0, 10).join('\n')).toBe(0);
    });

    it('ends every walk with at least one course of action (the guide reports a walk with none as an error)', () => {
      expect(paths.filter((p) => p.outcomes.length === 0).map((p) => describeAnswers(p.answers))).toEqual([]);
    });

    it('exercises every rule, every part of every rule, every first place and every outcome', () => {
      const expectations = paths.map((p) => expectationFor(p.answers));
      expect(new Set(expectations.flatMap((e) => e.rules))).toEqual(new Set(RULES.map((r) => r.id)));
      expect(new Set(expectations.flatMap((e) => e.requirements))).toEqual(new Set(ALL_REQUIREMENTS));
      const firstPlaces = new Set(expectations.map((e) => FIRST_PLACE.find((id) => e.rules.includes(id))).filter((id) => id !== undefined));
      expect(firstPlaces).toEqual(new Set(FIRST_PLACE));
      expect(new Set(paths.flatMap((p) => p.outcomes))).toEqual(new Set(CONTRACT_OUTCOMES));
    });

    it('asks no more than the seven questions, six besides setting', () => {
      expect(Math.max(...paths.map((p) => p.path.length))).toBe(7);
    });
  });

  it('asks a question only where its answer can change the recommendation (setting excepted)', () => {
    // The contract asks `setting` on every walk R1 or R3 has not ended, though not every walk
    // depends on it; hosts usually preset it. Every other question must matter where asked.
    const idle: string[] = [];
    const alternatives = new Map(Object.keys(tree.questions).map((q) => [q, possibleAnswers(index, q).map((v) => [JSON.stringify(v), v] as const)]));
    for (const p of paths) {
      const before = p.outcomes.join();
      const route = p.path.join();
      for (const questionId of p.path) {
        if (questionId === 'setting') continue;
        const given = JSON.stringify(p.answers[questionId]);
        const matters = alternatives.get(questionId)!.some(([key, value]) => {
          if (key === given) return false;
          const other = recommend(tree, { ...p.answers, [questionId]: value });
          return other.status !== 'complete' || other.outcomes.join() !== before || other.path.join() !== route;
        });
        if (!matters) idle.push(`${describeAnswers(p.answers)}: ${questionId} cannot change anything`);
      }
    }
    expect(idle.slice(0, 10)).toEqual([]);
  });

  describe.each([['service-situation'], ['general-support']])('with setting preset to %s', (setting) => {
    const preset = { setting };
    const presetPaths = enumeratePaths(tree, { machine, preset });

    it(`never asks more than ${MAX_ASKED_WITH_SETTING_PRESET} questions`, () => {
      expect(Math.max(...presetPaths.map((p) => asked(p, preset).length))).toBeLessThanOrEqual(MAX_ASKED_WITH_SETTING_PRESET);
    });

    it('still meets the contract on every path', () => {
      expect(presetPaths.length).toBe(WALKS_PER_SETTING);
      const breaches = presetPaths.flatMap((p) => contractBreaches(p, preset));
      expect(breaches.length, breaches.slice(0, 20).join('\n')).toBe(0);
    });
  });

  // Presets of any question but `circumstances`; answers to questions a walk does not ask are ignored.
  it.each([
    [{ owner: 'none' }],
    [{ device: 'supporter' }],
    [{ request: 'repair', owner: 'own' }],
    [{ request: 'proxy', setting: 'general-support' }],
    [{ setting: 'service-situation', owner: 'other-authority', task: 'transaction' }],
    [{ task: 'general-use', identification: 'cannot-use' }],
    [{ identification: 'no-eid', device: 'shared' }],
  ] as Answers[][])('honours the preset %o', (preset) => {
    const presetPaths = enumeratePaths(tree, { machine, preset });
    expect(presetPaths.length).toBeGreaterThan(0);
    const breaches = presetPaths.flatMap((p) => contractBreaches(p, preset));
    expect(breaches.length, breaches.slice(0, 20).join('\n')).toBe(0);
  });

  it.each(NEVER_PRESET.flatMap((q) => [[q, { [q]: ['none'] }], [q, { setting: 'general-support', [q]: ['codes'] }]] as [string, Answers][]))(
    'refuses a preset of %s (%o)',
    (questionId, preset) => {
      // The machine fails with an AnswerError naming the question, so there are no paths...
      const actor = createActor(machine, { input: { preset } });
      actor.subscribe({ error: () => {} });
      actor.start();
      const snapshot = actor.getSnapshot();
      expect(snapshot.status).toBe('error');
      expect(snapshot.error).toMatchObject({ name: 'AnswerError' });
      expect((snapshot.error as Error).message).toContain(`"${questionId}"`);
      let found: number;
      try {
        found = enumeratePaths(tree, { machine, preset }).length;
      } catch {
        found = 0;
      }
      expect(found).toBe(0);
      // ...and the element reports it as an invalid preset, whether given as answers or as the attribute's text.
      const text = Object.entries(preset)
        .map(([q, v]) => `${q}=${typeof v === 'string' ? v : v.join(',')}`)
        .join(';');
      for (const given of [preset, text]) {
        const input = walkInput(index, given, null);
        expect(input.problem?.reason, JSON.stringify(given)).toBe('invalid-preset');
        expect(input.problem?.ids).toContain(questionId);
      }
    },
  );
});
