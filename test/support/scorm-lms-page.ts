/**
 * What the extended SCORM tests share: the strict CSP the packages are served under, a Chromium
 * page that collects what must not happen, and the learner's clicks through the quiz in the
 * package's frame.
 */
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import type { QuizItem } from '../../machines/index.js';

/** What a strict host allows a package: its own files, nothing inline, Trusted Types with the quiz's policy only. */
export const PACKAGE_CSP = [
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

export const CONTENT_TYPES: Readonly<Record<string, string>> = { html: 'text/html', js: 'text/javascript', json: 'application/json', xml: 'application/xml' };

/** A page with listeners for what must not happen (script errors, CSP violations), the adapter's console lines, and every request. */
export async function openPage(browser: Browser): Promise<{ page: Page; problems: string[]; adapter: string[]; requests: string[] }> {
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
export function choice(item: QuizItem, right: boolean): string[] {
  const ids = item.options.map((o) => o.id);
  const rightIds = item.options.filter((o) => o.correct).map((o) => o.id);
  const wrongIds = ids.filter((id) => !rightIds.includes(id));
  const chosen = right ? rightIds : item.kind === 'single' ? [wrongIds[0]!] : [rightIds[0]!, wrongIds[0]!];
  return ids.filter((id) => chosen.includes(id));
}

/**
 * Answers items `from` to `to - 1` through the page, each right unless `wrong` has its index;
 * starts the quiz first when `from` is 0 (unless `start` is false: "Take it again" goes to the
 * first item at once). `checkOnly` leaves the last one answered, its feedback shown, not moved past.
 */
export async function answer(frame: FrameLocator | Page | Frame, items: readonly QuizItem[], from: number, to: number, wrong: readonly number[] = [], { checkOnly = false, start = from === 0 } = {}): Promise<void> {
  const quiz: Locator = frame.locator('digituki-quiz');
  if (start) await quiz.locator('[part~="intro"] button.primary').click();
  for (let i = from; i < to; i++) {
    const item = items[i]!;
    for (const id of choice(item, !wrong.includes(i))) await quiz.locator(`input[name="${item.id}"][value="${id}"]`).click();
    await quiz.locator('form button.primary').click(); // Check answer
    if (checkOnly && i === to - 1) await quiz.locator('[part~="feedback"]').first().waitFor();
    else await quiz.locator('[part~="feedback"] button.primary').click(); // Next, or the result after the last
  }
}
