import { str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  currentAnswerRight,
  currentItem,
  drawAttempt,
  itemPool,
  itemText,
  optionText,
  quizMachine,
  xapiStatement,
  type QuizEvent,
  type QuizItem,
  type QuizMachine,
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

/** What a persisted attempt keeps: how to draw it again and the answers given. No personal data. */
interface StoredAttempt {
  readonly seed: string;
  readonly count: number;
  readonly passScore: number;
  readonly responses: Readonly<Record<string, readonly string[]>>;
  /** Items answered and moved past. */
  readonly done: number;
}

const isStoredAttempt = (value: unknown): value is StoredAttempt => {
  const v = value as Partial<StoredAttempt> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.seed === 'string' && typeof v.count === 'number' && typeof v.passScore === 'number' &&
    typeof v.done === 'number' && typeof v.responses === 'object' && v.responses !== null
  );
};

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

  private get resolvedLocale(): string {
    return this.language.locale;
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

  /** A new attempt: the stored one when `persist` is set and it still fits, else a fresh draw. */
  private startAttempt(): void {
    const key = this.storageKey;
    let stored = key === undefined ? undefined : loadStored(key, tree, isStoredAttempt);
    const items = stored ? drawAttempt(pool, { count: stored.count, seed: stored.seed }) : [];
    if (key !== undefined && stored && !this.fits(stored, items)) {
      clearStored(key);
      stored = undefined;
    }
    this.attemptSeed = stored?.seed ?? this.seed ?? randomSeed();
    const drawn = stored ? items : drawAttempt(pool, { count: this.count, seed: this.attemptSeed });
    const passScore = stored?.passScore ?? (typeof this.passScore === 'number' ? this.passScore : drawn.length);
    this.quiz.start(quizMachine, { items: drawn, passScore }, stored ? this.resumeEvents(drawn, stored) : []);
  }

  /** Whether a stored attempt still fits the bank: every answer names options of its own item. */
  private fits(stored: StoredAttempt, items: readonly QuizItem[]): boolean {
    if (items.length !== stored.count || stored.done > items.length) return false;
    return Object.entries(stored.responses).every(([id, chosen]) => {
      const item = items.find((i) => i.id === id);
      const ids = new Set(item?.options.map((o) => o.id));
      return item !== undefined && Array.isArray(chosen) && chosen.length === (item.kind === 'single' ? 1 : 2) && chosen.every((o) => ids.has(o));
    });
  }

  /** The events that bring a fresh attempt back to a stored one. */
  private resumeEvents(items: readonly QuizItem[], stored: StoredAttempt): QuizEvent[] {
    const events: QuizEvent[] = [{ type: 'start' }];
    items.forEach((item, i) => {
      const response = stored.responses[item.id];
      if (i > stored.done || !response) return;
      events.push({ type: 'answer', optionIds: response });
      if (i < stored.done) events.push({ type: 'next' });
    });
    return events;
  }

  private save(): void {
    const snapshot = this.quiz.snapshot;
    const key = this.storageKey;
    if (key === undefined || !snapshot) return;
    const { items, responses, index, passScore } = snapshot.context;
    const done = snapshot.hasTag('result') ? items.length : index;
    saveStored<StoredAttempt>(key, tree, { seed: this.attemptSeed, count: items.length, passScore, responses, done });
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
      const statement = xapiStatement(score, { activityId: QUIZ_ACTIVITY_ID, name: this.quizTitle, locale: this.resolvedLocale, timestamp: new Date() });
      this.dispatchEvent(new DigitukiQuizCompleteEvent({ ...score, statement }));
    }
  }

  private get quizTitle(): string {
    return this.msg('Digital Supporter - Public Officer: practice quiz', { id: 'quiz.title', desc: 'The quiz heading; the badge name stays as DVV writes it in each language.' });
  }

  private announce(): void {
    const snapshot = this.quiz.snapshot!;
    const msg = this.msg;
    if (snapshot.hasTag('feedback')) {
      this.announcement = currentAnswerRight(snapshot.context)
        ? msg('Right.', { id: 'quiz.right', desc: 'Feedback heading when the answer is right.' })
        : msg('Not right.', { id: 'quiz.wrong', desc: 'Feedback heading when the answer is wrong.' });
    } else if (snapshot.hasTag('item')) {
      const { index, items } = snapshot.context;
      this.announcement = msg(str`Item ${index + 1} of ${items.length}`, { id: 'quiz.progress', desc: 'Which item of how many.' });
    } else if (snapshot.hasTag('result')) {
      const score = snapshot.context.score!;
      this.announcement = msg(str`${score.score} of ${score.total} right`, { id: 'quiz.score', desc: 'The score on the result screen.' });
    }
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
    const item = currentItem(this.quiz.snapshot!.context)!;
    if (chosen.length !== (item.kind === 'single' ? 1 : 2)) {
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
    const snapshot = this.quiz.snapshot;
    const msg = this.msg;
    const locale = this.resolvedLocale;
    let body: unknown = nothing;
    if (snapshot?.hasTag('intro')) body = this.renderIntro(msg);
    else if (snapshot?.hasTag('item')) body = this.renderItem(msg, locale);
    else if (snapshot?.hasTag('feedback')) body = this.renderFeedback(msg, locale);
    else if (snapshot?.hasTag('result')) body = this.renderResult(msg, locale);
    return html`
      <div part="base" class="base" lang=${locale}>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${body}
      </div>
    `;
  }

  private renderIntro(msg: Msg): TemplateResult {
    const { items, passScore } = this.quiz.snapshot!.context;
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
          <li>${msg(str`${items.length} items: situations and statements.`, { id: 'quiz.intro.count', desc: 'How many items the attempt has.' })}</li>
          <li>
            ${passScore >= items.length
              ? msg('To pass, answer every item right, as the badge requires correct answers.', { id: 'quiz.intro.pass-all', desc: 'The default pass rule.' })
              : msg(str`To pass, answer at least ${passScore} of ${items.length} right.`, { id: 'quiz.intro.pass-some', desc: 'A lowered pass rule.' })}
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

  private renderItem(msg: Msg, locale: string): unknown {
    const { index, items } = this.quiz.snapshot!.context;
    const item = items[index]!;
    const text = itemText(tree, scenarios, locale, item);
    const type = item.kind === 'single' ? 'radio' : 'checkbox';
    const instruction =
      item.kind === 'single'
        ? msg('Choose the right course of action.', { id: 'quiz.choose-one', desc: 'Instruction of a single-choice item (the badge’s wording).' })
        : msg('Choose 2.', { id: 'quiz.choose-two', desc: 'Instruction of an item with two right answers (the badge’s wording).' });
    return keyed(
      item.id,
      html`
        <form novalidate @submit=${this.handleSubmit} @keydown=${this.handleKeydown}>
          <p class="progress">${msg(str`Item ${index + 1} of ${items.length}`, { id: 'quiz.progress', desc: 'Which item of how many.' })}</p>
          <h2 tabindex="-1" data-focus-target>${text.heading}</h2>
          ${text.situation ? html`<p part="situation" class="situation">${text.situation}</p>` : nothing}
          <fieldset part="item" aria-describedby=${this.missingChoice ? 'missing' : nothing}>
            <legend class="instruction">${instruction}</legend>
            ${this.missingChoice
              ? html`<p id="missing" class="error-message" role="alert">
                  ${item.kind === 'single'
                    ? msg('Choose one option.', { id: 'quiz.missing-one', desc: 'Error when checking a single-choice item with nothing chosen.' })
                    : msg('Choose exactly two options.', { id: 'quiz.missing-two', desc: 'Error when a Choose 2 item does not have two chosen.' })}
                </p>`
              : nothing}
            <ul part="options" class="options">
              ${item.options.map(
                (option, i) => html`<li>
                  <label part="option" class="option">
                    <input type=${type} name=${item.id} value=${option.id} aria-invalid=${this.missingChoice ? 'true' : nothing} />
                    <span class="option-label"><span class="key" aria-hidden="true">${i + 1}</span>${optionText(tree, scenarios, locale, option).text}</span>
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

  private renderFeedback(msg: Msg, locale: string): TemplateResult {
    const { index, items, responses } = this.quiz.snapshot!.context;
    const item = items[index]!;
    const right = currentAnswerRight(this.quiz.snapshot!.context);
    const chosen = responses[item.id] ?? [];
    const rightOptions = item.options.filter((o) => o.correct);
    const wrongChosen = item.options.filter((o) => !o.correct && chosen.includes(o.id));
    const principles = [...new Set(rightOptions.flatMap((o) => o.principles.slice(0, 1)).concat(wrongChosen.flatMap((o) => o.principles.slice(0, 1))))];
    const text = tree.text[locale]!;
    const last = index + 1 >= items.length;
    return html`
      <section part="feedback" class="feedback ${right ? 'right' : 'wrong'}" aria-labelledby="feedback-heading">
        <p class="progress">${msg(str`Item ${index + 1} of ${items.length}`, { id: 'quiz.progress', desc: 'Which item of how many.' })}</p>
        <h2 id="feedback-heading" tabindex="-1" data-focus-target>
          ${right ? msg('Right.', { id: 'quiz.right', desc: 'Feedback heading when the answer is right.' }) : msg('Not right.', { id: 'quiz.wrong', desc: 'Feedback heading when the answer is wrong.' })}
        </h2>
        <h3>${msg('The right answer', { id: 'quiz.right-answer', desc: 'Heading above the right option or options.' })}</h3>
        <ul>
          ${rightOptions.map((o) => {
            const t = optionText(tree, scenarios, locale, o);
            return html`<li><strong>${t.text}</strong>${t.why ? html` ${t.why}` : nothing}</li>`;
          })}
        </ul>
        ${wrongChosen.length > 0
          ? html`<h3>${msg('Why your choice is not right', { id: 'quiz.why-wrong', desc: 'Heading above why the chosen wrong options are wrong.' })}</h3>
              <ul>
                ${wrongChosen.map((o) => {
                  const t = optionText(tree, scenarios, locale, o);
                  return html`<li><strong>${t.text}</strong> ${t.why ?? ''}</li>`;
                })}
              </ul>`
          : nothing}
        <h3>${msg('Principles', { id: 'quiz.principles', desc: 'Heading above the principles the answer rests on.' })}</h3>
        <ul>
          ${principles.filter((id) => text.principles[id]).map((id) => html`<li><strong>${text.principles[id]!.title}</strong>: ${text.principles[id]!.text}</li>`)}
        </ul>
        <div part="actions" class="actions">
          <button part="button" class="primary" type="button" @click=${() => this.act({ type: 'next' })}>
            ${last ? msg('See the result', { id: 'quiz.see-result', desc: 'Button after the last item.' }) : msg('Next item', { id: 'quiz.next', desc: 'Button to the next item.' })}
          </button>
        </div>
      </section>
    `;
  }

  private renderResult(msg: Msg, locale: string): TemplateResult {
    const { items, responses, score } = this.quiz.snapshot!.context;
    const missed = items.filter((item) => !score!.items.find((r) => r.id === item.id)?.correct);
    return html`
      <section part="result" aria-labelledby="result-heading">
        <h2 id="result-heading" tabindex="-1" data-focus-target>${msg(str`${score!.score} of ${score!.total} right`, { id: 'quiz.score', desc: 'The score on the result screen.' })}</h2>
        <p class="verdict ${score!.pass ? 'right' : 'wrong'}">
          <strong>
            ${score!.pass
              ? msg('Passed.', { id: 'quiz.passed', desc: 'Result when the pass rule is met.' })
              : msg(str`Not passed: ${score!.passScore} right needed.`, { id: 'quiz.failed', desc: 'Result when the pass rule is not met.' })}
          </strong>
        </p>
        ${missed.length > 0
          ? html`<h3>${msg('To review', { id: 'quiz.review', desc: 'Heading above the missed items.' })}</h3>
              <ol class="review">
                ${missed.map((item) => {
                  const text = itemText(tree, scenarios, locale, item);
                  const chosen = responses[item.id] ?? [];
                  return html`<li>
                    <strong>${text.heading}</strong>
                    ${text.situation ? html`<p>${text.situation}</p>` : nothing}
                    <p>
                      ${msg('Right answer:', { id: 'quiz.review.right', desc: 'Before the right option(s) of a missed item.' })}
                      ${item.options
                        .filter((o) => o.correct)
                        .map((o) => optionText(tree, scenarios, locale, o).text)
                        .join(' / ')}
                    </p>
                    <p class="help">
                      ${msg('Your answer:', { id: 'quiz.review.yours', desc: 'Before the option(s) the user chose.' })}
                      ${item.options
                        .filter((o) => chosen.includes(o.id))
                        .map((o) => optionText(tree, scenarios, locale, o).text)
                        .join(' / ')}
                    </p>
                  </li>`;
                })}
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
