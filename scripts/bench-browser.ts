/**
 * The browser half of `npm run bench`: the standalone bundle in Debian's Chromium (playwright-core),
 * timing the guide's first render and the time from an answer to the next question rendered.
 * Figures only, never asserted. Medians; the first (cold) render is shown apart.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { buildStandalone } from './build-standalone.js';

const [chunk] = await buildStandalone();
const server = createServer((request, response) => {
  if (request.url === '/digituki-guide.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(chunk!.code);
  else response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/digituki-guide.js"></script></body></html>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
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
} finally {
  await browser.close();
  server.close();
}
