/**
 * The SCORM 1.2 package as an LMS runs it. The test builds dist/digituki-quiz-scorm12.zip with
 * `npm run package:scorm`'s own function, checks what is in it (the manifest lists every file, the
 * launch page has nothing inline, nothing loads from elsewhere, the same sources give the same
 * bytes), then serves the unzipped files under a strict CSP to an LMS page whose
 * `window.API` is scorm-again's SCORM 1.2 API (its browser build), with the launch page in an
 * iframe: a pass, a fail, a resume after the LMS relaunches the package, and the package opened
 * without an LMS, in Debian's Chromium via playwright-core. The LMS page keeps what each
 * LMSCommit sends (scorm-again posts the whole cmi to a commit URL, the final one by beacon on
 * LMSFinish) and gives it back on the next launch, with `cmi.core.entry = resume` after
 * `cmi.core.exit = suspend`, as Moodle does. The items are known from the engine's draw: the
 * launch URL sets the seed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drawItems, XAPI_VERBS, type QuizItem } from '../../machines/index.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { launchChromium } from '../../scripts/chromium.js';
import { SCORM12_NAMESPACES } from '../../scripts/scorm-manifest.js';
import { DEFAULT_PACKAGE_CONFIG, packageScorm, SCORM_PACKAGE_PATH } from '../../scripts/scorm-package.js';

/** What a strict host allows the package: its own files, nothing inline, Trusted Types with the quiz's policy only. */
const PACKAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types digituki-quiz',
].join('; ');

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

const CONTENT_TYPES: Record<string, string> = { html: 'text/html', js: 'text/javascript', json: 'application/json', xml: 'application/xml' };

let zip: Uint8Array;
let files: Record<string, Uint8Array>;
let server: Server;
let browser: Browser;
let origin: string;
let lms: LmsState;

beforeAll(async () => {
  await packageScorm();
  zip = readFileSync(SCORM_PACKAGE_PATH);
  files = unzipSync(zip);
  const scormAgain = readFileSync(new URL('../../node_modules/scorm-again/dist/scorm12.min.js', import.meta.url));
  server = createServer((request, response) => {
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
    } else if (url.pathname.startsWith('/package/') && files[url.pathname.slice('/package/'.length)]) {
      const name = url.pathname.slice('/package/'.length);
      response.writeHead(200, { 'Content-Security-Policy': PACKAGE_CSP, 'Content-Type': CONTENT_TYPES[name.split('.').pop()!]! }).end(files[name]);
    } else if (url.pathname === '/favicon.ico') response.writeHead(204).end(); // the browser's own request
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

beforeEach(() => {
  lms = { launch: 'index.html', cmi: null, commits: 0, finished: false };
});

/** Elements by tag name (xmldom's lists are not iterable). */
function elements(doc: Document, name: string): Element[] {
  const list = doc.getElementsByTagName(name);
  return Array.from({ length: list.length }, (_, i) => list.item(i)!);
}

describe('the SCORM 1.2 zip', () => {
  it('holds a well-formed SCORM 1.2 manifest that lists every other file of the zip, and its launch page', () => {
    expect(Object.keys(files).sort()).toEqual(['digituki-quiz.js', 'digituki-scorm.json', 'imsmanifest.xml', 'index.html', 'scorm12-launch.js']);
    const errors: string[] = [];
    const handler = (e: string) => errors.push(e);
    const doc = new DOMParser({ errorHandler: { warning: handler, error: handler, fatalError: handler } }).parseFromString(strFromU8(files['imsmanifest.xml']!), 'text/xml') as unknown as Document;
    expect(errors).toEqual([]);
    expect(doc.documentElement.namespaceURI).toBe(SCORM12_NAMESPACES.imscp);
    expect(doc.documentElement.getAttribute('xmlns:adlcp')).toBe(SCORM12_NAMESPACES.adlcp);
    expect(elements(doc, 'schemaversion').map((e) => e.textContent)).toEqual(['1.2']);
    expect(elements(doc, 'organization')).toHaveLength(1);
    expect(elements(doc, 'item')).toHaveLength(1);
    const [sco, ...others] = elements(doc, 'resource');
    expect(others).toEqual([]);
    expect(sco!.getAttributeNS(SCORM12_NAMESPACES.adlcp, 'scormtype')).toBe('sco');
    expect(sco!.getAttribute('href')).toBe('index.html');
    const listed = elements(doc, 'file').map((f) => f.getAttribute('href'));
    expect(listed.sort()).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
    expect(JSON.parse(strFromU8(files['digituki-scorm.json']!))).toEqual(DEFAULT_PACKAGE_CONFIG);
  });

  it('has a launch page with no inline script or style', () => {
    const page = strFromU8(files['index.html']!);
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attributes, body]) => [/\bsrc="[^":/]+\.js"/.test(attributes!), body])).toEqual([
      [true, ''],
      [true, ''],
    ]);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it('loads nothing from another origin: the only http(s) addresses in its html and js are identifiers and links', () => {
    // Not loads: xAPI's verb and activity-type IRIs (identifiers in the statement), the base
    // for parsing relative links (the reserved .invalid domain), and the tree's referral links,
    // which the learner may follow. The browser cases below also see every request.
    const referrals = Object.values(tree.referrals ?? {}).flatMap((r) => ('url' in r && typeof r.url === 'string' ? [r.url] : []));
    const allowed = (url: string) => url.startsWith('http://adlnet.gov/expapi/') || new URL(url).hostname.endsWith('.invalid') || referrals.includes(url);
    expect(Object.values(XAPI_VERBS).every(allowed)).toBe(true);
    for (const name of Object.keys(files).filter((f) => /\.(html|js)$/.test(f))) {
      const urls = [...strFromU8(files[name]!).matchAll(/https?:\/\/[^\s"'`)<>\\]*/g)].map((m) => m[0]);
      expect(urls.filter((url) => !allowed(url)), name).toEqual([]);
      expect(strFromU8(files[name]!), name).not.toMatch(/["'`(]\/\/[a-z0-9]/i); // no protocol-relative addresses
    }
  });

  it('is the same bytes when built again from the same sources', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorm-'));
    try {
      const again = await packageScorm({ path: join(dir, 'again.zip') });
      expect(Buffer.from(again.zip).equals(Buffer.from(zip))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A page with listeners for what must not happen: script errors, CSP violations, requests to another origin. */
async function openPage(): Promise<{ page: Page; problems: string[]; adapter: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const adapter: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.text().startsWith('digituki-quiz SCORM:')) adapter.push(m.text());
    else if (m.type() === 'error') problems.push(m.text());
  });
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.setDefaultTimeout(15_000); // a step takes well under a second; fail fast rather than at the test's limit
  return { page, problems, adapter, requests };
}

/** Which options to choose: the right ones, or a wrong answer (choose-2: one right and one wrong), in the order shown. */
function choice(item: QuizItem, right: boolean): string[] {
  const ids = item.options.map((o) => o.id);
  const rightIds = item.options.filter((o) => o.correct).map((o) => o.id);
  const wrongIds = ids.filter((id) => !rightIds.includes(id));
  const chosen = right ? rightIds : item.kind === 'single' ? [wrongIds[0]!] : [rightIds[0]!, wrongIds[0]!];
  return ids.filter((id) => chosen.includes(id));
}

/** Answers items `from` to `to - 1` through the page, each right unless `wrong` has its index; starts the quiz first when `from` is 0. */
async function answer(frame: FrameLocator, items: readonly QuizItem[], from: number, to: number, wrong: readonly number[] = []): Promise<void> {
  const quiz = frame.locator('digituki-quiz');
  if (from === 0) await quiz.locator('[part~="intro"] button.primary').click();
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    for (const id of choice(item, !wrong.includes(i))) await quiz.locator(`input[name="${item.id}"][value="${id}"]`).click();
    await quiz.locator('form button.primary').click(); // Check answer
    await quiz.locator('[part~="feedback"] button.primary').click(); // Next, or the result after the last
  }
}

/** What the LMS must hold for items `0` to `count - 1` of `items` answered with `wrong` wrong. */
function expectInteractions(cmi: Cmi, items: readonly QuizItem[], count: number, wrong: readonly number[] = []): void {
  const interactions = Object.entries(cmi.interactions);
  expect(interactions.map(([n]) => n)).toEqual(Array.from({ length: count }, (_, n) => String(n)));
  interactions.forEach(([, interaction], n) => {
    const item = items[n]!;
    expect(interaction, `cmi.interactions.${n}`).toMatchObject({
      id: item.id,
      type: 'choice',
      result: wrong.includes(n) ? 'wrong' : 'correct',
      student_response: choice(item, !wrong.includes(n)).join(','),
      correct_responses: { 0: { pattern: choice(item, true).join(',') } },
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
    lms.launch = `index.html?seed=${seed}&locale=en`;
    const { page, problems, adapter, requests } = await openPage();
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
    expect(lms.commits).toBe(1 + 2 * ITEMS + 1); // Start, each answer and each Next, the result
    await leave(page);
    expect(lms.cmi!.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d/);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual([]);
    expect(requests.every((url) => url.startsWith(`${origin}/`) || url === 'about:blank')).toBe(true);
    expect(requests.filter((url) => url.includes('/package/')).map((url) => new URL(url).pathname).sort()).toEqual(
      ['/package/digituki-quiz.js', '/package/digituki-scorm.json', '/package/index.html', '/package/scorm12-launch.js'],
    );
  });

  it('reports a fail: failed, the score, the wrong answers as wrong', { timeout: 90_000 }, async () => {
    const seed = 'scorm-fail';
    const items = drawItems(tree, scenarios, { seed, attempt: 1, count: ITEMS });
    const wrong = [1, 6];
    lms.launch = `index.html?seed=${seed}&locale=sv`;
    const { page, problems, adapter } = await openPage();
    await page.goto(`${origin}/lms/`);
    const frame = page.frameLocator('iframe');
    await answer(frame, items, 0, ITEMS, wrong);
    await frame.locator('digituki-quiz [part~="result"]').waitFor();
    expect(await frame.locator('html').getAttribute('lang')).toBe('sv');
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
    lms.launch = `index.html?seed=${seed}`;
    const { page, problems, adapter } = await openPage();
    await page.goto(`${origin}/lms/`);
    const frame = page.frameLocator('iframe');
    await answer(frame, items, 0, 4, [2]);
    // Under way: incomplete and suspended, the attempt kept.
    await expect.poll(() => lms.cmi?.core.exit).toBe('suspend');
    expect(lms.cmi!.core.lesson_status).toBe('incomplete');
    expect(JSON.parse(lms.cmi!.suspend_data)).toMatchObject({ seed, done: 4 });
    expectInteractions(lms.cmi!, items, 4, [2]);
    expect(await frame.locator('html').getAttribute('lang')).toBe('fi'); // the package configuration's language
    await leave(page);
    expect(lms.cmi!.core.exit).toBe('suspend');

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
  it('works, says once that nothing is reported, and takes its language from the launch URL', { timeout: 60_000 }, async () => {
    const items = drawItems(tree, scenarios, { seed: 'alone', attempt: 1, count: ITEMS });
    const { page, problems, adapter, requests } = await openPage();
    await page.goto(`${origin}/package/index.html?locale=sv&seed=alone`);
    const frame = page.mainFrame();
    await frame.locator('digituki-quiz [part~="intro"] button.primary').click();
    await frame.locator(`digituki-quiz input[name="${items[0]!.id}"][value="${choice(items[0]!, true)[0]}"]`).click();
    if (items[0]!.kind !== 'single') await frame.locator(`digituki-quiz input[name="${items[0]!.id}"][value="${choice(items[0]!, true)[1]}"]`).click();
    await frame.locator('digituki-quiz form button.primary').click();
    await frame.locator('digituki-quiz [part~="feedback"].right').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.title()).toMatch(/^Övningstest/);
    await page.close();
    expect(problems).toEqual([]);
    expect(adapter).toEqual(['digituki-quiz SCORM: no SCORM 1.2 API found (opened outside an LMS): the quiz works and reports nothing.']);
    expect(requests.every((url) => url.startsWith(`${origin}/package/`) || url === `${origin}/favicon.ico`)).toBe(true);
  });
});
