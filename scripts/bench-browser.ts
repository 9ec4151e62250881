/**
 * The browser half of `npm run bench`: the standalone bundle in Debian's Chromium (playwright-core),
 * timing the first question from the bundle's evaluation, the guide's first render and the time from
 * an answer to the next question rendered, each also with the CPU throttled 4x (Chrome DevTools'
 * slow-device setting), then a resume of 10,000 answers: a guide given a chain of 10,000
 * questions and then the answers to all of them. Figures only, never asserted. Medians; the first (cold) render is shown apart.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { buildStandalone } from './build-standalone.js';
import { launchChromium } from './chromium.js';
import { generateChain, longestWalk } from './generate-tree.js';

const CHAIN = 10_000;
const RESUMES = 5;

const chunks = await buildStandalone();
const chunk = chunks[0];
/** The bundle as served to the first-question pages: it marks when its evaluation starts and when the first question is rendered. */
const markedChunk = `globalThis.__digitukiEvaluating = performance.now();\n${chunk!.code}\n;document.querySelector('digituki-guide').updateComplete.then(() => { globalThis.__digitukiFirstQuestion = performance.now() - globalThis.__digitukiEvaluating; });`;
const server = createServer((request, response) => {
  const served = chunks.find((c) => `/${c.fileName}` === request.url);
  if (served) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(served.code);
  else if (request.url === '/marked.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(markedChunk);
  else if (request.url === '/first-question') response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html lang="en"><body><digituki-guide></digituki-guide><script type="module" src="/marked.js"></script></body></html>');
  else response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/digituki-guide.js"></script></body></html>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await launchChromium();

/** The walk the steps are timed on: seven answers to a recommendation, then "Start over", 20 times. */
const WALK: [string, string][] = [
  ['setting', 'service-situation'],
  ['circumstances', 'codes'],
  ['request', 'proxy'],
  ['owner', 'other-authority'],
  ['task', 'transaction'],
  ['identification', 'customer-logs-in'],
  ['device', 'shared'],
];
const row = (label: string, value: string) => console.log(`${label.padEnd(90)} ${value}`);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A new page with the CPU slowed `rate` times (1: not at all). */
async function newPage(rate: number): Promise<Page> {
  const page = await browser.newPage();
  // tsx keeps function names with a `__name` helper, which the serialized page function needs too.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/**
 * First render of a guide added to a page that already has the bundle, and the time from an
 * answer to the next question rendered, as a keyboard user makes it: focus on Continue, then
 * Continue; the guide moves focus to the new question's heading, which is timed too.
 */
async function stepFigures(rate: number) {
  const page = await newPage(rate);
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => customElements.get('digituki-guide') !== undefined);
  return page.evaluate(async (walk) => {
    type Guide = HTMLElement & { updateComplete: Promise<boolean>; locale: string; restart(): void };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    /** After the next frame's style, layout and paint: a task queued from its animation frame callback. */
    const rendered = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const renders: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      const guide = document.createElement('digituki-guide') as Guide;
      guide.locale = 'en';
      document.body.append(guide);
      await guide.updateComplete;
      renders.push(performance.now() - start);
      guide.remove();
    }
    const guide = document.createElement('digituki-guide') as Guide;
    guide.locale = 'en';
    document.body.append(guide);
    await guide.updateComplete;
    const root = guide.shadowRoot!;
    const steps: number[] = [];
    const painted: number[] = [];
    const focus = { kept: 0, heading: 0, elsewhere: 0 };
    for (let round = 0; round < 20; round++) {
      for (const [question, option] of walk) {
        const input = root.querySelector<HTMLInputElement>(`input[name="${question}"][value="${option}"]`);
        if (!input) throw new Error(`no option ${option} on question ${question}`);
        input.checked = true;
        const next = root.querySelector<HTMLButtonElement>('button.primary')!;
        next.focus();
        await frame();
        const start = performance.now();
        next.click();
        await guide.updateComplete;
        steps.push(performance.now() - start);
        await rendered();
        painted.push(performance.now() - start);
        if (root.activeElement === next) focus.kept++;
        else if (root.activeElement?.matches('[data-focus-target]')) focus.heading++;
        else focus.elsewhere++;
      }
      guide.restart();
      await guide.updateComplete;
    }
    return { cold: renders[0]!, firstRender: median(renders.slice(1)), step: median(steps), stepToFrame: median(painted), steps: steps.length, focus };
  }, WALK).finally(() => page.close());
}

const PAGES = 21;

/**
 * From the start of the bundle's evaluation to the first question rendered, on a fresh page each
 * time: the median and the fastest of 21 pages. Nearly all of it is code run for the first time
 * (compiled lazily, before the engine has optimised it), so it varies from page to page with what
 * else the machine is doing; the fastest shows the cost with the least of that.
 */
async function firstQuestion(rate: number): Promise<{ median: number; fastest: number }> {
  const times: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const page = await newPage(rate);
    await page.goto(`${origin}/first-question`);
    times.push(await page.waitForFunction(() => (globalThis as { __digitukiFirstQuestion?: number }).__digitukiFirstQuestion).then((h) => h.jsonValue() as Promise<number>));
    await page.close();
  }
  return { median: median(times), fastest: Math.min(...times) };
}

try {
  const page = await browser.newPage();
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => customElements.get('digituki-guide') !== undefined);
  console.log(`\n<digituki-guide> in Chromium (${browser.version()}), standalone bundle, milliseconds`);
  for (const rate of [1, 4]) {
    const figures = await stepFigures(rate);
    const first = await firstQuestion(rate);
    const cpu = rate === 1 ? 'CPU not throttled' : `CPU throttled ${rate}x`;
    console.log(`\n${cpu}`);
    row(`bundle evaluated → first question rendered, median of ${PAGES} pages (fastest)`, `${first.median.toFixed(2)} (${first.fastest.toFixed(2)})${rate === 1 ? ' (target 30)' : ''}`);
    row('first render, cold (first element on the page)', figures.cold.toFixed(2));
    row('first render, median of 20 more', figures.firstRender.toFixed(2));
    row(`answer (Continue) → next question rendered, median of ${figures.steps}`, `${figures.step.toFixed(2)} (target ${rate === 1 ? 2 : 8})`);
    row('answer (Continue) → next frame rendered, median (waits for the display: 16.7 ms at 60 Hz)', figures.stepToFrame.toFixed(2));
    const { kept, heading, elsewhere } = figures.focus;
    row('focus after the steps: kept on Continue / on the new heading / elsewhere', `${kept} / ${heading} / ${elsewhere}`);
  }

  // A resume of 10,000 answers: the chain is made in Node and given to the page as JSON.
  const chain = generateChain(CHAIN, 2);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const resumeInPage = async ({ json, answersJson, rounds }: { json: string; answersJson: string; rounds: number }) => {
    type Guide = HTMLElement & { updateComplete: Promise<boolean>; locale: string; tree: unknown; answers: unknown };
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    const tree: unknown = JSON.parse(json);
    const answers: unknown = JSON.parse(answersJson);
    const guide = document.createElement('digituki-guide') as Guide;
    guide.locale = 'en';
    const start = performance.now();
    guide.tree = tree;
    document.body.append(guide);
    await guide.updateComplete;
    const treeSet = performance.now() - start;
    const firstQuestion = guide.shadowRoot!.querySelector('input[name="q0"]') !== null;
    /** From setting `answers`: ms to `updateComplete`, to a rendered `[data-outcome]`, to the next frame. */
    const resumeOnce = async () => {
      const began = performance.now();
      guide.answers = answers;
      await guide.updateComplete;
      const updated = performance.now() - began;
      // Normally there already; otherwise wait for it (a render the first update did not finish), up to a minute.
      while (guide.shadowRoot!.querySelector('[data-outcome]') === null && performance.now() - began < 60_000) await frame();
      const rendered = guide.shadowRoot!.querySelector('[data-outcome]') === null ? Number.NaN : performance.now() - began;
      await frame();
      return { updated, rendered, painted: performance.now() - began, elements: guide.shadowRoot!.querySelectorAll('*').length };
    };
    const runs = [];
    for (let i = 0; i < rounds; i++) {
      runs.push(await resumeOnce());
      // Start over empty, so that the next round resumes from the first question again.
      guide.answers = null;
      await guide.updateComplete;
    }
    return { treeSet, firstQuestion, runs };
  };
  const resume = await page.evaluate(resumeInPage, { json: JSON.stringify(chain), answersJson: JSON.stringify(longestWalk(chain)), rounds: RESUMES }).catch((error: unknown) => {
    console.log(`\nthe ${CHAIN.toLocaleString('en')}-answer resume in Chromium failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (resume) {
    const [first, ...rest] = resume.runs;
    const medianOf = (key: 'updated' | 'rendered' | 'painted') => median(rest.map((r) => r[key]));
    console.log(`\na ${CHAIN.toLocaleString('en')}-answer resume in Chromium: <digituki-guide> given a chain of ${CHAIN.toLocaleString('en')} two-option questions, then \`answers\` for all of them, milliseconds`);
    row('tree set → first question rendered (loads and checks the tree)', `${resume.treeSet.toFixed(0)}${resume.firstQuestion ? '' : ' (no first question rendered!)'}`);
    row('answers set → updateComplete, first resume (cold)', first!.updated.toFixed(0));
    row('answers set → [data-outcome] rendered, first resume (cold)', `${first!.rendered.toFixed(0)} (target under 500 ms)`);
    row(`answers set → updateComplete, median of ${rest.length} more`, medianOf('updated').toFixed(0));
    row(`answers set → [data-outcome] rendered, median of ${rest.length} more`, `${medianOf('rendered').toFixed(0)} (target under 500 ms)`);
    row(`answers set → next frame painted, median of ${rest.length} more`, medianOf('painted').toFixed(0));
    row('elements in the shadow root at the result', first!.elements.toLocaleString('en'));
  }
  if (errors.length > 0) console.log(`errors on the page: ${errors.join('; ')}`);
} finally {
  await browser.close();
  server.close();
}
