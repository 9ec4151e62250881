/** The demo's trainer page: an attempt and its answer key to print, drawn as the quiz draws it. */
import { drawAttempt } from '../machines/index.js';
import { scenarios, tree } from '../machines/trees/digital-support/index.js';
import { renderAnswerKey } from './answer-key-view.js';

const locale = document.querySelector<HTMLSelectElement>('#locale')!;
const items = document.querySelector<HTMLSelectElement>('#items')!;
const seed = document.querySelector<HTMLInputElement>('#seed')!;
const attempt = document.querySelector<HTMLInputElement>('#attempt')!;
const output = document.querySelector<HTMLElement>('#printout')!;

function draw(): void {
  const args = { seed: seed.value || 'course', attempt: Number(attempt.value) || 1, count: Number(items.value), locale: locale.value };
  document.documentElement.lang = args.locale;
  renderAnswerKey(output, drawAttempt(tree, scenarios, args), `Seed “${args.seed}”, attempt ${args.attempt}, ${args.count} items`);
}

for (const control of [locale, items, seed, attempt]) control.addEventListener('change', draw);
document.querySelector<HTMLButtonElement>('#print')!.addEventListener('click', () => window.print());
draw();
