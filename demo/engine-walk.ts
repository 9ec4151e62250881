/**
 * A stand-in demo until <digituki-guide> exists: the compiled default tree driven by an XState
 * actor, rendered with plain DOM (text only, never HTML from the tree).
 */
import { createActor } from 'xstate';
import { compileTree } from '../machines/index.js';
import { tree } from '../machines/trees/digital-support/index.js';

const actor = createActor(compileTree(tree), { input: {} }).start();
const main = document.querySelector<HTMLElement>('#walk')!;
const localeSelect = document.querySelector<HTMLSelectElement>('#locale')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  node.append(...children);
  return node;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function render(): void {
  const snapshot = actor.getSnapshot();
  const text = tree.text[localeSelect.value]!;
  main.replaceChildren();
  if (snapshot.hasTag('question')) {
    const questionId = snapshot.context.path.at(-1)!;
    const question = tree.questions[questionId]!;
    const questionText = text.questions[questionId]!;
    const form = el('form');
    const fieldset = el('fieldset', undefined, el('legend', questionText.title), el('p', questionText.help));
    const current = snapshot.context.answers[questionId];
    for (const option of question.options) {
      const input = el('input');
      input.type = question.kind === 'multi' ? 'checkbox' : 'radio';
      input.name = questionId;
      input.value = option.id;
      input.checked = current === option.id || (Array.isArray(current) && current.includes(option.id));
      fieldset.append(el('label', undefined, input, document.createTextNode(` ${questionText.options[option.id]!.label}`)));
    }
    form.append(fieldset, button('Continue', () => {
      const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      if (chosen.length === 0) return;
      actor.send({ type: 'answer', questionId, value: question.kind === 'multi' ? chosen : chosen[0]! });
    }));
    if (snapshot.can({ type: 'back' })) form.append(button('Back', () => actor.send({ type: 'back' })));
    main.append(form);
  } else {
    main.append(el('h2', text.title));
    for (const id of snapshot.context.recommendation) {
      const outcome = text.outcomes[id]!;
      main.append(el('h3', outcome.title), el('ol', undefined, ...outcome.steps.map((s) => el('li', s))));
    }
    main.append(button('Back', () => actor.send({ type: 'back' })), button('Start over', () => actor.send({ type: 'restart' })));
  }
}

actor.subscribe(render);
localeSelect.addEventListener('change', render);
render();
