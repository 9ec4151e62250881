/**
 * The guide where public sites and intranets other than SharePoint put it: the pages WordPress
 * (the shortcode plugin), Drupal (the module's block) and Liferay (the custom element client
 * extension) serve, as in examples/hosts/, each loading the standalone bundle from the path its
 * host gives it, under the strict Content-Security-Policy README asks for. In Debian's Chromium:
 * the guide shows its first question in the page's language, moves on, and nothing is refused or
 * loaded from elsewhere.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, startPageServer, type PageServer } from '../support/page-server.js';
import { tree } from '../../machines/trees/digital-support/index.js';

const CSP = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "base-uri 'none'", "require-trusted-types-for 'script'", 'trusted-types digituki-guide'].join('; ');

const HOSTS = [
  // host, page, the question it opens on (after the page's preset), the page's language
  { host: 'WordPress', page: 'examples/hosts/wordpress/page.html', first: 'circumstances', locale: 'fi' },
  { host: 'Drupal', page: 'examples/hosts/drupal/page.html', first: 'circumstances', locale: 'sv' },
  { host: 'Liferay', page: 'examples/hosts/liferay/page.html', first: 'setting', locale: 'fi' },
] as const;

let served: PageServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const chunks = inject('standalone').guide;
  served = await startPageServer((request, response) => {
    const path = new URL(request.url!, 'http://host').pathname;
    const host = HOSTS.find((h) => path === `/${h.host.toLowerCase()}`);
    const chunk = chunks.find((c) => path.endsWith(`/${c.fileName}`));
    if (host) response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': CSP }).end(readFileSync(host.page));
    else if (chunk) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(chunk.code);
    else response.writeHead(404).end();
  });
  ({ origin, browser } = served);
}, 60_000);

afterAll(() => served?.close());

describe('the guide on the pages other hosts serve', () => {
  it('is shown in README as the tested pages have it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const wordpress = readFileSync('examples/hosts/wordpress/page.html', 'utf8');
    for (const line of ['<digituki-guide locale="fi" preset="setting=general-support"></digituki-guide>', 'id="digituki-guide-js-module"></script>']) {
      expect(wordpress, line).toContain(line);
      expect(readme, line).toContain(line);
    }
    const library = 'js/digituki-guide.js: { attributes: { type: module }, preprocess: false, minified: true }';
    expect(readFileSync('examples/hosts/drupal/digituki_guide/digituki_guide.libraries.yml', 'utf8')).toContain(library);
    expect(readme).toContain(library);
    expect(readme).toContain(CSP.replace("img-src 'self'; ", "img-src 'self';\n  "));
  });

  it.each(HOSTS)('works on $host’s page under a strict CSP', { timeout: 60_000 }, async ({ host, first, locale }) => {
    const { page, errors: problems } = await openPage(browser);
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) problems.push(`request to ${r.url()}`);
    });
    await page.goto(`${origin}/${host.toLowerCase()}`);
    const guide = page.locator('digituki-guide');
    await expect.poll(() => guide.locator('fieldset input').first().getAttribute('name')).toBe(first);
    expect(await guide.locator('h2').first().textContent()).toBe(tree.text[locale]!.questions[first]!.title);
    await guide.locator('fieldset input').first().click();
    await guide.locator('form button.primary').click();
    await expect.poll(() => guide.locator('fieldset input').first().getAttribute('name')).not.toBe(first);
    await page.close();
    expect(problems).toEqual([]);
  });
});
