/** The question being asked: its fieldset of options, the keyboard tip and the actions, and the form's input handling. */
import { str } from '@lit/localize';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { answerValue, toggledOptions, type AnswerValue, type GuideView, type QuestionView } from '../../../machines/index.js';
import { handleOptionKeys } from '../../controllers/option-keys.js';
import type { Msg } from '../../localization.js';

export interface QuestionFormHost {
  /** Continue was pressed with nothing chosen. */
  readonly missingChoice: boolean;
  /** The user answered the question (Continue, or Enter on an option). */
  answer(questionId: string, value: AnswerValue): void;
  /** Continue was pressed with nothing chosen (true), or the user chose something since (false). */
  missing(missing: boolean): void;
  back(): void;
  restart(): void;
}

/**
 * The options chosen in the form, answered; or the missing-choice error. Called by Continue and
 * by Enter on an option, never through the form's submission: in a sandboxed frame without
 * `allow-forms` (LMS and CMS embeds) a submit event never fires.
 */
function proceed(form: HTMLFormElement, question: QuestionView, host: QuestionFormHost): void {
  const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  if (chosen.length === 0) host.missing(true);
  else host.answer(question.questionId, answerValue(question, chosen));
}

/** Keeps the exclusive "none of these" option and the others apart on a multi question. */
function change(event: Event, question: QuestionView, host: QuestionFormHost): void {
  host.missing(false);
  if (!question.multi) return;
  const input = event.target as HTMLInputElement;
  const boxes = [...input.form!.querySelectorAll<HTMLInputElement>('input')];
  const checked = toggledOptions(question, new Set(boxes.filter((b) => b.checked).map((b) => b.value)), input.value);
  for (const box of boxes) box.checked = checked.has(box.value);
}

/** Number keys choose options (focus stays where it is); Enter on an option or the heading continues. */
function keydown(event: KeyboardEvent, question: QuestionView, host: QuestionFormHost): void {
  const form = event.currentTarget as HTMLFormElement;
  handleOptionKeys(event, () => proceed(form, question, host))?.dispatchEvent(new Event('change', { bubbles: true }));
}

export function questionForm(msg: Msg, view: GuideView, question: QuestionView, host: QuestionFormHost): unknown {
  const type = question.multi ? 'checkbox' : 'radio';
  const missing = host.missingChoice;
  // One form for every question: Lit updates its text and inputs in place (a step costs a fraction
  // of rebuilding it). `live()` sets `checked` from the walk, not from what Lit last rendered, so
  // what the user checked on one question never carries over to the next one's inputs. Only the
  // heading is new for each question: focus moves to it after every step, and a new element gets
  // a real focus event, so a screen reader reads the new question, its number and options count.
  return html`
    <form
      novalidate
      @submit=${(e: SubmitEvent) => e.preventDefault()}
      @keydown=${(e: KeyboardEvent) => keydown(e, question, host)}
      @change=${(e: Event) => change(e, question, host)}
    >
      <fieldset part="question" aria-describedby="help${missing ? ' missing' : ''}">
        <legend>
          <p id="progress" class="progress">
            ${msg(str`Question ${question.number}`, { id: 'ui.progress', desc: 'Above the question: its number in this walk.' })}<span class="visually-hidden"
              >, ${msg(str`${question.options.length} options`, { id: 'ui.option-count', desc: 'Read by screen readers after the question number when focus moves to a new question: how many options it has.' })}</span
            >
          </p>
          ${keyed(question.questionId, html`<h2 tabindex="-1" data-focus-target aria-describedby="progress">${question.title}</h2>`)}
        </legend>
        <p id="help" part="help" class="help">
          ${question.help}
          ${question.multi
            ? html`<span class="visually-hidden">${msg('Choose all that apply.', { id: 'ui.choose-all', desc: 'Screen-reader hint on a question where several options can be chosen.' })}</span>`
            : nothing}
        </p>
        ${missing
          ? html`<p id="missing" class="error-message" role="alert">${msg('Choose an option to continue.', { id: 'ui.missing-choice', desc: 'Error when Continue is pressed with nothing chosen.' })}</p>`
          : nothing}
        <ul part="options" class="options">
          ${question.options.map(
            (option, i) => html`<li>
              <label part="option" class="option">
                <input
                  type=${type}
                  name=${question.questionId}
                  value=${option.id}
                  .checked=${live(option.checked)}
                  aria-describedby=${option.hint ? `hint-${i}` : nothing}
                  aria-invalid=${missing ? 'true' : nothing}
                />
                <span class="option-label"><span class="key" aria-hidden="true">${i + 1}</span>${option.label}</span>
                ${option.hint ? html`<span id=${`hint-${i}`} class="hint">${option.hint}</span>` : nothing}
              </label>
            </li>`,
          )}
        </ul>
      </fieldset>
      <p class="help">${msg('Tip: number keys choose an option, Enter continues.', { id: 'ui.keys-tip', desc: 'Keyboard tip under the options.' })}</p>
      <div part="actions" class="actions">
        <button part="button" class="primary" type="button" @click=${(e: Event) => proceed((e.currentTarget as HTMLButtonElement).form!, question, host)}>
          ${msg('Continue', { id: 'ui.continue', desc: 'Button that submits the answer.' })}
        </button>
        ${view.canGoBack
          ? html`<button part="button" type="button" @click=${() => host.back()}>${msg('Back', { id: 'ui.back', desc: 'Button to the previous question.' })}</button>`
          : nothing}
        ${view.canStartOver
          ? html`<button part="button" class="link start-over" type="button" @click=${() => host.restart()}>${msg('Start over', { id: 'ui.restart', desc: 'Button that clears the answers.' })}</button>`
          : nothing}
      </div>
    </form>
  `;
}
