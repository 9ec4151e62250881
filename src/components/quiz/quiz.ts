import { str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  drawAttempt,
  itemPool,
  parseStoredAttempt,
  QUIZ_SCREENS,
  quizMachine,
  quizView,
  storedAttempt,
  xapiStatement,
  type QuizEvent,
  type QuizFeedbackView,
  type QuizIntroView,
  type QuizItemView,
  type QuizMachine,
  type QuizProgress,
  type QuizResultView,
  type QuizView,
  type ResumedAttempt,
  type StoredAttempt,
} from '../../../machines/index.js';
import { scenarios } from '../../../machines/trees/digital-support/scenario-bank.js';
import { tree } from '../../../machines/trees/digital-support/tree.js';
import { ActorController } from '../../controllers/actor-controller.js';
import { DigitukiQuizCompleteEvent } from '../../events/digituki-quiz-complete.js';
import { templates as fiStrings } from '../../generated/quiz/fi.js';
import { templates as svStrings } from '../../generated/quiz/sv.js';
import { ElementLocale } from '../../controllers/element-locale.js';
import { handleOptionKeys } from '../../controllers/option-keys.js';
import type { Msg } from '../../localization.js';
import { clearStored, loadStored, saveStored } from '../../persistence/session-store.js';
import { quizStyles } from './quiz.styles.js';

/** This element's UI strings in Finnish and Swedish (English is the source). */
const CATALOGUE = { fi: fiStrings, sv: svStrings };

/** Every item the default bank gives; an attempt draws from it. */
const pool = itemPool(tree, scenarios);

/** The xAPI activity the statements are about. */
export const QUIZ_ACTIVITY_ID = `urn:digituki:quiz:${tree.id}`;

const randomSeed = () => Math.random().toString(36).slice(2, 10);

/**
 * @summary The "Digital Supporter - Public Officer" skills-badge practice quiz, drawn from the
 * same scenario bank as the guide: "Choose the right course of action" and "Choose 2" items.
 *
 * @event {DigitukiQuizCompleteEvent} digituki-quiz-complete - The attempt ended. `detail: { score, total, pass, passScore, items, statement }`: item ids with correctness and an xAPI statement (without actor) for the host to forward.
 * @event {DigitukiErrorEvent} digituki-error - The locale cannot be used (it falls back). `detail: { reason, ids }`.
 *
 * @csspart base - The wrapper of everything the quiz shows.
 * @csspart intro - The introduction.
 * @csspart item - The current item's fieldset.
 * @csspart situation - A scenario's situation.
 * @csspart options - The list of options.
 * @csspart option - One option.
 * @csspart feedback - Right or not, the right answer, why and the principle.
 * @csspart result - The score, pass or not, and the items to review.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 *
 * @cssproperty --digituki-color-text - Text colour.
 * @cssproperty --digituki-color-muted - Secondary text.
 * @cssproperty --digituki-color-background - Background.
 * @cssproperty --digituki-color-surface - Background of chosen options.
 * @cssproperty --digituki-color-accent - Buttons and chosen options.
 * @cssproperty --digituki-color-on-accent - Text on the accent colour.
 * @cssproperty --digituki-color-border - Borders.
 * @cssproperty --digituki-color-focus - The focus outline.
 * @cssproperty --digituki-color-error - Errors and wrong answers.
 * @cssproperty --digituki-color-success - Right answers.
 * @cssproperty --digituki-font-family - Font (inherits the host page's by default).
 * @cssproperty --digituki-font-size - Base font size (the page's by default).
 * @cssproperty --digituki-space - Spacing unit.
 * @cssproperty --digituki-radius - Corner radius.
 * @cssproperty --digituki-max-width - Widest the quiz grows.
 */
export class DigitukiQuiz extends LitElement {
  static override styles = quizStyles;

  static override properties = {
    locale: { reflect: true },
    items: { type: Number },
    seed: {},
    passScore: { type: Number, attribute: 'pass-score' },
    persist: {},
    announcement: { state: true, attribute: false },
    missingChoice: { state: true, attribute: false },
  };

  private readonly quiz = new ActorController<QuizMachine>(this);
  private readonly language = new ElementLocale(this, CATALOGUE, () => tree.locales);

  /**
   * Set after a user action: move focus to the new item, the feedback or the result once rendered. A plain
   * field, not reactive state: the action's new snapshot renders anyway, and clearing it in
   * `updated()` must not schedule a second render.
   */
  private pendingFocus = false;
  /** The polite live region's text. */
  private announcement = '';
  /** The inline error when an answer is checked with the wrong number of options chosen. */
  private missingChoice = false;

  /** `fi`, `sv` or `en`. Falls back to the page's `lang`, then to Finnish. */
  locale?: string | null;

  /** How many items an attempt draws (10 when unset). */
  items?: number | null = 10;

  /** Makes attempts reproducible: the same seed draws the same items in the same order. */
  seed?: string | null;

  /** Items needed to pass; every item by default, as the badge is awarded on correct answers. */
  passScore?: number | null;

  /**
   * Opt-in resume after a reload (sessionStorage: the draw and the answers, nothing personal).
   * Removing it deletes what was stored.
   */
  persist?: string | null;

  private attemptSeed = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.language.check();
    if (changed.has('items') || changed.has('seed') || changed.has('passScore')) this.startAttempt();
    else if (changed.has('persist')) this.persistChanged(changed.get('persist') as string | null | undefined);
  }

  /** `persist` changed during an attempt: the old key's entry is deleted and the attempt is kept, saved under the new key. */
  private persistChanged(old: string | null | undefined): void {
    if (old != null && this.keyFor(old) !== this.storageKey) clearStored(this.keyFor(old));
    if (!this.quiz.snapshot) this.startAttempt();
    else this.save();
  }

  private get msg(): Msg {
    return this.language.msg;
  }

  private keyFor(persist: string): string {
    return `digituki-quiz:${tree.id}${persist ? `:${persist}` : ''}`;
  }

  /** Where `persist` stores the attempt; off when `persist` is `null` or `undefined`. */
  private get storageKey(): string | undefined {
    return this.persist == null ? undefined : this.keyFor(this.persist);
  }

  private get count(): number {
    return Math.max(1, Math.floor(typeof this.items === 'number' && Number.isFinite(this.items) ? this.items : 10));
  }

  /** What the screen shows now, in the element's locale. */
  private get view(): QuizView | undefined {
    const snapshot = this.quiz.snapshot;
    const screen = QUIZ_SCREENS.find((tag) => snapshot?.hasTag(tag));
    return snapshot && screen && quizView(tree, scenarios, this.language.locale, snapshot.context, screen);
  }

  /** A new attempt: the stored one when `persist` is set and it still fits, else a fresh draw. */
  private startAttempt(): void {
    const key = this.storageKey;
    const stored = key === undefined ? undefined : this.loadAttempt(key);
    this.attemptSeed = stored?.seed ?? this.seed ?? randomSeed();
    const items = stored?.items ?? drawAttempt(pool, { count: this.count, seed: this.attemptSeed });
    const passScore = stored?.passScore ?? (typeof this.passScore === 'number' ? this.passScore : items.length);
    this.quiz.start(quizMachine, { items, passScore }, stored?.events ?? []);
  }

  /** The stored attempt if it is intact and still fits the bank; otherwise `loadStored` drops it. */
  private loadAttempt(key: string): ResumedAttempt | undefined {
    let resumed: ResumedAttempt | undefined;
    loadStored(key, tree, (data): data is StoredAttempt => (resumed = parseStoredAttempt(data, pool)) !== undefined);
    return resumed;
  }

  private save(): void {
    const snapshot = this.quiz.snapshot;
    const key = this.storageKey;
    if (key !== undefined && snapshot) saveStored(key, tree, storedAttempt(snapshot.context, this.attemptSeed));
  }

  /** Sends a user action to the machine, then tells the host and moves focus. */
  private act(event: QuizEvent): void {
    const before = this.quiz.snapshot;
    if (!before?.can(event)) return;
    this.quiz.send(event);
    const after = this.quiz.snapshot!;
    this.missingChoice = false;
    this.pendingFocus = true;
    this.announce();
    this.save();
    if (after.hasTag('result') && !before.hasTag('result') && after.context.score) {
      const score = after.context.score;
      const statement = xapiStatement(score, { activityId: QUIZ_ACTIVITY_ID, name: this.quizTitle, locale: this.language.locale, timestamp: new Date() });
      this.dispatchEvent(new DigitukiQuizCompleteEvent({ ...score, statement }));
    }
  }

  private get quizTitle(): string {
    return this.msg('Digital Supporter - Public Officer: practice quiz', { id: 'quiz.title', desc: 'The quiz heading; the badge name stays as DVV writes it in each language.' });
  }

  private progress({ number, total }: QuizProgress): string {
    return this.msg(str`Item ${number} of ${total}`, { id: 'quiz.progress', desc: 'Which item of how many.' });
  }

  private verdict(right: boolean): string {
    return right
      ? this.msg('Right.', { id: 'quiz.right', desc: 'Feedback heading when the answer is right.' })
      : this.msg('Not right.', { id: 'quiz.wrong', desc: 'Feedback heading when the answer is wrong.' });
  }

  private scoreLine({ score, total }: QuizResultView): string {
    return this.msg(str`${score} of ${total} right`, { id: 'quiz.score', desc: 'The score on the result screen.' });
  }

  private announce(): void {
    const view = this.view;
    if (view?.screen === 'feedback') this.announcement = this.verdict(view.right);
    else if (view?.screen === 'item') this.announcement = this.progress(view);
    else if (view?.screen === 'result') this.announcement = this.scoreLine(view);
  }

  private restartFresh(): void {
    if (this.storageKey !== undefined) clearStored(this.storageKey);
    const seed = this.seed ?? randomSeed();
    this.attemptSeed = seed;
    this.act({ type: 'retake', items: drawAttempt(pool, { count: this.count, seed }) });
  }

  override updated(): void {
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    }
  }

  private handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    const view = this.view;
    if (view?.screen === 'item' && chosen.length !== view.choose) {
      this.missingChoice = true;
      return;
    }
    this.act({ type: 'answer', optionIds: chosen });
  }

  /** Number keys choose options; Enter on an option checks the answer. */
  private handleKeydown(event: KeyboardEvent): void {
    if (handleOptionKeys(event)) this.missingChoice = false;
  }

  override render(): TemplateResult {
    const view = this.view;
    const msg = this.msg;
    let body: unknown = nothing;
    if (view?.screen === 'intro') body = this.renderIntro(msg, view);
    else if (view?.screen === 'item') body = this.renderItem(msg, view);
    else if (view?.screen === 'feedback') body = this.renderFeedback(msg, view);
    else if (view?.screen === 'result') body = this.renderResult(msg, view);
    return html`
      <div part="base" class="base" lang=${this.language.locale}>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${body}
      </div>
    `;
  }

  private renderIntro(msg: Msg, { count, passScore, passAll }: QuizIntroView): TemplateResult {
    return html`
      <section part="intro" aria-labelledby="intro-heading">
        <h2 id="intro-heading" tabindex="-1" data-focus-target>${this.quizTitle}</h2>
        <p>
          ${msg('Practise telling digital support in a service situation from general digital support, and the limits of each.', {
            id: 'quiz.intro',
            desc: 'What the quiz covers (the badge competences).',
          })}
        </p>
        <ul>
          <li>${msg(str`${count} items: situations and statements.`, { id: 'quiz.intro.count', desc: 'How many items the attempt has.' })}</li>
          <li>
            ${passAll
              ? msg('To pass, answer every item right, as the badge requires correct answers.', { id: 'quiz.intro.pass-all', desc: 'The default pass rule.' })
              : msg(str`To pass, answer at least ${passScore} of ${count} right.`, { id: 'quiz.intro.pass-some', desc: 'A lowered pass rule.' })}
          </li>
          <li>${msg('After each answer you see the right course of action and why.', { id: 'quiz.intro.feedback', desc: 'What happens after each answer.' })}</li>
        </ul>
        <p class="help">
          ${msg('This is practice: the badge itself is applied for from DVV.', { id: 'quiz.intro.practice', desc: 'Says that the quiz does not award the badge.' })}
        </p>
        <div part="actions" class="actions">
          <button part="button" class="primary" type="button" @click=${() => this.act({ type: 'start' })}>
            ${msg('Start', { id: 'quiz.start', desc: 'Button that starts the attempt.' })}
          </button>
        </div>
      </section>
    `;
  }

  private renderItem(msg: Msg, view: QuizItemView): unknown {
    const single = view.kind === 'single';
    return keyed(
      view.itemId,
      html`
        <form novalidate @submit=${this.handleSubmit} @keydown=${this.handleKeydown}>
          <p class="progress">${this.progress(view)}</p>
          <h2 tabindex="-1" data-focus-target>${view.heading}</h2>
          ${view.situation ? html`<p part="situation" class="situation">${view.situation}</p>` : nothing}
          <fieldset part="item" aria-describedby=${this.missingChoice ? 'missing' : nothing}>
            <legend class="instruction">
              ${single
                ? msg('Choose the right course of action.', { id: 'quiz.choose-one', desc: 'Instruction of a single-choice item (the badge’s wording).' })
                : msg('Choose 2.', { id: 'quiz.choose-two', desc: 'Instruction of an item with two right answers (the badge’s wording).' })}
            </legend>
            ${this.missingChoice
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
                    <input type=${single ? 'radio' : 'checkbox'} name=${view.itemId} value=${option.id} aria-invalid=${this.missingChoice ? 'true' : nothing} />
                    <span class="option-label"><span class="key" aria-hidden="true">${i + 1}</span>${option.text}</span>
                  </label>
                </li>`,
              )}
            </ul>
          </fieldset>
          <div part="actions" class="actions">
            <button part="button" class="primary" type="submit">${msg('Check answer', { id: 'quiz.check', desc: 'Button that submits the answer to an item.' })}</button>
          </div>
        </form>
      `,
    );
  }

  private renderFeedback(msg: Msg, view: QuizFeedbackView): TemplateResult {
    return html`
      <section part="feedback" class="feedback ${view.right ? 'right' : 'wrong'}" aria-labelledby="feedback-heading">
        <p class="progress">${this.progress(view)}</p>
        <h2 id="feedback-heading" tabindex="-1" data-focus-target>${this.verdict(view.right)}</h2>
        <h3>${msg('The right answer', { id: 'quiz.right-answer', desc: 'Heading above the right option or options.' })}</h3>
        <ul>
          ${view.rightOptions.map((o) => html`<li><strong>${o.text}</strong>${o.why ? html` ${o.why}` : nothing}</li>`)}
        </ul>
        ${view.wrongChosen.length > 0
          ? html`<h3>${msg('Why your choice is not right', { id: 'quiz.why-wrong', desc: 'Heading above why the chosen wrong options are wrong.' })}</h3>
              <ul>
                ${view.wrongChosen.map((o) => html`<li><strong>${o.text}</strong> ${o.why ?? ''}</li>`)}
              </ul>`
          : nothing}
        <h3>${msg('Principles', { id: 'quiz.principles', desc: 'Heading above the principles the answer rests on.' })}</h3>
        <ul>
          ${view.principles.map((p) => html`<li><strong>${p.title}</strong>: ${p.text}</li>`)}
        </ul>
        <div part="actions" class="actions">
          <button part="button" class="primary" type="button" @click=${() => this.act({ type: 'next' })}>
            ${view.last ? msg('See the result', { id: 'quiz.see-result', desc: 'Button after the last item.' }) : msg('Next item', { id: 'quiz.next', desc: 'Button to the next item.' })}
          </button>
        </div>
      </section>
    `;
  }

  private renderResult(msg: Msg, view: QuizResultView): TemplateResult {
    return html`
      <section part="result" aria-labelledby="result-heading">
        <h2 id="result-heading" tabindex="-1" data-focus-target>${this.scoreLine(view)}</h2>
        <p class="verdict ${view.pass ? 'right' : 'wrong'}">
          <strong>
            ${view.pass
              ? msg('Passed.', { id: 'quiz.passed', desc: 'Result when the pass rule is met.' })
              : msg(str`Not passed: ${view.passScore} right needed.`, { id: 'quiz.failed', desc: 'Result when the pass rule is not met.' })}
          </strong>
        </p>
        ${view.missed.length > 0
          ? html`<h3>${msg('To review', { id: 'quiz.review', desc: 'Heading above the missed items.' })}</h3>
              <ol class="review">
                ${view.missed.map(
                  (item) => html`<li>
                    <strong>${item.heading}</strong>
                    ${item.situation ? html`<p>${item.situation}</p>` : nothing}
                    <p>${msg('Right answer:', { id: 'quiz.review.right', desc: 'Before the right option(s) of a missed item.' })} ${item.right.join(' / ')}</p>
                    <p class="help">${msg('Your answer:', { id: 'quiz.review.yours', desc: 'Before the option(s) the user chose.' })} ${item.chosen.join(' / ')}</p>
                  </li>`,
                )}
              </ol>`
          : nothing}
        <div part="actions" class="actions">
          <button part="button" class="primary" type="button" @click=${() => this.restartFresh()}>${msg('Take it again', { id: 'quiz.retake', desc: 'Button for a new attempt.' })}</button>
        </div>
      </section>
    `;
  }
}

if (!customElements.get('digituki-quiz')) customElements.define('digituki-quiz', DigitukiQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'digituki-quiz': DigitukiQuiz;
  }
}
