/**
 * Two builds of the guide on one page, as two SharePoint web parts each bundling it: each
 * registers the guide under a tag of its own with `defineGuide`, the default tag stays with the
 * build that came first, and both work. The two builds are the standalone bundle in all languages
 * and the Finnish one, in Debian's Chromium via playwright-core.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, startPageServer, type PageServer } from '../support/page-server.js';

const PAGE = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Two web parts</title>
<script type="module">
  import { defineGuide as defineA, DigitukiGuide as GuideA } from '/a.js';
  import { defineGuide as defineB, DigitukiGuide as GuideB } from '/b.js';
  const a = defineA('city-digituki-guide');
  const b = defineB('team-digituki-guide');
  window.result = {
    differentBuilds: GuideA !== GuideB,
    aIsBuildA: a.prototype instanceof GuideA,
    bIsBuildB: b.prototype instanceof GuideB,
    defaultIsBuildA: customElements.get('digituki-guide') === GuideA,
    againIsSame: defineB('team-digituki-guide') === b,
    takenKept: defineB('city-digituki-guide') === a,
  };
</script></head>
<body><city-digituki-guide locale="en"></city-digituki-guide><team-digituki-guide locale="en"></team-digituki-guide><digituki-guide locale="en"></digituki-guide></body></html>`;

let served: PageServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const [all] = inject('standalone').guide;
  const [fi] = inject('standalone').guideFi;
  served = await startPageServer((request, response) => {
    if (request.url === '/') response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    else if (request.url === '/a.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(all!.code);
    else if (request.url === '/b.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(fi!.code);
    else response.writeHead(404).end();
  });
  ({ origin, browser } = served);
}, 60_000);

afterAll(() => served?.close());

describe('two builds of the guide on one page', () => {
  it('each under a tag of its own, the default tag with the first, all working', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(origin + '/');
    await page.waitForFunction(() => 'result' in window);
    expect(await page.evaluate(() => (window as unknown as { result: unknown }).result)).toEqual({
      differentBuilds: true,
      aIsBuildA: true,
      bIsBuildB: true,
      defaultIsBuildA: true,
      againIsSame: true,
      takenKept: true,
    });
    for (const tag of ['city-digituki-guide', 'team-digituki-guide', 'digituki-guide']) {
      const guide = page.locator(tag);
      await guide.locator('input[value="general-support"]').click();
      await guide.locator('form button.primary').click();
      await expect.poll(() => guide.locator('fieldset input').first().getAttribute('name'), { message: tag }).toBe('circumstances');
    }
    await page.close();
    expect(errors).toEqual([]);
  });
});
