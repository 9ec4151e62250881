/** The demo page: the guide with a locale switcher, preset examples and its events logged. */
import '../src/index.js';
import type { DigitukiGuide } from '../src/components/guide/guide.js';

const guide = document.querySelector<DigitukiGuide>('#guide')!;
const locale = document.querySelector<HTMLSelectElement>('#locale')!;
const preset = document.querySelector<HTMLSelectElement>('#preset')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

locale.addEventListener('change', () => (guide.locale = locale.value));
preset.addEventListener('change', () => (guide.preset = preset.value));

for (const type of ['digituki-answer', 'digituki-outcome', 'digituki-error'] as const) {
  guide.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = `${type} ${JSON.stringify(event.detail)}`;
    item.append(code);
    log.prepend(item);
  });
}
