/**
 * The SCORM 1.2 packages under Moodle's player, in Chromium: the LMS page's `window.API` is the
 * Moodle stand-in (test/support/moodle-scorm12.ts, written from Moodle's scorm_12.js,
 * scorm_12lib.php and locallib.php), served to the page transpiled. It keeps one learner's attempt
 * as Moodle's tracks, stores what `StoreData` sends (a synchronous request, a beacon while the page
 * unloads, as Moodle's request.js does), and launches again as Moodle would (`scorm_check_mode`:
 * review mode once the attempt is complete). The packages are built by `npm run package:scorm`'s
 * own function and served under a strict CSP, each in a frame of the LMS page.
 *
 * Cases: open and leave (incomplete, never completed), leave mid-attempt then relaunch and finish
 * (resumes, passed with the score), a fail in the Swedish package (which launches in Swedish), "Take
 * it again" (the best result stands; the complete attempt's relaunch is review mode and records
 * nothing), browse mode (nothing written), an API that throws at launch or mid-attempt (practice
 * with the notice, no page error), and a pagehide into the back-forward cache (no LMSFinish).
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drawItems, type QuizItem } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { DEFAULT_PACKAGE_CONFIG, packageScormAll, SCORM_LOCALES, scormPackagePath, type ScormLocale } from '../../scripts/scorm-package.js';
import { quizTitle } from '../../src/components/quiz/quiz-text.js';
import { catalogue } from '../../src/generated/quiz/catalogue.js';
import { msgFor, uiLocale } from '../../src/localization.js';
import { highestGrade, learningObjectsGrade, relaunch, storeTracks, type LessonMode, type Tracks } from '../support/moodle-scorm12.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { answer, CONTENT_TYPES, openPage, PACKAGE_CSP } from '../support/scorm-lms-page.js';

const ITEMS = DEFAULT_PACKAGE_CONFIG.items!;

/** The Moodle stand-in as the LMS page loads it: the TypeScript file, transpiled (it imports nothing). */
const MOODLE_JS = ts.transpileModule(readFileSync(new URL('../support/moodle-scorm12.ts', import.meta.url), 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 },
}).outputText;

const LMS_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moodle</title><script type="module" src="/lms/lms.js"></script></head><body></body></html>';

/**
 * The LMS page's script: the launch's tracks and mode from the server, Moodle's API on the window
 * (with one of its functions made to throw from a given call on, when the test says so), then the
 * package's launch page in a frame.
 */
const LMS_SCRIPT = `import { MoodleScorm12Api } from '/lms/moodle.js';
const state = await (await fetch('/lms/state')).json();
const store = (values, finishing) => {
  const body = JSON.stringify({ values, finishing });
  try {
    const request = new XMLHttpRequest();
    request.open('POST', '/lms/store', false);
    request.setRequestHeader('Content-Type', 'application/json');
    request.send(body);
    return request.status === 200;
  } catch {
    // No synchronous request while a page unloads: Moodle's request.js sends a beacon then.
    return navigator.sendBeacon('/lms/store', new Blob([body], { type: 'text/plain' }));
  }
};
const api = new MoodleScorm12Api({ tracks: state.tracks, mode: state.mode, store });
if (state.fault) {
  const { method, after } = state.fault;
  const original = api[method].bind(api);
  let calls = 0;
  api[method] = (...args) => {
    if (calls++ >= after) throw new Error('LMS down');
    return original(...args);
  };
}
window.API = api;
const frame = document.createElement('iframe');
frame.src = '/package/' + state.launch;
frame.title = 'SCORM package';
frame.width = '900';
frame.height = '1200';
document.body.append(frame);
`;

interface StoreRequest {
  readonly values: Readonly<Record<string, string>>;
  readonly finishing: boolean;
}

/** What the LMS keeps: the launch, the attempt's tracks, the requests StoreData made, and a fault to inject. */
interface MoodleLms {
  launch: string;
  mode: LessonMode;
  tracks: Tracks;
  requests: StoreRequest[];
  fault?: { readonly method: string; readonly after: number };
}

const packages = {} as Record<ScormLocale, Record<string, Uint8Array>>;
let served: PageServer;
let browser: Browser;
let origin: string;
let lms: MoodleLms;

beforeAll(async () => {
  await packageScormAll();
  for (const locale of SCORM_LOCALES) packages[locale] = unzipSync(readFileSync(scormPackagePath(locale)));
  served = await startPageServer((request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    const js = { 'Content-Type': 'text/javascript' };
    if (url.pathname === '/lms/') response.writeHead(200, { 'Content-Type': 'text/html' }).end(LMS_PAGE);
    else if (url.pathname === '/lms/moodle.js') response.writeHead(200, js).end(MOODLE_JS);
    else if (url.pathname === '/lms/lms.js') response.writeHead(200, js).end(LMS_SCRIPT);
    else if (url.pathname === '/lms/state') response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ launch: lms.launch, mode: lms.mode, tracks: lms.tracks, fault: lms.fault }));
    else if (url.pathname === '/lms/store' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const stored = JSON.parse(body) as StoreRequest;
        lms.requests.push(stored);
        lms.tracks = storeTracks(lms.tracks, stored.values);
        response.writeHead(200, { 'Content-Type': 'text/plain' }).end('true\n0');
      });
    } else if (/^\/package\/(fi|sv|en)\//.test(url.pathname)) {
      const [, , locale, ...rest] = url.pathname.split('/');
      const name = rest.join('/');
      const file = packages[locale as ScormLocale][name];
      if (file) response.writeHead(200, { 'Content-Security-Policy': PACKAGE_CSP, 'Content-Type': CONTENT_TYPES[name.split('.').pop()!]! }).end(file);
      else response.writeHead(404).end();
    } else response.writeHead(404).end();
  });
  ({ origin, browser } = served);
}, 240_000);

afterAll(() => served?.close());

beforeEach(() => {
  lms = { launch: 'fi/index.html', mode: 'normal', tracks: {}, requests: [] };
});

const NOTICE = {
  fi: 'Tuloksiasi ei tallenneta: tämä on vain harjoitusta.',
  sv: 'Dina resultat sparas inte: det här är bara övning.',
  en: 'Your results are not being recorded: this is practice only.',
} as const;

/** Launches the package as Moodle does now: the LMS page, the package in its frame, the quiz on screen. */
async function launch(page: Page): Promise<Frame> {
  await page.goto(`${origin}/lms/`);
  await page.frameLocator('iframe').locator('digituki-quiz [part~="base"]').waitFor();
  return page.frames().find((f) => f.url().includes('/package/'))!;
}

/** Leaves the package (the LMS page goes elsewhere): with `finishing`, waits for LMSFinish's request. */
async function leave(page: Page, { finishing = true } = {}): Promise<void> {
  await page.goto('about:blank');
  if (finishing) await expect.poll(() => lms.requests.some((r) => r.finishing), { timeout: 10_000 }).toBe(true);
  else await new Promise((resolve) => setTimeout(resolve, 500)); // a request LMSFinish made would be here by now
}

/** The next launch as Moodle makes it (scorm_check_mode), with what it kept. */
function relaunchLms(options?: { newAttempt?: boolean }): void {
  const next = relaunch(lms.tracks, options);
  lms = { ...lms, tracks: next.tracks, mode: next.mode, requests: [] };
}

const notice = (frame: Frame) => frame.locator('digituki-quiz [part~="notice"]');
/** The API functions the package called, from the LMS page. */
const apiCalls = (page: Page) => page.evaluate(() => (window as unknown as { API: { calls: { name: string }[] } }).API.calls.map((c) => c.name));
const interactionIds = (tracks: Tracks) => Object.keys(tracks).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2])).map((k) => tracks[k]);
const items = (seed: string, attempt = 1): QuizItem[] => drawItems(tree, scenarios, { seed, attempt, count: ITEMS });

describe('under Moodle (the stand-in of scorm_12.js), in Chromium under a strict CSP', () => {
  it('open and leave: incomplete from the first call, never completed (Learning objects 0)', { timeout: 30_000 }, async () => {
    const { page, problems, adapter } = await openPage(browser);
    const frame = await launch(page);
    await frame.locator('digituki-quiz [part~="intro"]').waitFor();
    expect(await frame.locator('html').getAttribute('lang')).toBe('fi');
    expect(lms.requests).toEqual([{ values: { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' }, finishing: false }]); // before Start
    expect(await notice(frame).count()).toBe(0);
    await leave(page);
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' });
    expect(lms.tracks['cmi.core.score.raw']).toBeUndefined();
    expect(learningObjectsGrade(lms.tracks)).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
  });

  it('leave mid-attempt (incomplete, suspended), relaunch (resumes), finish: passed with score.raw, min and max', { timeout: 60_000 }, async () => {
    const seed = 'moodle-resume';
    const drawn = items(seed);
    lms.launch = `en/index.html?seed=${seed}`;
    const { page, problems, adapter } = await openPage(browser);
    let frame = await launch(page);
    await answer(frame, drawn, 0, 4, [], { checkOnly: true }); // leaves on the fourth item's feedback
    await leave(page);
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend' });
    expect(JSON.parse(lms.tracks['cmi.suspend_data']!)).toMatchObject({ seed, done: 3 });
    expect(interactionIds(lms.tracks)).toEqual(drawn.slice(0, 4).map((item) => item.id.replace(':', '_')));
    expect(learningObjectsGrade(lms.tracks)).toBe(0);

    relaunchLms();
    expect(lms.mode).toBe('normal');
    frame = await launch(page);
    // The fourth item's feedback, not the introduction: the quiz took the attempt from cmi.suspend_data.
    await frame.locator('digituki-quiz [part~="feedback"] button.primary').click();
    await answer(frame, drawn, 4, ITEMS);
    await frame.locator('digituki-quiz [part~="result"]').waitFor();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '', 'cmi.core.score.raw': String(ITEMS), 'cmi.core.score.min': '0', 'cmi.core.score.max': String(ITEMS) });
    await leave(page);
    expect(interactionIds(lms.tracks)).toEqual(drawn.map((item) => item.id.replace(':', '_')));
    expect([learningObjectsGrade(lms.tracks), highestGrade(lms.tracks)]).toEqual([1, ITEMS]);
    expect(lms.tracks['cmi.core.total_time']).toMatch(/^\d\d:\d\d:\d\d/);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
  });

  it('fail, in the Swedish package: it launches in Swedish; failed with its score (Learning objects 0)', { timeout: 60_000 }, async () => {
    const seed = 'moodle-fail';
    const drawn = items(seed);
    lms.launch = `sv/index.html?seed=${seed}`;
    const { page, problems, adapter } = await openPage(browser);
    const frame = await launch(page);
    expect(await frame.locator('html').getAttribute('lang')).toBe('sv');
    expect(await frame.title()).toBe(quizTitle(msgFor(catalogue, uiLocale('sv'))));
    expect(await frame.locator('digituki-quiz [part~="intro"] button.primary').textContent()).toBe('Börja');
    await answer(frame, drawn, 0, ITEMS, [0, 5]);
    await frame.locator('digituki-quiz [part~="result"]').waitFor();
    await leave(page);
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': String(ITEMS - 2), 'cmi.core.score.max': String(ITEMS), 'cmi.interactions.0.result': 'wrong' });
    expect([learningObjectsGrade(lms.tracks), highestGrade(lms.tracks)]).toEqual([0, ITEMS - 2]);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
  });

  it('"Take it again" keeps the best result (passed, 10), an unfinished retake leaves it so, and the relaunch in review mode records nothing', { timeout: 90_000 }, async () => {
    const seed = 'moodle-again';
    lms.launch = `en/index.html?seed=${seed}`;
    const { page, problems, adapter } = await openPage(browser);
    let frame = await launch(page);
    await answer(frame, items(seed), 0, ITEMS);
    await frame.locator('digituki-quiz [part~="result"] button', { hasText: 'Take it again' }).click();
    await answer(frame, items(seed, 2), 0, 2, [0, 1], { checkOnly: true, start: false }); // two wrong, then leave
    await leave(page);
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': String(ITEMS), 'cmi.core.exit': 'suspend' });
    expect(interactionIds(lms.tracks)).toHaveLength(ITEMS + 2); // the retake's answers are recorded too
    expect(learningObjectsGrade(lms.tracks)).toBe(1);

    relaunchLms();
    expect(lms.mode).toBe('review');
    const kept = lms.tracks;
    frame = await launch(page);
    expect(await notice(frame).textContent()).toBe(NOTICE.en);
    await answer(frame, items(seed), 0, 1); // practice
    expect(await apiCalls(page)).toEqual(['LMSInitialize', 'LMSGetValue']);
    await leave(page, { finishing: false });
    expect(lms.requests).toEqual([]);
    expect(lms.tracks).toBe(kept);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual(['digituki-quiz SCORM: the LMS launched the package in review mode: nothing will be recorded']);
  });

  it('browse mode: practice with the notice, nothing written, no LMSFinish (which would record completed)', { timeout: 30_000 }, async () => {
    lms.mode = 'browse';
    lms.launch = 'fi/index.html?seed=browse';
    const { page, problems, adapter } = await openPage(browser);
    const frame = await launch(page);
    expect(await notice(frame).textContent()).toBe(NOTICE.fi);
    await answer(frame, items('browse'), 0, 1);
    expect(await apiCalls(page)).toEqual(['LMSInitialize', 'LMSGetValue']);
    await leave(page, { finishing: false });
    expect(lms.requests).toEqual([]);
    expect(lms.tracks).toEqual({});
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual(['digituki-quiz SCORM: the LMS launched the package in browse mode: nothing will be recorded']);
  });

  describe('an LMS API that throws: practice with the notice, never a blank page or an uncaught error', () => {
    it.each([
      ['LMSInitialize', 0],
      ['LMSGetValue', 0],
      ['LMSSetValue', 0],
    ])('%s at launch', { timeout: 30_000 }, async (method, after) => {
      lms.fault = { method, after };
      lms.launch = `sv/index.html?seed=throws`;
      const { page, problems, adapter } = await openPage(browser);
      const frame = await launch(page);
      expect(await notice(frame).textContent()).toBe(NOTICE.sv);
      await answer(frame, items('throws'), 0, 2);
      await leave(page, { finishing: false });
      expect(lms.requests.some((r) => r.finishing)).toBe(false);
      expect(learningObjectsGrade(lms.tracks)).toBe(0);
      await page.close();
      expect(problems).toEqual([]);
      expect(adapter).toEqual([expect.stringMatching(new RegExp(`^digituki-quiz SCORM: ${method}(\\('[^']*'\\))? threw \\(Error: LMS down\\): nothing more will be recorded$`))]);
    });

    it.each([
      ['LMSSetValue', 8, 1], // the first answer's interaction
      ['LMSCommit', 2, 2], // the second answer's commit
    ])('%s mid-attempt: the notice comes with the call that threw, the quiz goes on, no LMSFinish', { timeout: 45_000 }, async (method, after, failingAnswer) => {
      lms.fault = { method: method as string, after: after as number };
      lms.launch = `en/index.html?seed=throws`;
      const drawn = items('throws');
      const { page, problems, adapter } = await openPage(browser);
      const frame = await launch(page);
      expect(await notice(frame).count()).toBe(0);
      if ((failingAnswer as number) > 1) await answer(frame, drawn, 0, (failingAnswer as number) - 1);
      expect(await notice(frame).count()).toBe(0);
      await answer(frame, drawn, (failingAnswer as number) - 1, failingAnswer as number);
      expect(await notice(frame).textContent()).toBe(NOTICE.en);
      await answer(frame, drawn, failingAnswer as number, ITEMS);
      await frame.locator('digituki-quiz [part~="result"]').waitFor();
      await leave(page, { finishing: false });
      expect(lms.requests.some((r) => r.finishing)).toBe(false);
      expect(lms.tracks['cmi.core.lesson_status']).toBe('incomplete'); // never completed, never a result it could not record whole
      await page.close();
      expect(problems).toEqual([]);
      expect(adapter).toEqual([expect.stringMatching(new RegExp(`^digituki-quiz SCORM: ${method}(\\('[^']*'\\))? threw \\(Error: LMS down\\): nothing more will be recorded$`))]);
    });
  });

  it('a pagehide into the back-forward cache (persisted) commits and does not call LMSFinish; reporting goes on', { timeout: 60_000 }, async () => {
    const seed = 'moodle-bfcache';
    const drawn = items(seed);
    lms.launch = `fi/index.html?seed=${seed}`;
    const { page, problems, adapter } = await openPage(browser);
    const frame = await launch(page);
    await answer(frame, drawn, 0, 2);
    await frame.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
    const calls = await apiCalls(page);
    expect(calls.at(-1)).toBe('LMSCommit');
    expect(calls).not.toContain('LMSFinish');
    expect(JSON.parse(lms.tracks['cmi.suspend_data']!)).toMatchObject({ done: 2 }); // the last Next, committed
    await answer(frame, drawn, 2, ITEMS);
    await frame.locator('digituki-quiz [part~="result"]').waitFor();
    expect(lms.tracks).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': String(ITEMS) });
    await leave(page);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
  });
});

describe('the Swedish package', () => {
  it("has the Swedish title in its manifest and launches in Swedish by default", () => {
    const manifest = strFromU8(packages.sv['imsmanifest.xml']!);
    expect(manifest).toContain(`<title>${quizTitle(msgFor(catalogue, uiLocale('sv')))}</title>`);
    expect(JSON.parse(strFromU8(packages.sv['digituki-scorm.json']!)).locale).toBe('sv');
  });
});
