/**
 * Both standalone bundles on one page with a strict Content-Security-Policy (no unsafe-inline,
 * no unsafe-eval, Trusted Types required with a policy name per bundle), in Debian's Chromium via
 * playwright-core: no violation, no request beyond the page, the bundles and the guide's
 * validator chunk (which loads from beside the guide for a host's own tree only), and a walk to a
 * recommendation, a host's own tree and a quiz answer work. The bundles are built once per run
 * by test/support/build-standalone-once.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

/**
 * What README tells a host: no inline script or style, no eval, and Trusted Types required for
 * every DOM sink, with only the two bundles' own policy names allowed (no 'allow-duplicates').
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types digituki-guide digituki-quiz',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Strict CSP</title><script type="module" src="/digituki-guide.js"></script><script type="module" src="/digituki-quiz.js"></script></head>
<body><main><h1>Intranet page</h1><digituki-guide preset="setting=general-support"></digituki-guide><digituki-quiz items="1" seed="csp"></digituki-quiz>
<digituki-guide id="own-tree" locale="en"></digituki-guide><script type="module" src="/host.js"></script></main></body>
</html>`;

let server: Server;
let browser: Browser;
let origin: string;
let validatorFile: string;

beforeAll(async () => {
  const { guide: [guideChunk, validatorChunk], quiz: [quizChunk] } = inject('standalone');
  validatorFile = validatorChunk!.fileName;
  // The host's own script: gives the second guide a tree of its own (the small test tree).
  const host = `customElements.whenDefined('digituki-guide').then(() => { document.getElementById('own-tree').tree = ${JSON.stringify(smallTree())}; });`;
  server = createServer((request, response) => {
    const headers = { 'Content-Security-Policy': CSP };
    if (request.url === '/') response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
    else if (request.url === '/digituki-guide.js') response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(guideChunk!.code);
    else if (request.url === '/digituki-quiz.js') response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(quizChunk!.code);
    else if (request.url === `/${validatorFile}`) response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(validatorChunk!.code);
    else if (request.url === '/host.js') response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(host);
    else if (request.url === '/favicon.ico') response.writeHead(204).end(); // the browser's own request
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('on a page with a strict Content-Security-Policy', () => {
  it('works with no violation and no network request of its own', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.ico')) requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(origin + '/');
    const guide = page.locator('digituki-guide').first();
    await guide.locator('input[value="none"]').click();
    await guide.locator('form button.primary').click();
    for (const [name, value] of [['request', 'guidance'], ['owner', 'none'], ['device', 'customer-own']]) {
      await guide.locator(`input[name="${name}"][value="${value}"]`).click();
      await guide.locator('form button.primary').click();
    }
    await expect.poll(() => guide.locator('[data-outcome]').first().getAttribute('data-outcome')).toBe('general-support');
    // Two courses, the second the team's reading: the minified bundle keeps the spaces around the
    // "First" badge and before the status marker (the minifier once dropped a literal one).
    await guide.evaluate((element) => {
      (element as HTMLElement & { answers: unknown }).answers = { setting: 'general-support', circumstances: ['remote'], request: 'guidance', owner: 'none', device: 'customer-own' };
    });
    await expect.poll(() => guide.locator('[data-outcome]').count()).toBe(2);
    const doNow = (await guide.locator('[part~="do-now"] li').allTextContents()).map((line) => line.replace(/\s+/g, ' ').trim());
    expect(doNow[0]).toMatch(/^First \S/);
    expect(doNow[1]).toMatch(/\S \(our reading\)$/);
    // The customer view, which has the page print only itself, under the policy too.
    await guide.locator('[part~="show-customer"]').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).display)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    await guide.getByRole('button', { name: /Back to the advice|Takaisin ohjeeseen/ }).click();
    const quiz = page.locator('digituki-quiz');
    await quiz.locator('button.primary').click();
    await quiz.locator('fieldset input').first().click();
    if ((await quiz.locator('fieldset input[type="checkbox"]').count()) > 0) await quiz.locator('fieldset input').nth(1).click();
    await quiz.locator('form button.primary').click();
    await expect.poll(() => quiz.locator('[part~="feedback"]').count()).toBe(1);
    const ownTree = page.locator('#own-tree');
    await expect.poll(() => ownTree.locator('h2').first().textContent()).toBe(smallTree().text.en!.questions.where!.title);
    const color = await guide.locator('button.primary').first().evaluate((b) => getComputedStyle(b).backgroundColor);
    await page.close();
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(requests.sort()).toEqual([origin + '/', origin + '/digituki-guide.js', `${origin}/${validatorFile}`, origin + '/digituki-quiz.js', origin + '/host.js'].sort());
    expect(color).not.toBe('rgba(0, 0, 0, 0)'); // the component's styles applied under the policy
  });
});
