import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  drawAttempt,
  itemPool,
  QUIZ_SCREENS,
  quizMachine,
  quizView,
  xapiStatement,
  type QuizEvent,
  type QuizMachine,
  type QuizView,
} from '../../../machines/index.js';
import { scenarios } from '../../../machines/trees/digital-support/scenario-bank.js';
import { tree } from '../../../machines/trees/digital-support/tree.js';
import { ActorController } from '../../controllers/actor-controller.js';
import { ElementLocale } from '../../controllers/element-locale.js';
import { DigitukiQuizCompleteEvent } from '../../events/digituki-quiz-complete.js';
import { catalogue as CATALOGUE } from '../../generated/quiz/catalogue.js';
import type { Msg } from '../../localization.js';
import { AttemptStore } from '../../persistence/attempt-store.js';
import { feedbackScreen } from './feedback-screen.js';
import { introScreen } from './intro-screen.js';
import { itemForm } from './item-form.js';
import { quizStyles } from './quiz.styles.js';
import { announcement, quizTitle } from './quiz-text.js';
import { resultScreen } from './result-screen.js';

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

  /** What `persist` stores. */
  private readonly store = new AttemptStore(tree, pool);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.language.check();
    if (changed.has('items') || changed.has('seed') || changed.has('passScore')) this.startAttempt();
    else if (changed.has('persist')) this.persistChanged(changed.get('persist') as string | null | undefined);
  }

  /** `persist` changed during an attempt: the old key's entry is deleted and the attempt is kept, saved under the new key. */
  private persistChanged(old: string | null | undefined): void {
    if (this.store.key(old) !== this.store.key(this.persist)) this.store.clear(old);
    if (!this.quiz.snapshot) this.startAttempt();
    else this.save();
  }

  private get msg(): Msg {
    return this.language.msg;
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
    const stored = this.store.resume(this.persist);
    this.attemptSeed = stored?.seed ?? this.seed ?? randomSeed();
    const items = stored?.items ?? drawAttempt(pool, { count: this.count, seed: this.attemptSeed });
    const passScore = stored?.passScore ?? (typeof this.passScore === 'number' ? this.passScore : items.length);
    this.quiz.start(quizMachine, { items, passScore }, stored?.events ?? []);
  }

  private save(): void {
    const snapshot = this.quiz.snapshot;
    if (snapshot) this.store.save(this.persist, snapshot.context, this.attemptSeed);
  }

  /** Sends a user action to the machine, then tells the host, announces and moves focus. */
  private act(event: QuizEvent): void {
    const before = this.quiz.snapshot;
    if (!before?.can(event)) return;
    this.quiz.send(event);
    const after = this.quiz.snapshot!;
    this.missingChoice = false;
    this.pendingFocus = true;
    this.announcement = announcement(this.msg, this.view);
    this.save();
    if (after.hasTag('result') && !before.hasTag('result') && after.context.score) {
      const score = after.context.score;
      const statement = xapiStatement(score, { activityId: QUIZ_ACTIVITY_ID, name: quizTitle(this.msg), locale: this.language.locale, timestamp: new Date() });
      this.dispatchEvent(new DigitukiQuizCompleteEvent({ ...score, statement }));
    }
  }

  /** A fresh draw (the page's seed, or a new random one), from the first item. */
  private retake(): void {
    this.store.clear(this.persist);
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

  override render(): TemplateResult {
    const view = this.view;
    const msg = this.msg;
    return html`
      <div part="base" class="base" lang=${this.language.locale}>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${view?.screen === 'intro'
          ? introScreen(msg, view, () => this.act({ type: 'start' }))
          : view?.screen === 'item'
            ? itemForm(msg, view, {
                missingChoice: this.missingChoice,
                answer: (optionIds) => this.act({ type: 'answer', optionIds }),
                missing: (missing) => (this.missingChoice = missing),
              })
            : view?.screen === 'feedback'
              ? feedbackScreen(msg, view, () => this.act({ type: 'next' }))
              : view?.screen === 'result'
                ? resultScreen(msg, view, () => this.retake())
                : nothing}
      </div>
    `;
  }
}

if (!customElements.get('digituki-quiz')) customElements.define('digituki-quiz', DigitukiQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'digituki-quiz': DigitukiQuiz;
  }
}
