/**
 * The Moodle stand-in (test/support/moodle-scorm12.ts) does what Moodle's SCORM 1.2 player does,
 * so that the adapter's tests under it say something about Moodle: each case here is a rule read
 * in moodle/moodle's `mod/scorm/datamodels/scorm_12.js`, `scorm_12lib.php` or `locallib.php`.
 */
import { describe, expect, it } from 'vitest';
import { addTime, highestGrade, launchDefaults, learningObjectsGrade, MoodleScorm12Api, relaunch, storeTracks, type LessonMode, type Tracks } from '../support/moodle-scorm12.js';

/** An LMS that keeps one learner's attempt of the SCO across launches. */
function moodle(initial: Tracks = {}) {
  const lms = { tracks: initial, requests: [] as { values: Record<string, string>; finishing: boolean }[] };
  const launch = (mode: LessonMode = 'normal', tracks = lms.tracks) =>
    new MoodleScorm12Api({
      tracks,
      mode,
      store: (values, finishing) => {
        lms.requests.push({ values: { ...values }, finishing });
        lms.tracks = storeTracks(lms.tracks, values);
        return true;
      },
    });
  return { lms, launch };
}

describe('the Moodle stand-in', () => {
  it('records an SCO opened and left with nothing set as completed: a full grade under "Learning objects" (StoreData at LMSFinish)', () => {
    const { lms, launch } = moodle();
    const api = launch();
    expect(api.LMSInitialize('')).toBe('true');
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('not attempted');
    expect(api.LMSGetValue('cmi.core.entry')).toBe('ab-initio');
    expect(api.LMSFinish('')).toBe('true');
    expect(lms.tracks['cmi.core.lesson_status']).toBe('completed');
    expect(learningObjectsGrade(lms.tracks)).toBe(1);
  });

  it('records completed in browse mode too: the not-attempted rule comes before the browsed one', () => {
    const { lms, launch } = moodle();
    const api = launch('browse');
    api.LMSInitialize('');
    expect(api.LMSGetValue('cmi.core.lesson_mode')).toBe('browse');
    expect(api.LMSGetValue('cmi.core.credit')).toBe('no-credit');
    api.LMSFinish('');
    expect(lms.tracks['cmi.core.lesson_status']).toBe('completed');
  });

  it('keeps a status the SCO set, sends only what changed since the last request, and adds the session to the total time', () => {
    const { lms, launch } = moodle();
    const api = launch();
    api.LMSInitialize('');
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    api.LMSCommit('');
    api.LMSSetValue('cmi.core.session_time', '00:01:30.50');
    api.LMSFinish('');
    expect(lms.requests).toEqual([
      { values: { 'cmi.core.lesson_status': 'incomplete' }, finishing: false },
      { values: { 'cmi.core.total_time': '00:01:30.50' }, finishing: true },
    ]);
    expect(learningObjectsGrade(lms.tracks)).toBe(0);
  });

  it('refuses values Moodle refuses: a status of not attempted, a score over 100, a read-only or unknown element, reading a write-only one', () => {
    const { launch } = moodle();
    const api = launch();
    expect(api.LMSSetValue('cmi.core.lesson_status', 'incomplete')).toBe('false');
    expect(api.LMSGetLastError()).toBe('301');
    api.LMSInitialize('');
    expect([api.LMSSetValue('cmi.core.lesson_status', 'not attempted'), api.LMSGetLastError()]).toEqual(['false', '405']);
    expect([api.LMSSetValue('cmi.core.score.raw', '101'), api.LMSGetLastError()]).toEqual(['false', '405']);
    expect([api.LMSSetValue('cmi.core.entry', 'resume'), api.LMSGetLastError()]).toEqual(['false', '403']);
    expect([api.LMSSetValue('cmi.core.nonsense', 'x'), api.LMSGetLastError()]).toEqual(['false', '201']);
    expect([api.LMSGetValue('cmi.core.exit'), api.LMSGetLastError()]).toEqual(['', '404']);
    expect(api.LMSGetErrorString('405')).toBe('Incorrect data type');
    expect(api.LMSSetValue('cmi.core.score.raw', '7')).toBe('true');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe(7); // kept as a number, as scorm_12.js does
  });

  it('takes interactions in index order only (n at most _count), and gives stored ones back with their count', () => {
    const { lms, launch } = moodle();
    const api = launch();
    api.LMSInitialize('');
    expect([api.LMSSetValue('cmi.interactions.1.id', 'A'), api.LMSGetLastError()]).toEqual(['false', '201']);
    expect(api.LMSSetValue('cmi.interactions.0.id', 'A')).toBe('true');
    expect(api.LMSSetValue('cmi.interactions.0.correct_responses.0.pattern', 'a')).toBe('true');
    expect(api.LMSSetValue('cmi.interactions.1.id', 'B')).toBe('true');
    expect(api.LMSGetValue('cmi.interactions._count')).toBe(2);
    api.LMSFinish('');
    expect(lms.tracks).toMatchObject({ 'cmi.interactions.0.id': 'A', 'cmi.interactions.0.correct_responses.0.pattern': 'a', 'cmi.interactions.1.id': 'B' });
    const again = launch(relaunch(lms.tracks).mode);
    again.LMSInitialize('');
    expect(again.LMSGetValue('cmi.interactions._count')).toBe(2);
  });

  it('sets entry from the stored status and exit, and relaunches a complete attempt in review mode (scorm_check_mode)', () => {
    expect(launchDefaults({}, 'normal')['cmi.core.entry']).toBe('ab-initio');
    expect(launchDefaults({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' }, 'normal')['cmi.core.entry']).toBe('resume');
    expect(launchDefaults({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': '' }, 'normal')['cmi.core.entry']).toBe('');
    expect(relaunch({ 'cmi.core.lesson_status': 'incomplete' }).mode).toBe('normal');
    for (const status of ['passed', 'failed', 'completed']) expect(relaunch({ 'cmi.core.lesson_status': status }).mode).toBe('review');
    expect(relaunch({ 'cmi.core.lesson_status': 'failed' }, { newAttempt: true })).toEqual({ tracks: {}, mode: 'normal' });
    expect(relaunch({ 'cmi.core.lesson_status': 'incomplete' }, { newAttempt: true }).mode).toBe('normal'); // no new attempt while incomplete
  });

  it('grades as Moodle does: "Learning objects" counts completed or passed, "Highest grade" takes score.raw', () => {
    expect([learningObjectsGrade({ 'cmi.core.lesson_status': 'passed' }), learningObjectsGrade({ 'cmi.core.lesson_status': 'failed' }), learningObjectsGrade({})]).toEqual([1, 0, 0]);
    expect([highestGrade({ 'cmi.core.score.raw': '7' }), highestGrade({})]).toEqual([7, undefined]);
  });

  it('adds times as AddTime does', () => {
    expect(addTime('00:00:00', '00:01:01.00')).toBe('00:01:01');
    expect(addTime('01:59:59.50', '00:00:00.75')).toBe('02:00:00.25');
  });
});
