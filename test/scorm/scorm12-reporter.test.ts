/**
 * The reporter against scorm-again's SCORM 1.2 API in Node (the LMS side): what each quiz event
 * writes to `cmi`, resuming from `cmi.suspend_data`, the 4096-character limit, the best result
 * standing within an LMS attempt, and `LMSFinish`. scorm-again checks neither the choice format
 * nor the suspend data's SCORM 1.2 size, so these tests do.
 */
import { Scorm12API } from 'scorm-again';
import { describe, expect, it, vi } from 'vitest';
import { isChoicePattern, SUSPEND_DATA_LIMIT } from '../../src/scorm/cmi-format.js';
import { drawItems, type QuizItem } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { answer, ANSWERS, attempt, complete, reporter, walk } from './quiz-events.js';

/** The LMS: scorm-again's API, with what it already holds for this learner (as a real LMS loads it). */
function lms(held?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ logLevel: 5 });
  if (held) api.loadFromJSON(held);
  return api;
}

/** What the LMS holds now. */
const cmi = (api: Scorm12API) => api.renderCMIToJSONObject().cmi as Record<string, Record<string, unknown>> & { core: Record<string, unknown> };

describe('interactions a trainer can compare (issue 17 item 2)', () => {
  it('are identical for the same answers in attempts of two seeds: the same id, response and pattern', () => {
    const first = drawItems(tree, scenarios, { seed: 'learner-a', attempt: 1, count: 10 });
    const second = drawItems(tree, scenarios, { seed: 'learner-b', attempt: 3, count: 10 });
    const shared = first.filter((item) => second.some((other) => other.id === item.id));
    expect(shared.length, 'the two attempts share items').toBeGreaterThan(0);
    /** What the LMS records when a learner chooses the item's first wrong option (by what it says, not by where it is shown). */
    const recorded = (item: QuizItem) => {
      const api = lms();
      const { reporter: r } = reporter(api);
      r.initialize();
      const source = JSON.stringify([...item.options].sort((a, b) => JSON.stringify(a.source).localeCompare(JSON.stringify(b.source))).find((o) => !o.correct)!.source);
      const chosen = item.options.filter((o) => JSON.stringify(o.source) === source).map((o) => o.id);
      walk(r, [answer(item.id, chosen, item.options.filter((o) => o.correct).map((o) => o.id))]);
      return cmi(api).interactions![0];
    };
    for (const item of shared) expect(recorded(second.find((other) => other.id === item.id)!), item.id).toEqual(recorded(item));
  });
});

describe('Scorm12Reporter', () => {
  it('reports a passed attempt: status, score 0 to items, one choice interaction per item, the attempt in suspend_data', () => {
    const api = lms();
    const commit = vi.spyOn(api, 'LMSCommit');
    const set = vi.spyOn(api, 'LMSSetValue');
    const { reporter: r, warnings } = reporter(api);
    expect(r.initialize()).toBe(true);
    walk(r, ANSWERS);
    r.complete(complete(3, true));
    const data = cmi(api);
    expect(data.core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: '3', min: '0', max: '3' } });
    expect(Object.values(data.interactions!)).toEqual(
      ANSWERS.map((a) => expect.objectContaining({ id: a.itemId.replace(':', '_'), type: 'choice', result: 'correct', student_response: a.chosen.join(','), correct_responses: { 0: { pattern: a.right.join(',') } } })),
    );
    for (const i of Object.values(data.interactions!) as { student_response: string }[]) expect(isChoicePattern(i.student_response)).toBe(true);
    expect(JSON.parse(String(data.suspend_data))).toEqual(attempt(3, { 'SC13:single': ['c'], 'SC27:choose-2': ['b', 'd'], 'C2:choose-2': ['a', 'e'] }));
    // What was written, not only what the LMS kept: scorm-again quietly rewrites some values (`incorrect` becomes `wrong`).
    expect(set.mock.calls.filter((call: unknown[]) => String(call[0]).startsWith('cmi.interactions.'))).toEqual(
      ANSWERS.flatMap((a, n) => [
        [`cmi.interactions.${n}.id`, a.itemId.replace(':', '_')],
        [`cmi.interactions.${n}.type`, 'choice'],
        [`cmi.interactions.${n}.student_response`, a.chosen.join(',')],
        [`cmi.interactions.${n}.correct_responses.0.pattern`, a.right.join(',')],
        [`cmi.interactions.${n}.result`, 'correct'],
      ]),
    );
    expect(set).toHaveBeenLastCalledWith('cmi.core.exit', '');
    expect(commit).toHaveBeenCalledTimes(1 + ANSWERS.length + 1); // at launch, at each item's end and at the result
    expect(warnings).toEqual([]);
  });

  it('says incomplete and suspend while the attempt is under way', () => {
    const api = lms();
    const { reporter: r } = reporter(api);
    r.initialize();
    walk(r, ANSWERS.slice(0, 1));
    expect(cmi(api).core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
    expect(cmi(api).interactions).toEqual({ 0: expect.objectContaining({ id: 'SC13_single', result: 'correct' }) });
  });

  it('reports a failed attempt with its wrong answers', () => {
    const api = lms();
    const set = vi.spyOn(api, 'LMSSetValue');
    const { reporter: r } = reporter(api);
    r.initialize();
    walk(r, [answer('SC13:single', ['a'], ['c']), ...ANSWERS.slice(1, 2), answer('C2:choose-2', ['a', 'b'], ['a', 'e'])]);
    r.complete(complete(1, false));
    const data = cmi(api);
    expect(data.core).toMatchObject({ lesson_status: 'failed', exit: '', score: { raw: '1', min: '0', max: '3' } });
    expect(Object.values(data.interactions!).map((i) => [(i as Record<string, string>).result, (i as Record<string, string>).student_response])).toEqual([
      ['wrong', 'a'],
      ['correct', 'b,d'],
      ['wrong', 'a,b'],
    ]);
    expect(set).toHaveBeenCalledWith('cmi.interactions.0.result', 'wrong');
  });

  it('gives back the attempt the LMS kept when it resumes, and adds interactions after those of earlier sessions', () => {
    const kept = attempt(1, { 'SC13:single': ['c'] });
    const api = lms({
      core: { entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: JSON.stringify(kept),
      interactions: { 0: { id: 'SC13_single', type: 'choice', student_response: 'c', result: 'correct', correct_responses: { 0: { pattern: 'c' } } } },
    });
    const { reporter: r } = reporter(api);
    r.initialize();
    expect(r.resumeAttempt).toEqual(kept);
    walk(r, ANSWERS.slice(1), { from: 1 });
    r.complete(complete(3, true));
    expect(Object.values(cmi(api).interactions!).map((i) => (i as Record<string, string>).id)).toEqual(ANSWERS.map((a) => a.itemId.replace(':', '_')));
  });

  it.each([
    ['the LMS does not resume (entry is not resume)', { core: { entry: '' }, suspend_data: JSON.stringify(attempt(1)) }, []],
    ['there is nothing kept', { core: { entry: 'resume' } }, []],
    ['what is kept is not JSON', { core: { entry: 'resume' }, suspend_data: 'slide=4' }, ['cmi.suspend_data is not an attempt (not JSON): a new attempt starts']],
  ])('resumes nothing when %s', (_, held, expected) => {
    const { reporter: r, warnings } = reporter(lms(held));
    r.initialize();
    expect(r.resumeAttempt).toBeUndefined();
    expect(warnings).toEqual(expected);
  });

  it('never writes more than 4096 characters of suspend_data: a longer attempt is not kept, with one warning', () => {
    const base = JSON.stringify(attempt(0, {}, { seed: '' })).length;
    const api = lms();
    const { reporter: r, warnings } = reporter(api);
    r.initialize();
    const fits = attempt(0, {}, { seed: 'x'.repeat(SUSPEND_DATA_LIMIT - base) });
    r.progress({ attempt: fits });
    expect(String(cmi(api).suspend_data)).toHaveLength(SUSPEND_DATA_LIMIT);
    const tooLong = attempt(0, {}, { seed: 'x'.repeat(SUSPEND_DATA_LIMIT - base + 1) });
    r.progress({ attempt: tooLong });
    r.progress({ attempt: tooLong });
    expect(cmi(api).suspend_data).toBe('');
    expect(warnings).toEqual([`the attempt takes ${SUSPEND_DATA_LIMIT + 1} characters, more than the 4096 of SCORM 1.2's cmi.suspend_data: it is not kept, so it cannot be resumed`]);
  });

  it('writes no interaction whose values would not be SCORM 1.2 (and warns once)', () => {
    const api = lms();
    const { reporter: r, warnings } = reporter(api);
    r.initialize();
    r.progress({ attempt: attempt(0), answered: answer('SC13 single', ['a'], ['a']) });
    r.progress({ attempt: attempt(0), answered: answer('SC13:single', ['aa'], ['a']) });
    r.progress({ attempt: attempt(0), answered: answer('SC13:single', ['a'], ['B']) });
    expect(api.LMSGetValue('cmi.interactions._count')).toBe('0');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^item "SC13 single" cannot be reported as a SCORM 1.2 choice interaction/);
  });

  describe('the best result of the LMS attempt stands', () => {
    it('taking the quiz again after a pass keeps the pass and the score, and suspends the new attempt', () => {
      const api = lms();
      const { reporter: r } = reporter(api);
      r.initialize();
      walk(r, ANSWERS);
      r.complete(complete(3, true));
      r.progress({ attempt: attempt(0, {}, { attempt: 2 }) }); // Take it again
      expect(cmi(api).core).toMatchObject({ lesson_status: 'passed', exit: 'suspend' });
      r.complete(complete(1, false));
      expect(cmi(api).core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: '3' } });
      expect(cmi(api).interactions).toHaveProperty('2'); // the new attempt's answers are still recorded
    });

    it("keeps an earlier session's pass and raises an earlier fail's score", () => {
      const passedBefore = lms({ core: { lesson_status: 'passed', score: { raw: '3', min: '0', max: '3' } } });
      const a = reporter(passedBefore).reporter;
      a.initialize();
      a.progress({ attempt: attempt(0) });
      expect(cmi(passedBefore).core.lesson_status).toBe('passed');
      a.complete(complete(2, false));
      expect(cmi(passedBefore).core).toMatchObject({ lesson_status: 'passed', score: { raw: '3' } });

      const failedBefore = lms({ core: { lesson_status: 'failed', score: { raw: '1', min: '0', max: '3' } } });
      const b = reporter(failedBefore).reporter;
      b.initialize();
      b.complete(complete(2, false));
      expect(cmi(failedBefore).core).toMatchObject({ lesson_status: 'failed', score: { raw: '2' } });
    });
  });

  it('finishes once, with the session time, and reports nothing after', () => {
    const api = lms();
    const finish = vi.spyOn(api, 'LMSFinish');
    const { reporter: r, advance } = reporter(api);
    r.initialize();
    const set = vi.spyOn(api, 'LMSSetValue');
    advance(61_000);
    r.finish();
    r.finish();
    expect(finish).toHaveBeenCalledTimes(1);
    expect(finish).toHaveBeenCalledWith('');
    expect(set.mock.calls).toEqual([['cmi.core.session_time', '00:01:01.00']]);
    r.progress({ attempt: attempt(0) });
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('reports nothing when the LMS refuses LMSInitialize, and says why', () => {
    const api = lms();
    vi.spyOn(api, 'LMSInitialize').mockReturnValue('false');
    vi.spyOn(api, 'LMSGetLastError').mockReturnValue('101');
    const set = vi.spyOn(api, 'LMSSetValue');
    const { reporter: r, warnings } = reporter(api);
    expect(r.initialize()).toBe(false);
    r.progress({ attempt: attempt(0), answered: ANSWERS[0] });
    r.complete(complete(3, true));
    expect(set).not.toHaveBeenCalled();
    expect(warnings).toEqual([`LMSInitialize('') failed (101: ${api.LMSGetErrorString('101')}): nothing will be recorded`]);
  });

  it('warns once per element the LMS refuses, with its error', () => {
    const api = lms();
    const original = api.LMSSetValue.bind(api);
    vi.spyOn(api, 'LMSSetValue').mockImplementation((element: string, value: unknown): string => (element.endsWith('.result') ? 'false' : original(element, value)));
    vi.spyOn(api, 'LMSGetLastError').mockReturnValue('405');
    const { reporter: r, warnings } = reporter(api);
    r.initialize();
    walk(r, ANSWERS);
    expect(warnings).toEqual([`LMSSetValue('cmi.interactions.0.result', "correct") failed (405: ${api.LMSGetErrorString('405')})`]);
  });

  it('sets incomplete and suspend at launch, committed, before the quiz has started', () => {
    const api = lms();
    const commit = vi.spyOn(api, 'LMSCommit');
    const { reporter: r } = reporter(api);
    r.initialize();
    expect(cmi(api).core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
    expect(commit).toHaveBeenCalledTimes(1);
  });

  it.each(['passed', 'failed', 'completed'])('keeps a status of %s the LMS holds for this attempt at launch', (status) => {
    const api = lms({ core: { lesson_status: status, score: { raw: '2', min: '0', max: '3' } } });
    const set = vi.spyOn(api, 'LMSSetValue');
    const { reporter: r } = reporter(api);
    r.initialize();
    expect(set).not.toHaveBeenCalled();
    r.progress({ attempt: attempt(0) });
    expect(cmi(api).core.lesson_status).toBe(status);
  });

  it('does not call LMSFinish when the LMS accepted no status (it would record not attempted as completed)', () => {
    const api = lms();
    const original = api.LMSSetValue.bind(api);
    vi.spyOn(api, 'LMSSetValue').mockImplementation((element: string, value: unknown): string => (element === 'cmi.core.lesson_status' ? 'false' : original(element, value)));
    const finish = vi.spyOn(api, 'LMSFinish');
    const { reporter: r, warnings } = reporter(api);
    r.initialize();
    r.finish();
    expect(finish).not.toHaveBeenCalled();
    expect(warnings.at(-1)).toBe('no status was accepted by the LMS: LMSFinish is not called, as it would record the attempt as completed');
  });

  it('commits without finishing when asked to (the page goes into the back-forward cache), and records on after it', () => {
    const api = lms();
    const commit = vi.spyOn(api, 'LMSCommit');
    const finish = vi.spyOn(api, 'LMSFinish');
    const { reporter: r } = reporter(api);
    r.initialize();
    r.progress({ attempt: attempt(0) });
    r.flush();
    expect(commit).toHaveBeenCalledTimes(2);
    expect(finish).not.toHaveBeenCalled();
    walk(r, ANSWERS, { from: 0 });
    r.complete(complete(3, true));
    expect(cmi(api).core.lesson_status).toBe('passed');
  });

  describe('an unreadable cmi.interactions._count', () => {
    it.each([[''], ['three'], [undefined], ['-1']])('(%j) writes no interaction, so that earlier ones are not overwritten, and warns once', (count) => {
      const api = lms({ interactions: { 0: { id: 'SC13:single', type: 'choice', student_response: 'c', result: 'correct', correct_responses: { 0: { pattern: 'c' } } } } });
      const original = api.LMSGetValue.bind(api);
      vi.spyOn(api, 'LMSGetValue').mockImplementation((element: string) => (element === 'cmi.interactions._count' ? (count as string) : original(element)));
      const set = vi.spyOn(api, 'LMSSetValue');
      const { reporter: r, warnings } = reporter(api);
      r.initialize();
      walk(r, ANSWERS);
      r.complete(complete(3, true));
      expect(set.mock.calls.filter((call: unknown[]) => String(call[0]).startsWith('cmi.interactions.'))).toEqual([]);
      expect(cmi(api).interactions).toEqual({ 0: expect.objectContaining({ id: 'SC13:single' }) });
      expect(cmi(api).core).toMatchObject({ lesson_status: 'passed', score: { raw: '3' } });
      expect(warnings).toEqual([`cmi.interactions._count is unreadable (${JSON.stringify(count ?? '')}): answers are not recorded as interactions, so that earlier ones are not overwritten`]);
    });
  });

  describe('an LMS API that throws', () => {
    const boom = () => {
      throw new Error('LMS down');
    };

    it('LMSInitialize: not recorded, no further call, nothing thrown', () => {
      const api = lms();
      vi.spyOn(api, 'LMSInitialize').mockImplementation(boom);
      const get = vi.spyOn(api, 'LMSGetValue');
      const { reporter: r, warnings, stops } = reporter(api);
      expect(r.initialize()).toBe(false);
      expect(r.notRecorded).toBe('lms-error');
      walk(r, ANSWERS);
      r.complete(complete(3, true));
      r.finish();
      expect(get).not.toHaveBeenCalled();
      expect(warnings).toEqual(["LMSInitialize threw (Error: LMS down): nothing more will be recorded"]);
      expect(stops).toEqual([]); // initialize's answer says it
    });

    it.each([
      ['cmi.core.lesson_mode', 0],
      ['cmi.interactions._count', 3],
      ['cmi.core.lesson_status', 4],
    ])('LMSGetValue at launch (%s): not recorded, one warning, nothing written, and LMSFinish is not called', (element, calls) => {
      const api = lms();
      const original = api.LMSGetValue.bind(api);
      let n = 0;
      vi.spyOn(api, 'LMSGetValue').mockImplementation((e: string) => (n++ === calls ? boom() : original(e)));
      const set = vi.spyOn(api, 'LMSSetValue');
      const finish = vi.spyOn(api, 'LMSFinish');
      const { reporter: r, warnings } = reporter(api);
      expect(r.initialize()).toBe(false);
      expect(r.notRecorded).toBe('lms-error');
      r.finish();
      expect(set).not.toHaveBeenCalled();
      expect(finish).not.toHaveBeenCalled();
      expect(warnings).toEqual([`LMSGetValue('${element}') threw (Error: LMS down): nothing more will be recorded`]);
    });

    it.each(['LMSSetValue', 'LMSCommit'] as const)('%s during the attempt: reporting stops for good (onStop once), nothing thrown, no LMSFinish', (method) => {
      const api = lms();
      const { reporter: r, warnings, stops } = reporter(api);
      expect(r.initialize()).toBe(true);
      const failing = vi.spyOn(api, method).mockImplementation(boom);
      const finish = vi.spyOn(api, 'LMSFinish');
      expect(() => {
        walk(r, ANSWERS);
        r.complete(complete(3, true));
        r.flush();
        r.finish();
      }).not.toThrow();
      expect(failing).toHaveBeenCalledTimes(1);
      expect(finish).not.toHaveBeenCalled();
      expect(stops).toEqual(['lms-error']);
      expect(r.notRecorded).toBe('lms-error');
      expect(warnings).toEqual([expect.stringMatching(new RegExp(`^${method === 'LMSSetValue' ? "LMSSetValue\\('cmi\\.core\\.lesson_status'\\)" : 'LMSCommit'} threw \\(Error: LMS down\\): nothing more will be recorded$`))]);
    });

    it('LMSGetLastError while telling a refusal: the warning says so, and reporting goes on', () => {
      const api = lms();
      vi.spyOn(api, 'LMSCommit').mockReturnValue('false');
      vi.spyOn(api, 'LMSGetLastError').mockImplementation(boom);
      const { reporter: r, warnings } = reporter(api);
      expect(r.initialize()).toBe(true);
      walk(r, ANSWERS);
      expect(warnings).toEqual(["LMSCommit('') failed (the error could not be read: Error: LMS down)"]);
    });
  });
});
