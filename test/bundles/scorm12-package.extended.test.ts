/**
 * The SCORM 1.2 packages as an LMS runs them. The test builds dist/digituki-quiz-scorm12.<locale>.zip
 * (fi, sv, en) with `npm run package:scorm`'s own function, checks what is in each (the manifest
 * lists every file and has the language's title and identifier, the launch page has nothing
 * inline, one language's bundle only, nothing loads from elsewhere, the same sources give the same
 * bytes), then serves the unzipped files under a strict CSP to an LMS page whose
 * `window.API` is scorm-again's SCORM 1.2 API (its browser build), with the launch page in an
 * iframe: a pass, a fail, a resume after the LMS relaunches the package, and the package opened
 * without an LMS, in Debian's Chromium via playwright-core. (Moodle's own behaviour, with its
 * lesson modes and a failing API: scorm12-moodle.extended.test.ts.) The LMS page keeps what each
 * LMSCommit sends (scorm-again posts the whole cmi to a commit URL, the final one by beacon on
 * LMSFinish) and gives it back on the next launch, with `cmi.core.entry = resume` after
 * `cmi.core.exit = suspend`, as Moodle does. The items are known from the engine's draw: the
 * launch URL sets the seed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drawItems, XAPI_VERBS, type QuizItem } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { SCORM12_NAMESPACES } from '../../scripts/scorm-manifest.js';
import { DEFAULT_PACKAGE_CONFIG, packageScorm, packageScormAll, SCORM_IDENTIFIERS, SCORM_LOCALES, scormPackagePath, type ScormLocale } from '../../scripts/scorm-package.js';
import { quizTitle } from '../../src/components/quiz/quiz-text.js';
import { catalogue } from '../../src/generated/quiz/catalogue.js';
import { msgFor, uiLocale } from '../../src/localization.js';
import { startPageServer, type PageServer } from '../support/page-server.js';
import { answer, choice, CONTENT_TYPES, openPage, PACKAGE_CSP } from '../support/scorm-lms-page.js';

const ITEMS = DEFAULT_PACKAGE_CONFIG.items!;
const CHOICE_VALUE = /^[0-9a-z](,[0-9a-z])*$/;

/** The LMS's page: scorm-again's browser build, then the LMS's own script. */
const LMS_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><script src="/lms/scorm12.js"></script><script src="/lms/lms.js"></script></head><body></body></html>';

/**
 * The LMS's script: loads what it keeps for the learner (a new session resumes after a suspend,
 * as Moodle sets `entry`), puts the API on the window, then opens the launch URL in a frame.
 */
const LMS_SCRIPT = `(async () => {
  const { launch, cmi } = await (await fetch('/lms/state')).json();
  const api = new Scorm12API({ lmsCommitUrl: '/lms/commit', terminateCommitParam: 'final', logLevel: 4 });
  if (cmi) {
    const { exit, session_time, ...core } = cmi.core;
    api.loadFromJSON({ ...cmi, core: { ...core, entry: exit === 'suspend' ? 'resume' : '' } });
  }
  window.API = api;
  const frame = document.createElement('iframe');
  frame.src = '/package/' + launch;
  frame.title = 'SCORM package';
  frame.width = '900';
  frame.height = '1200';
  document.body.append(frame);
})();`;

/** What the LMS keeps: the launch URL (inside the package), the last cmi committed, and how the session went. */
interface LmsState {
  launch: string;
  cmi: Cmi | null;
  commits: number;
  finished: boolean;
}

interface Interaction {
  id: string;
  type: string;
  result: string;
  student_response: string;
  correct_responses: Record<string, { pattern: string }>;
}

interface Cmi {
  suspend_data: string;
  core: { lesson_status: string; exit: string; entry: string; session_time: string; score: { raw: string; min: string; max: string } };
  interactions: Record<string, Interaction>;
}


/** Each language's zip and its files. */
const packages = {} as Record<ScormLocale, { zip: Uint8Array; files: Record<string, Uint8Array> }>;
let served: PageServer;
let browser: Browser;
let origin: string;
let lms: LmsState;

beforeAll(async () => {
  await packageScormAll();
  for (const locale of SCORM_LOCALES) {
    const zip = readFileSync(scormPackagePath(locale));
    packages[locale] = { zip, files: unzipSync(zip) };
  }
  const scormAgain = readFileSync(new URL('../../node_modules/scorm-again/dist/scorm12.min.js', import.meta.url));
  served = await startPageServer((request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    if (url.pathname === '/lms/') response.writeHead(200, { 'Content-Type': 'text/html' }).end(LMS_PAGE);
    else if (url.pathname === '/lms/scorm12.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(scormAgain);
    else if (url.pathname === '/lms/lms.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(LMS_SCRIPT);
    else if (url.pathname === '/lms/state') response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(lms));
    else if (url.pathname === '/lms/commit' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        lms.cmi = (JSON.parse(body) as { cmi: Cmi }).cmi;
        lms.commits++;
        if (url.searchParams.get('final') === 'true') lms.finished = true;
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"result":true,"errorCode":0}');
      });
    } else if (/^\/package\/(fi|sv|en)\//.test(url.pathname) && packages[url.pathname.split('/')[2] as ScormLocale].files[url.pathname.split('/').slice(3).join('/')]) {
      const [, , locale, ...rest] = url.pathname.split('/');
      const name = rest.join('/');
      response.writeHead(200, { 'Content-Security-Policy': PACKAGE_CSP, 'Content-Type': CONTENT_TYPES[name.split('.').pop()!]! }).end(packages[locale as ScormLocale].files[name]);
    } else response.writeHead(404).end();
  });
  ({ origin, browser } = served);
}, 240_000);

afterAll(() => served?.close());

beforeEach(() => {
  lms = { launch: 'fi/index.html', cmi: null, commits: 0, finished: false };
});

/** Elements by tag name (xmldom's lists are not iterable). */
function elements(doc: Document, name: string): Element[] {
  const list = doc.getElementsByTagName(name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

/** The quiz's title in `locale`, as the manifest and the launch page give it. */
const title = (locale: string) => quizTitle(msgFor(catalogue, uiLocale(locale)));

describe.each(SCORM_LOCALES)('the SCORM 1.2 zip in %s', (locale) => {
  const files = () => packages[locale].files;

  it("holds a well-formed SCORM 1.2 manifest with the language's title and identifier that lists every other file of the zip, and its launch page", () => {
    expect(Object.keys(files()).sort()).toEqual([`digituki-quiz.${locale}.js`, 'digituki-scorm.json', 'imsmanifest.xml', 'index.html', 'scorm12-launch.js']);
    const errors: string[] = [];
    const handler = (e: string) => errors.push(e);
    const doc = new DOMParser({ errorHandler: { warning: handler, error: handler, fatalError: handler } }).parseFromString(strFromU8(files()['imsmanifest.xml']!), 'text/xml') as unknown as Document;
    expect(errors).toEqual([]);
    expect(doc.documentElement.namespaceURI).toBe(SCORM12_NAMESPACES.imscp);
    expect(doc.documentElement.getAttribute('xmlns:adlcp')).toBe(SCORM12_NAMESPACES.adlcp);
    expect(doc.documentElement.getAttribute('identifier')).toBe(SCORM_IDENTIFIERS[locale]);
    expect(elements(doc, 'schemaversion').map((e) => e.textContent)).toEqual(['1.2']);
    expect(elements(doc, 'organization')).toHaveLength(1);
    expect(elements(doc, 'item')).toHaveLength(1);
    expect(elements(doc, 'title').map((e) => e.textContent)).toEqual([title(locale), title(locale)]);
    const [sco, ...others] = elements(doc, 'resource');
    expect(others).toEqual([]);
    expect(sco!.getAttributeNS(SCORM12_NAMESPACES.adlcp, 'scormtype')).toBe('sco');
    expect(sco!.getAttribute('href')).toBe('index.html');
    const listed = elements(doc, 'file').map((f) => f.getAttribute('href'));
    expect(listed.sort()).toEqual(Object.keys(files()).filter((f) => f !== 'imsmanifest.xml').sort());
    expect(JSON.parse(strFromU8(files()['digituki-scorm.json']!))).toEqual({ locale, ...DEFAULT_PACKAGE_CONFIG });
  });

  it('has a launch page in its language with no inline script or style, and carries no other language', () => {
    const page = strFromU8(files()['index.html']!);
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attributes, body]) => [/\bsrc="[^":/]+\.js"/.test(attributes!), body])).toEqual([
      [true, ''],
      [true, ''],
    ]);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=|javascript:/i);
    expect(page).toContain(`<html lang="${locale}">`);
    expect(page).toContain(`<title>${title(locale)}</title>`);
    expect([...page.matchAll(/name="digituki-title" lang="([^"]+)"/g)].map((m) => m[1])).toEqual([locale]);
    // The Finnish and Swedish titles and the bank's situations are in their own package only
    // (English is the UI's source language, whose strings are in the code of every bundle).
    const bundle = strFromU8(files()[`digituki-quiz.${locale}.js`]!);
    const situation = (l: string) => Object.values(scenarios.text[l] ?? {})[0]!.title;
    for (const other of SCORM_LOCALES) {
      if (other !== 'en') expect(bundle.includes(title(other)), `the ${other} title in the ${locale} bundle`).toBe(other === locale);
      expect(bundle.includes(situation(other)), `a ${other} situation in the ${locale} bundle`).toBe(other === locale);
    }
  });

  it('loads nothing from another origin: the only http(s) addresses in its html and js are identifiers and links', () => {
    // Not loads: xAPI's verb and activity-type IRIs (identifiers in the statement), the base
    // for parsing relative links (the reserved .invalid domain), and the tree's referral links,
    // which the learner may follow. The browser cases below also see every request.
    const referrals = Object.values(tree.referrals ?? {}).flatMap((r) => ('url' in r && typeof r.url === 'string' ? [r.url] : []));
    const allowed = (url: string) => url.startsWith('http://adlnet.gov/expapi/') || new URL(url).hostname.endsWith('.invalid') || referrals.includes(url);
    expect(Object.values(XAPI_VERBS).every(allowed)).toBe(true);
    for (const name of Object.keys(files()).filter((f) => /\.(html|js)$/.test(f))) {
      const urls = [...strFromU8(files()[name]!).matchAll(/https?:\/\/[^\s"'`)<>\\]*/g)].map((m) => m[0]);
      expect(urls.filter((url) => !allowed(url)), name).toEqual([]);
      expect(strFromU8(files()[name]!), name).not.toMatch(/["'`(]\/\/[a-z0-9]/i); // no protocol-relative addresses
    }
  });
});

describe('the SCORM 1.2 zips', () => {
  it('have an identifier each, the Finnish one that of the earlier all-language package (updating a Moodle activity with it keeps its tracked data)', () => {
    expect(SCORM_IDENTIFIERS).toEqual({ fi: 'digituki-quiz-scorm12', sv: 'digituki-quiz-scorm12-sv', en: 'digituki-quiz-scorm12-en' });
  });

  it('are the same bytes when built again from the same sources', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorm-'));
    try {
      const again = await packageScorm({ locale: 'sv', path: join(dir, 'again.zip') });
      expect(Buffer.from(again.zip).equals(Buffer.from(packages.sv.zip))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** What the LMS must hold for items `0` to `count - 1` of `items` answered with `wrong` wrong. */
function expectInteractions(cmi: Cmi, items: readonly QuizItem[], count: number, wrong: readonly number[] = []): void {
  const interactions = Object.entries(cmi.interactions);
  expect(interactions.map(([n]) => n)).toEqual(Array.from({ length: count }, (_, n) => String(n)));
  interactions.forEach(([, interaction], n) => {
    const item = items[n]!;
    expect(interaction, `cmi.interactions.${n}`).toMatchObject({
      id: item.id.replace(':', '_'),
      type: 'choice',
      result: wrong.includes(n) ? 'wrong' : 'correct',
      // In letter order, whatever order the options were shown in.
      student_response: [...choice(item, !wrong.includes(n))].sort().join(','),
      correct_responses: { 0: { pattern: [...choice(item, true)].sort().join(',') } },
    });
    expect(interaction.student_response).toMatch(CHOICE_VALUE);
    expect(interaction.correct_responses[0]!.pattern).toMatch(CHOICE_VALUE);
  });
}

/** Leaves the package (the LMS page goes elsewhere): its pagehide must call LMSFinish, whose commit goes by beacon. */
async function leave(page: Page): Promise<void> {
  await page.goto('about:blank');
  await expect.poll(() => lms.finished, { timeout: 10_000 }).toBe(true);
}

describe('in an LMS (scorm-again as the SCORM 1.2 API), under a strict CSP', () => {
  it('reports a pass: passed, the score from 0 to the items, one choice interaction per item, then LMSFinish', { timeout: 90_000 }, async () => {
    const seed = 'scorm-pass';
    const items = drawItems(tree, scenarios, { seed, attempt: 1, count: ITEMS });
    lms.launch = `en/index.html?seed=${seed}`;
    const { page, problems, adapter, requests } = await openPage(browser);
    await page.goto(`${origin}/lms/`);
    const frame = page.frameLocator('iframe');
    await answer(frame, items, 0, ITEMS);
    await frame.locator('digituki-quiz [part~="result"]').waitFor();
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');
    const cmi = lms.cmi!;
    expect(cmi.core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: String(ITEMS), min: '0', max: String(ITEMS) } });
    expectInteractions(cmi, items, ITEMS);
    expect(JSON.parse(cmi.suspend_data)).toMatchObject({ seed, attempt: 1, count: ITEMS, done: ITEMS });
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
    expect(lms.commits).toBe(1 + ITEMS + 1); // at launch, at each item's end (its answer), at the result
    await leave(page);
    expect(lms.cmi!.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d/);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
    expect(requests.every((url) => url.startsWith(`${origin}/`) || url === 'about:blank')).toBe(true);
    expect(requests.filter((url) => url.includes('/package/')).map((url) => new URL(url).pathname).sort()).toEqual(
      ['/package/en/digituki-quiz.en.js', '/package/en/digituki-scorm.json', '/package/en/index.html', '/package/en/scorm12-launch.js'],
    );
  });

  it('reports a fail: failed, the score, the wrong answers as wrong', { timeout: 90_000 }, async () => {
    const seed = 'scorm-fail';
    const items = drawItems(tree, scenarios, { seed, attempt: 1, count: ITEMS });
    const wrong = [1, 6];
    lms.launch = `sv/index.html?seed=${seed}`;
    const { page, problems, adapter } = await openPage(browser);
    await page.goto(`${origin}/lms/`);
    const frame = page.frameLocator('iframe');
    await answer(frame, items, 0, ITEMS, wrong);
    await frame.locator('digituki-quiz [part~="result"]').waitFor();
    expect(await frame.locator('html').getAttribute('lang')).toBe('sv');
    expect(await frame.locator('title').textContent()).toBe(title('sv'));
    const cmi = lms.cmi!;
    expect(cmi.core).toMatchObject({ lesson_status: 'failed', exit: '', score: { raw: String(ITEMS - wrong.length), min: '0', max: String(ITEMS) } });
    expectInteractions(cmi, items, ITEMS, wrong);
    await leave(page);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
  });

  it('resumes where the learner left when the LMS launches the package again, and goes on to the end', { timeout: 90_000 }, async () => {
    const seed = 'scorm-resume';
    const items = drawItems(tree, scenarios, { seed, attempt: 1, count: ITEMS });
    lms.launch = `fi/index.html?seed=${seed}`;
    const { page, problems, adapter } = await openPage(browser);
    await page.goto(`${origin}/lms/`);
    const frame = page.frameLocator('iframe');
    await answer(frame, items, 0, 4, [2]);
    expect(await frame.locator('html').getAttribute('lang')).toBe('fi'); // the package's language
    // Under way: incomplete and suspended, the attempt kept (the last Next goes with LMSFinish).
    await leave(page);
    expect(lms.cmi!.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
    expect(JSON.parse(lms.cmi!.suspend_data)).toMatchObject({ seed, done: 4 });
    expectInteractions(lms.cmi!, items, 4, [2]);

    lms.finished = false;
    await page.goto(`${origin}/lms/`);
    // The fifth item, not the introduction: the quiz took the attempt from cmi.suspend_data.
    await frame.locator(`digituki-quiz input[name="${items[4]!.id}"]`).first().waitFor();
    expect(await frame.locator('digituki-quiz [part~="intro"]').count()).toBe(0);
    await answer(frame, items, 4, ITEMS);
    await frame.locator('digituki-quiz [part~="result"]').waitFor();
    const cmi = lms.cmi!;
    expect(cmi.core).toMatchObject({ lesson_status: 'failed', exit: '', score: { raw: String(ITEMS - 1), max: String(ITEMS) } });
    expectInteractions(cmi, items, ITEMS, [2]);
    await leave(page);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
  });
});

describe('without an LMS', () => {
  it('works as practice, says on the page that results are not being recorded, in its language', { timeout: 60_000 }, async () => {
    const items = drawItems(tree, scenarios, { seed: 'alone', attempt: 1, count: ITEMS });
    const { page, problems, adapter, requests } = await openPage(browser);
    await page.goto(`${origin}/package/sv/index.html?seed=alone`);
    const frame = page.mainFrame();
    await frame.locator('digituki-quiz [part~="intro"] button.primary').click();
    await frame.locator(`digituki-quiz input[name="${items[0]!.id}"][value="${choice(items[0]!, true)[0]}"]`).click();
    if (items[0]!.kind !== 'single') await frame.locator(`digituki-quiz input[name="${items[0]!.id}"][value="${choice(items[0]!, true)[1]}"]`).click();
    await frame.locator('digituki-quiz form button.primary').click();
    await frame.locator('digituki-quiz [part~="feedback"].right').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.title()).toBe(title('sv'));
    expect(await frame.locator('digituki-quiz [part~="notice"]').textContent()).toBe('Dina resultat sparas inte: det här är bara övning.');
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual(['digituki-quiz SCORM: no SCORM 1.2 API found (opened outside an LMS): the quiz works as practice and records nothing.']);
    expect(requests.every((url) => url.startsWith(`${origin}/package/`) || url === `${origin}/favicon.ico`)).toBe(true);
  });
});
