/**
 * The React example (examples/react: Vite, React 19, TypeScript) built with Vite's JS API and run
 * in Debian's Chromium through playwright-core: a walk to a recommendation through the
 * `<DigitukiGuide>` wrapper, whose typed events the app renders (the answers it counted, the
 * outcome ids `onDigitukiOutcome` gave it), its ref and a prop changed by state, and the plain
 * `<digituki-guide>` tag with its attributes and React 19's listener for `ondigituki-answer`;
 * an answer in the `<DigitukiQuiz>` wrapper reaches the app through `onDigitukiQuizProgress`.
 * The build is React's and Lit's development one (vitest runs with NODE_ENV=test), whose checks
 * report to the console: no error may come. README's React snippets are the example's
 * `src/readme/` files, which `npm run typecheck` checks.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startPageServer, type PageServer } from '../support/page-server.js';

let served: PageServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  const built = (await build({ configFile: 'examples/react/vite.config.ts', logLevel: 'error', build: { write: false } })) as Rolldown.RolldownOutput;
  const files = new Map(built.output.map((file) => [`/${file.fileName}`, file.type === 'chunk' ? file.code : file.source]));
  served = await startPageServer((request, response) => {
    const path = request.url === '/' ? '/index.html' : request.url!;
    const body = files.get(path);
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { 'Content-Type': path.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(body);
  });
  ({ origin, browser } = served);
}, 60_000);

afterAll(() => served?.close());

describe('the React example', () => {
  it('walks the wrapper to a recommendation and renders the typed events it got; the plain tag and the quiz wrapper work too', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(origin + '/');

    const guide = page.locator('#wrapped');
    const walk = [['setting', 'general-support'], ['circumstances', 'none'], ['request', 'guidance'], ['owner', 'none'], ['device', 'customer-own']];
    for (const [name, value] of walk) {
      await guide.locator(`input[name="${name}"][value="${value}"]`).click();
      await guide.locator('form button.primary').click();
    }
    await expect.poll(() => guide.locator('[data-outcome]').count()).toBeGreaterThan(0);
    const shown = await guide.locator('[data-outcome]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-outcome')));
    expect(shown[0]).toBe('general-support');
    await expect.poll(() => page.locator('#outcomes li').allTextContents()).toEqual(shown);
    expect(await page.locator('#answered').textContent()).toBe(String(walk.length));

    // The ref: restart() on the element; then a prop from React state.
    await page.locator('#start-again').click();
    await expect.poll(() => guide.locator('input[name="setting"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#outcomes li').count()).toBe(0);
    await page.locator('select').selectOption('sv');
    await expect.poll(() => guide.locator('form button.primary').textContent()).toMatch(/Fortsätt/);

    // The plain tag: attributes (Finnish, the preset skips `setting`) and React 19's event listener.
    const plain = page.locator('#plain');
    expect((await plain.locator('form button.primary').textContent())!.trim()).toBe('Jatka');
    const question = await plain.locator('fieldset input').first().getAttribute('name');
    expect(question).not.toBe('setting');
    await plain.locator('fieldset input').first().click();
    await plain.locator('form button.primary').click();
    await expect.poll(() => page.locator('#plain-questions').textContent()).toBe(question);

    // The quiz wrapper: its props (two items) and its typed progress event.
    const quiz = page.locator('#quiz');
    await quiz.locator('button.primary').click();
    await quiz.locator('fieldset input').first().click();
    if ((await quiz.locator('fieldset input[type="checkbox"]').count()) > 0) await quiz.locator('fieldset input').nth(1).click();
    await quiz.locator('form button.primary').click();
    await expect.poll(() => page.locator('#quiz-answered').textContent()).toBe('1');

    await page.close();
    expect(errors).toEqual([]);
  });

  it('is what README shows', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const file of ['wrapper.tsx', 'plain-tag.tsx']) expect(readme, file).toContain(readFileSync(`examples/react/src/readme/${file}`, 'utf8'));
  });
});
