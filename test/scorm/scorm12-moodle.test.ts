/**
 * The reporter under Moodle's SCORM 1.2 player (the stand-in of test/support/moodle-scorm12.ts,
 * written from Moodle's code), over launches of one learner's attempt as Moodle keeps it: only a
 * finished attempt is passed or failed, and nothing turns an unstarted or unfinished one into
 * completed, a full grade under "Learning objects".
 */
import { describe, expect, it } from 'vitest';
import type { Scorm12Api } from '../../src/scorm/scorm12-api.js';
import { highestGrade, learningObjectsGrade, MoodleScorm12Api, relaunch, storeTracks, type LessonMode, type Tracks } from '../support/moodle-scorm12.js';
import { ANSWERS, attempt, complete, FAILING, reporter, walk } from './quiz-events.js';

/** One learner's attempt as Moodle keeps it, launched again and again. */
function moodle(initial: Tracks = {}) {
  const lms = { tracks: initial, requests: 0 };
  const launch = (mode: LessonMode = 'normal') => {
    const api = new MoodleScorm12Api({
      tracks: lms.tracks,
      mode,
      store: (values) => {
        lms.requests++;
        lms.tracks = storeTracks(lms.tracks, values);
        return true;
      },
    });
    // Moodle's LMSGetValue returns numbers for some elements: the reporter takes what it gets.
    return { api, ...reporter(api as unknown as Scorm12Api) };
  };
  /** The next launch as Moodle makes it (scorm_check_mode): review mode once the attempt is complete. */
  const relaunched = () => launch(relaunch(lms.tracks).mode);
  return { lms, launch, relaunched };
}

const interactionIds = (tracks: Tracks) => Object.keys(tracks).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).map((k) => tracks[k]);

describe('under Moodle', () => {
  it('open and leave: incomplete from the first call, never completed (Learning objects: 0)', () => {
    const { lms, launch } = moodle();
    const { reporter: r, api } = launch();
    expect(r.initialize()).toBe(true);
    expect(api.value('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.tracks['cmi.core.lesson_status']).toBe('incomplete'); // committed at once, before Start
    r.finish();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' });
    expect(lms.tracks['cmi.core.score.raw']).toBeUndefined();
    expect(learningObjectsGrade(lms.tracks)).toBe(0);
    expect(api.calls.map((c) => c.name)).toContain('LMSFinish');
  });

  it('leave mid-attempt: incomplete, suspended, the answers so far as interactions; the relaunch resumes and a pass ends it', () => {
    const { lms, launch, relaunched } = moodle();
    const first = launch();
    first.reporter.initialize();
    walk(first.reporter, ANSWERS.slice(0, 2), { stopAfterAnswer: true });
    first.reporter.finish();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' });
    expect(JSON.parse(lms.tracks['cmi.suspend_data']!)).toEqual(attempt(1, { 'SC13:single': ['c'], 'SC27:choose-2': ['b', 'd'] }));
    expect(interactionIds(lms.tracks)).toEqual(['SC13_single', 'SC27_choose-2']);
    expect(learningObjectsGrade(lms.tracks)).toBe(0);

    const second = relaunched();
    expect(second.api.value('cmi.core.lesson_mode')).toBe('normal');
    expect(second.api.value('cmi.core.entry')).toBe('resume');
    expect(second.reporter.initialize()).toBe(true);
    expect(second.reporter.resumeAttempt).toEqual(attempt(1, { 'SC13:single': ['c'], 'SC27:choose-2': ['b', 'd'] }));
    second.reporter.progress({ attempt: attempt(2, { 'SC13:single': ['c'], 'SC27:choose-2': ['b', 'd'] }) }); // Next
    walk(second.reporter, ANSWERS.slice(2), { from: 2 });
    second.reporter.complete(complete(3, true));
    second.reporter.finish();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '', 'cmi.core.score.raw': '3', 'cmi.core.score.min': '0', 'cmi.core.score.max': '3' });
    expect(interactionIds(lms.tracks)).toEqual(ANSWERS.map((a) => a.itemId.replace(':', '_')));
    expect([learningObjectsGrade(lms.tracks), highestGrade(lms.tracks)]).toEqual([1, 3]);
  });

  it('pass: passed with score.raw, min and max; Learning objects 1, Highest grade the score', () => {
    const { lms, launch } = moodle();
    const { reporter: r, warnings } = launch();
    r.initialize();
    walk(r, ANSWERS);
    expect(lms.tracks['cmi.core.lesson_status']).toBe('incomplete');
    r.complete(complete(3, true));
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '3', 'cmi.core.score.max': '3' }); // committed at the end
    r.finish();
    expect([learningObjectsGrade(lms.tracks), highestGrade(lms.tracks)]).toEqual([1, 3]);
    expect(warnings).toEqual([]);
  });

  it('fail: failed with its score; Learning objects 0', () => {
    const { lms, launch } = moodle();
    const { reporter: r } = launch();
    r.initialize();
    walk(r, FAILING);
    r.complete(complete(1, false));
    r.finish();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '1', 'cmi.core.exit': '' });
    expect(lms.tracks['cmi.interactions.0.result']).toBe('wrong');
    expect([learningObjectsGrade(lms.tracks), highestGrade(lms.tracks)]).toEqual([0, 1]);
  });

  it('"Take it again" keeps the best result of the LMS attempt, and an unfinished retake never makes it completed', () => {
    const { lms, launch, relaunched } = moodle();
    const { reporter: r } = launch();
    r.initialize();
    walk(r, FAILING);
    r.complete(complete(1, false));
    walk(r, ANSWERS.slice(0, 1), { number: 2, stopAfterAnswer: true }); // Take it again, leave after one answer
    r.finish();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '1' });
    expect(learningObjectsGrade(lms.tracks)).toBe(0);

    // Moodle relaunches a complete attempt in review mode: nothing more is recorded in it.
    const review = relaunched();
    expect(review.reporter.initialize()).toBe(false);
    expect(review.reporter.notRecorded).toBe('review');

    // The learner's new attempt: a pass, then a retake that fails, still passed at its best score.
    const { lms: next, launch: launchNext } = moodle(relaunch(lms.tracks, { newAttempt: true }).tracks);
    const n = launchNext();
    n.reporter.initialize();
    walk(n.reporter, ANSWERS);
    n.reporter.complete(complete(3, true));
    walk(n.reporter, FAILING, { number: 2 });
    n.reporter.complete(complete(1, false));
    n.reporter.finish();
    expect(next.tracks).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '3', 'cmi.core.exit': '' });
    expect(interactionIds(next.tracks)).toHaveLength(6); // the retake's answers are recorded too
    expect(learningObjectsGrade(next.tracks)).toBe(1);
  });

  it.each(['browse', 'review'] as const)('writes nothing in %s mode and does not call LMSFinish (which would record completed)', (mode) => {
    const { lms, launch } = moodle(mode === 'review' ? { 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '1', 'cmi.core.exit': '' } : {});
    const before = lms.tracks;
    const { reporter: r, api, warnings } = launch(mode);
    expect(r.initialize()).toBe(false);
    expect(r.notRecorded).toBe(mode);
    walk(r, ANSWERS);
    r.complete(complete(3, true));
    r.finish();
    expect(api.calls.map((c) => c.name).filter((name) => name !== 'LMSGetValue')).toEqual(['LMSInitialize']);
    expect(lms.requests).toBe(0);
    expect(lms.tracks).toBe(before);
    expect(warnings).toEqual([`the LMS launched the package in ${mode} mode: nothing will be recorded`]);
  });

  it('commits at launch, at each item end and at the result: 5 for 3 items, not after every value', () => {
    const { launch } = moodle();
    const { reporter: r, api } = launch();
    r.initialize();
    walk(r, ANSWERS);
    r.complete(complete(3, true));
    const commits = api.calls.filter((c) => c.name === 'LMSCommit');
    expect(commits).toHaveLength(1 + ANSWERS.length + 1);
    // Each item end commits its interaction: the call before each commit (after the launch's) is the item's suspend data.
    const before = api.calls.flatMap((c, i) => (c.name === 'LMSCommit' ? [api.calls[i - 1]!.args[0]] : []));
    expect(before).toEqual(['cmi.core.exit', 'cmi.suspend_data', 'cmi.suspend_data', 'cmi.suspend_data', 'cmi.core.exit']);
  });

  it('keeps an earlier score within the current range: raw 40 of an earlier 45-item package, now 3 items', () => {
    const { lms, launch } = moodle({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '40', 'cmi.core.score.min': '0', 'cmi.core.score.max': '45', 'cmi.core.exit': 'suspend' });
    const { reporter: r } = launch();
    r.initialize();
    walk(r, FAILING);
    r.complete(complete(1, false));
    r.finish();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '3', 'cmi.core.score.max': '3' });
  });
});
