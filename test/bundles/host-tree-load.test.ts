/**
 * A host's own tree with the standalone bundle when the validator chunk beside it is slow or does
 * not load (issue 18 item 2; adversarial-3 A2): a 404 (a host copied only the bundle), a policy
 * that allows the bundle's exact address only, and a slow server. The guide shows that it is
 * loading meanwhile, never the default tree's questions; when the chunk fails it shows the error
 * panel and fires `digituki-error` (`tree-load-failed`), and nothing on the page throws. Before,
 * it silently kept walking the default tree. In Debian's Chromium via playwright-core.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { smallTree } from '../fixtures/trees/small-tree.js';
import { openPage, startPageServer, type PageServer } from '../support/page-server.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Own tree</title></head>
<body><digituki-guide locale="en"></digituki-guide><script type="module" src="/host.js"></script></body></html>`;

/**
 * The host's script: loads the bundle, waits for the default tree's first question, then gives
 * its own tree and records what the guide shows at each change of its shadow root, and its events.
 */
const HOST = `import '/digituki-guide.js';
const guide = document.querySelector('digituki-guide');
const log = { events: [], shown: [] };
window.log = log;
guide.addEventListener('digituki-error', (e) => log.events.push(e.detail));
await customElements.whenDefined('digituki-guide');
await new Promise((resolve) => setTimeout(resolve, 50));
const root = guide.shadowRoot;
const shown = () => root.querySelector('[aria-busy="true"]') ? 'loading' : root.querySelector('[role="alert"]') ? 'error' : root.querySelector('fieldset input')?.name ?? 'other';
log.before = shown();
new MutationObserver(() => log.shown.push(shown())).observe(root, { childList: true, subtree: true, characterData: true });
guide.tree = ${JSON.stringify(smallTree())};
`;

type Log = { before: string; shown: string[]; events: unknown[] };

let served: PageServer;
let browser: Browser;
let origin: string;
let validatorFile: string;
/** How the server answers for the validator chunk in the current test. */
let validator: 'missing' | 'slow' | 'served' = 'served';
/** The page's Content-Security-Policy in the current test, if any. */
let policy: string | undefined;

beforeAll(async () => {
  const [guideChunk, validatorChunk] = inject('standalone').guide;
  validatorFile = validatorChunk!.fileName;
  served = await startPageServer((request, response) => {
    const headers: Record<string, string> = policy ? { 'Content-Security-Policy': policy } : {};
    const script = (code: string) => response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(code);
    if (request.url === '/') response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
    else if (request.url === '/host.js') script(HOST);
    else if (request.url === '/digituki-guide.js') script(guideChunk!.code);
    else if (request.url === `/${validatorFile}` && validator === 'served') script(validatorChunk!.code);
    else if (request.url === `/${validatorFile}` && validator === 'slow') setTimeout(() => script(validatorChunk!.code), 1_000);
    else response.writeHead(404).end();
  });
  ({ origin, browser } = served);
}, 60_000);

afterAll(() => served?.close());

async function open(): Promise<{ log: () => Promise<Log>; text: () => Promise<string>; errors: string[]; close: () => Promise<void> }> {
  const { page, errors } = await openPage(browser);
  await page.goto(origin + '/');
  await page.waitForFunction(() => (window as unknown as { log?: Log }).log?.before !== undefined);
  return {
    log: () => page.evaluate(() => (window as unknown as { log: Log }).log),
    text: () => page.locator('digituki-guide').evaluate((guide) => guide.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()),
    // The browser reports the refused chunk itself (a 404, a blocked script): that is the situation under test.
    errors: errors,
    close: () => page.close(),
  };
}

const expectFailure = async (page: Awaited<ReturnType<typeof open>>) => {
  await expect.poll(async () => (await page.log()).events).toEqual([{ reason: 'tree-load-failed' }]);
  const log = await page.log();
  expect(log.before, 'the default tree before the host gave its own').toBe('setting');
  expect(log.shown[0], 'first after the tree was given').toBe('loading');
  expect(log.shown.at(-1)).toBe('error');
  expect(log.shown, 'never the default tree once the host gave its own').not.toContain('setting');
  const text = await page.text();
  expect(text).toContain('This guide cannot be shown: its tree could not be checked');
  expect(text).toContain(validatorFile);
  expect(page.errors.filter((e) => !e.includes(validatorFile) && !e.includes('Failed to load resource'))).toEqual([]);
};

describe('a host’s own tree when the validator chunk does not load', () => {
  it('a 404: the error panel naming the chunk and digituki-error, never the default tree', { timeout: 60_000 }, async () => {
    validator = 'missing';
    policy = undefined;
    const page = await open();
    await expectFailure(page);
    await page.close();
  });

  it('a policy that allows only the bundle’s own address: the same', { timeout: 60_000 }, async () => {
    validator = 'served';
    policy = `default-src 'none'; script-src ${origin}/digituki-guide.js ${origin}/host.js`;
    const page = await open();
    await expectFailure(page);
    await page.close();
  });

  it('a slow chunk: “Loading the guide…” meanwhile, then the host’s tree', { timeout: 60_000 }, async () => {
    validator = 'slow';
    policy = undefined;
    const page = await open();
    expect(await page.text()).toBe('Loading the guide…');
    await expect.poll(async () => (await page.log()).shown.at(-1), { timeout: 10_000 }).toBe('where');
    const log = await page.log();
    expect(log.shown).not.toContain('setting');
    expect(log.events).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
