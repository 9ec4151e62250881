/** One quiz item: its situation, the options and Check answer, and the form's input handling. */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { QuizItemView } from '../../../machines/index.js';
import { handleOptionKeys } from '../../controllers/option-keys.js';
import type { Msg } from '../../localization.js';
import { progress } from './quiz-text.js';

export interface ItemFormHost {
  /** The answer was checked with the wrong number of options chosen. */
  readonly missingChoice: boolean;
  answer(optionIds: readonly string[]): void;
  /** The wrong number of options was chosen (true), or the user chose again since (false). */
  missing(missing: boolean): void;
}

/**
 * The options chosen, answered; or the error for the wrong number of them. Called by "Check answer"
 * and by Enter on an option, never through the form's submission, which a sandboxed frame
 * without `allow-forms` (an LMS or CMS embed) never fires.
 */
function proceed(form: HTMLFormElement, view: QuizItemView, host: ItemFormHost): void {
  const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  if (chosen.length !== view.choose) host.missing(true);
  else host.answer(chosen);
}

export function itemForm(msg: Msg, view: QuizItemView, host: ItemFormHost): unknown {
  const single = view.kind === 'single';
  const missing = host.missingChoice;
  return keyed(
    view.itemId,
    html`
      <form
        novalidate
        @submit=${(e: SubmitEvent) => e.preventDefault()}
        @keydown=${(e: KeyboardEvent) => {
          // Number keys choose options (and focus the chosen one); Enter on an option checks the answer.
          const form = e.currentTarget as HTMLFormElement;
          const chosen = handleOptionKeys(e, () => proceed(form, view, host));
          if (chosen) {
            chosen.focus();
            host.missing(false);
          }
        }}
      >
        <p class="progress">${progress(msg, view)}</p>
        <h2 tabindex="-1" data-focus-target>${view.heading}</h2>
        ${view.situation ? html`<p part="situation" class="situation">${view.situation}</p>` : nothing}
        <fieldset part="item" aria-describedby=${missing ? 'missing' : nothing}>
          <legend class="instruction">${view.prompt}</legend>
          ${missing
            ? html`<p id="missing" class="error-message" role="alert">
                ${single
                  ? msg('Choose one option.', { id: 'quiz.missing-one', desc: 'Error when checking a single-choice item with nothing chosen.' })
                  : msg('Choose exactly two options.', { id: 'quiz.missing-two', desc: 'Error when a Choose 2 item does not have two chosen.' })}
              </p>`
            : nothing}
          <ul part="options" class="options">
            ${view.options.map(
              (option, i) => html`<li>
                <label part="option" class="option">
                  <input type=${single ? 'radio' : 'checkbox'} name=${view.itemId} value=${option.id} aria-invalid=${missing ? 'true' : nothing} />
                  <span class="option-label"><span class="key" aria-hidden="true">${i + 1}</span>${option.text}</span>
                </label>
              </li>`,
            )}
          </ul>
        </fieldset>
        <div part="actions" class="actions">
          <button part="button" class="primary" type="button" @click=${(e: Event) => proceed((e.currentTarget as HTMLButtonElement).form!, view, host)}>
            ${msg('Check answer', { id: 'quiz.check', desc: 'Button that submits the answer to an item.' })}
          </button>
        </div>
      </form>
    `,
  );
}
