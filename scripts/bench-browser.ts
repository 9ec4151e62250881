/**
 * The browser half of `npm run bench`: the standalone bundle in Debian's Chromium (playwright-core),
 * timing the guide's first render and the time from an answer to the next question rendered, then
 * a resume of 10,000 answers: a guide given a chain of 10,000 questions and then the answers to
 * all of them. Figures only, never asserted. Medians; the first (cold) render is shown apart.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { buildStandalone } from './build-standalone.js';
import { CHROMIUM_LAUNCH } from './chromium.js';
import { generateChain, longestWalk } from './generate-tree.js';

const CHAIN = 10_000;
const RESUMES = 5;

const [chunk] = await buildStandalone();
const server = createServer((request, response) => {
  if (request.url === '/digituki-guide.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(chunk!.code);
  else response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/digituki-guide.js"></script></body></html>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const page = await browser.newPage();
  // tsx keeps function names with a `__name` helper, which the serialized page function needs too.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => customElements.get('digituki-guide') !== undefined);
  const figures = await page.evaluate(async () => {
    type Guide = HTMLElement & { updateComplete: Promise<boolean>; locale: string; restart(): void };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
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
    const walk: [string, string][] = [
      ['setting', 'service-situation'],
      ['circumstances', 'codes'],
      ['request', 'proxy'],
      ['owner', 'other-authority'],
      ['task', 'transaction'],
      ['identification', 'customer-logs-in'],
      ['device', 'shared'],
    ];
    const guide = document.createElement('digituki-guide') as Guide;
    guide.locale = 'en';
    document.body.append(guide);
    await guide.updateComplete;
    const steps: number[] = [];
    const painted: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const [question, option] of walk) {
        const input = guide.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${question}"][value="${option}"]`)!;
        input.checked = true;
        const start = performance.now();
        input.form!.requestSubmit();
        await guide.updateComplete;
        steps.push(performance.now() - start);
        await frame();
        painted.push(performance.now() - start);
      }
      guide.restart();
      await guide.updateComplete;
    }
    return { cold: renders[0]!, firstRender: median(renders.slice(1)), step: median(steps), stepToFrame: median(painted), steps: steps.length };
  });
  console.log(`\n<digituki-guide> in Chromium (${browser.version()}), standalone bundle, milliseconds`);
  console.log(`first render, cold (first element on the page)    ${figures.cold.toFixed(2)}`);
  console.log(`first render, median of 20 more                   ${figures.firstRender.toFixed(2)}`);
  console.log(`answer → next question rendered, median of ${figures.steps}  ${figures.step.toFixed(2)}`);
  console.log(`answer → next frame painted, median               ${figures.stepToFrame.toFixed(2)}`);

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
    const medianOf = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [first, ...rest] = resume.runs;
    const median = (key: 'updated' | 'rendered' | 'painted') => medianOf(rest.map((r) => r[key]));
    const row = (label: string, value: string) => console.log(`${label.padEnd(66)} ${value}`);
    console.log(`\na ${CHAIN.toLocaleString('en')}-answer resume in Chromium: <digituki-guide> given a chain of ${CHAIN.toLocaleString('en')} two-option questions, then \`answers\` for all of them, milliseconds`);
    row('tree set → first question rendered (loads and checks the tree)', `${resume.treeSet.toFixed(0)}${resume.firstQuestion ? '' : ' (no first question rendered!)'}`);
    row('answers set → updateComplete, first resume (cold)', first!.updated.toFixed(0));
    row('answers set → [data-outcome] rendered, first resume (cold)', `${first!.rendered.toFixed(0)} (target under 500 ms)`);
    row(`answers set → updateComplete, median of ${rest.length} more`, median('updated').toFixed(0));
    row(`answers set → [data-outcome] rendered, median of ${rest.length} more`, `${median('rendered').toFixed(0)} (target under 500 ms)`);
    row(`answers set → next frame painted, median of ${rest.length} more`, median('painted').toFixed(0));
    row('elements in the shadow root at the result', first!.elements.toLocaleString('en'));
  }
  if (errors.length > 0) console.log(`errors on the page: ${errors.join('; ')}`);
} finally {
  await browser.close();
  server.close();
}
