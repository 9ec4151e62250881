/**
 * Where LMS and CMS pages put the guide and the quiz: a sandboxed iframe with `allow-scripts`
 * only, so forms never submit and `sessionStorage` throws (an opaque origin). The standalone guide
 * must still walk to a recommendation, by mouse and by Enter, and the quiz take an attempt to its
 * result, both with `persist` set. In Debian's Chromium via
 * playwright-core; the module script of an opaque-origin frame is a CORS request, so the test
 * server allows it, as a host must.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, startPageServer, type PageServer } from '../support/page-server.js';

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS page</title></head><body><iframe sandbox="allow-scripts" src="/frame.html" width="800" height="1200" title="Digital support guide"></iframe></body></html>';
const FRAME =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Guide</title><script type="module" src="/digituki-guide.js"></script></head><body><digituki-guide locale="en" persist="desk"></digituki-guide></body></html>';
const QUIZ_PAGE = PAGE.replace('/frame.html', '/quiz-frame.html');
const MODALS_PAGE = PAGE.replace('sandbox="allow-scripts"', 'sandbox="allow-scripts allow-modals"');
const QUIZ_FRAME =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quiz</title><script type="module" src="/digituki-quiz.js"></script></head><body><digituki-quiz locale="en" items="2" seed="lms" persist="course"></digituki-quiz></body></html>';

let served: PageServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const [guide] = inject('standalone').guide;
  const [quiz] = inject('standalone').quiz;
  served = await startPageServer((request, response) => {
    if (request.url === '/') response.writeHead(200, { 'Content-Type': 'text/html' }).end(PAGE);
    else if (request.url === '/frame.html') response.writeHead(200, { 'Content-Type': 'text/html' }).end(FRAME);
    else if (request.url === '/modals.html') response.writeHead(200, { 'Content-Type': 'text/html' }).end(MODALS_PAGE);
    else if (request.url === '/quiz.html') response.writeHead(200, { 'Content-Type': 'text/html' }).end(QUIZ_PAGE);
    else if (request.url === '/quiz-frame.html') response.writeHead(200, { 'Content-Type': 'text/html' }).end(QUIZ_FRAME);
    else if (request.url === '/digituki-quiz.js') response.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(quiz!.code);
    else if (request.url === '/digituki-guide.js') response.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(guide!.code);
    else response.writeHead(404).end();
  });
  ({ origin, browser } = served);
}, 60_000);

afterAll(() => served?.close());

describe('in a sandboxed iframe (allow-scripts only)', () => {
  it('walks to a recommendation by mouse and by Enter, without form submission or storage', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(origin + '/');
    const frame = page.frameLocator('iframe');
    const guide = frame.locator('digituki-guide');
    const storage = await page.frames()[1]!.evaluate(() => {
      try {
        return typeof window.sessionStorage.length;
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(storage).toBe('SecurityError'); // the frame really has no storage
    await guide.locator('input[value="general-support"]').click();
    await guide.locator('form button.primary').click();
    await guide.locator('input[value="none"]').click();
    await guide.locator('input[value="none"]').press('Enter');
    for (const [name, value] of [['request', 'guidance'], ['owner', 'none'], ['device', 'customer-own']]) {
      await guide.locator(`input[name="${name}"][value="${value}"]`).click();
      await guide.locator('form button.primary').click();
    }
    await expect.poll(() => guide.locator('[data-outcome]').first().getAttribute('data-outcome')).toBe('general-support');
    // Without allow-modals the frame ignores print(): the customer view says so instead of doing nothing.
    await guide.locator('[part~="show-customer"]').click();
    await guide.getByRole('button', { name: 'Print' }).click();
    await expect.poll(() => guide.locator('[part~="customer-view"] [role="status"]').textContent(), { timeout: 5_000 }).toContain('does not allow printing');
    await page.close();
    // Chromium's own note on the ignored print() is not an error of ours.
    expect(errors.filter((e) => !e.includes("Ignored call to 'print()'"))).toEqual([]);
  });

  it('prints without a complaint where the frame allows modals', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(origin + '/modals.html');
    const guide = page.frameLocator('iframe').locator('digituki-guide');
    await page.frames()[1]!.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.addEventListener('beforeprint', () => (window as unknown as { printed: number }).printed++);
    });
    await guide.evaluate((element) => {
      (element as HTMLElement & { answers: unknown }).answers = { setting: 'general-support', circumstances: ['none'], request: 'guidance', owner: 'none', device: 'customer-own' };
    });
    await guide.locator('[part~="show-customer"]').click();
    await guide.getByRole('button', { name: 'Print' }).click();
    await expect.poll(() => page.frames()[1]!.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.waitForTimeout(1_500);
    expect(await guide.locator('[part~="customer-view"] [role="status"]').count()).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('takes a quiz attempt to its result by mouse and by Enter, without form submission or storage', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(origin + '/quiz.html');
    const quiz = page.frameLocator('iframe').locator('digituki-quiz');
    await quiz.locator('button.primary').click(); // Start
    for (const by of ['mouse', 'enter'] as const) {
      const inputs = quiz.locator('fieldset input');
      const needed = (await quiz.locator('fieldset input[type="checkbox"]').count()) > 0 ? 2 : 1;
      for (let i = 0; i < needed; i++) await inputs.nth(i).click();
      if (by === 'mouse') await quiz.locator('form button.primary').click();
      else await inputs.nth(needed - 1).press('Enter');
      await expect.poll(() => quiz.locator('[part~="feedback"]').count()).toBe(1);
      await quiz.locator('[part~="feedback"] button.primary').click(); // Next item, then See the result
    }
    await expect.poll(() => quiz.locator('#result-heading').textContent()).toMatch(/^\d of 2 right$/);
    await page.close();
    expect(errors).toEqual([]);
  });
});
