/**
 * A trainer's printout of one quiz attempt: the items as learners see them (situation, the
 * instruction, options by letter), then, from a new page, the answer key (the right letters, why,
 * the principles' ids). Built from `drawAttempt`, the same draw as `<digituki-quiz>` with the same
 * seed, attempt and count. DOM only through `textContent`, so it works under a strict CSP.
 */
import type { AttemptItem } from '../machines/index.js';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

const letter = (id: string) => id.toUpperCase();

/** Replaces what `container` holds with the attempt and, on a page of its own, its answer key. */
export function renderAnswerKey(container: HTMLElement, items: readonly AttemptItem[], heading: string): void {
  const attempt = element('section', undefined, 'attempt');
  attempt.setAttribute('aria-labelledby', 'attempt-heading');
  const title = element('h2', heading);
  title.id = 'attempt-heading';
  attempt.append(title);
  const list = element('ol', undefined, 'items');
  for (const item of items) {
    const li = element('li', undefined, 'item');
    li.append(element('h3', item.title));
    if (item.situation) li.append(element('p', item.situation, 'situation'));
    li.append(element('p', item.prompt, 'prompt'));
    const options = element('ol', undefined, 'options');
    for (const option of item.options) options.append(element('li', `${letter(option.id)}. ${option.text}`));
    li.append(options);
    list.append(li);
  }
  attempt.append(list);

  const key = element('section', undefined, 'answer-key');
  key.setAttribute('aria-labelledby', 'key-heading');
  const keyTitle = element('h2', `Answer key: ${heading}`);
  keyTitle.id = 'key-heading';
  key.append(keyTitle);
  const answers = element('ol');
  for (const item of items) {
    const li = element('li');
    const right = item.options.filter((o) => o.right);
    li.append(element('strong', right.map((o) => letter(o.id)).join(' + ')), ` (${item.id})`);
    const why = element('ul');
    for (const option of right) why.append(element('li', `${letter(option.id)}: ${option.why ?? ''} [${option.principles.join(', ')}]`));
    li.append(why);
    answers.append(li);
  }
  key.append(answers);
  container.replaceChildren(attempt, key);
}
