/**
 * What the browser tests of built bundles share: a local HTTP server on a free port for the
 * pages and scripts a test serves, Debian's Chromium, and a page that records every page error
 * and console error, so a test can assert there were none.
 */
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.js';

export interface PageServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly browser: Browser;
  /** Stops the browser and the server. */
  close(): Promise<void>;
}

/** Serves `listener` on a free local port (and answers the browser's own favicon request) and launches Chromium. */
export async function startPageServer(listener: RequestListener): Promise<PageServer> {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') response.writeHead(204).end();
    else listener(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A new page whose page errors and console errors land in `errors`. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors };
}
