import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  currentItem,
  drawItems,
  feedbackView,
  isAnsweredRight,
  linkableUrl,
  deepFreeze,
  maxItemCount,
  parseStoredAttempt,
  QUIZ_SCREENS,
  quizMachine,
  quizSettings,
  quizView,
  storedAttempt,
  xapiStatement,
  type QuizEvent,
  type QuizMachine,
  type QuizSettingProblem,
  type QuizSettings,
  type QuizView,
  type StoredAttempt,
  type XapiActor,
} from '../../../machines/index.js';
import { scenarios } from '../../../machines/trees/digital-support/scenario-bank.js';
import { tree } from '../../../machines/trees/digital-support/tree.js';
import { ActorController } from '../../controllers/actor-controller.js';
import { ElementLocale } from '../../controllers/element-locale.js';
import { DigitukiErrorEvent } from '../../events/digituki-error.js';
import { DigitukiQuizCompleteEvent } from '../../events/digituki-quiz-complete.js';
import { DigitukiQuizProgressEvent, type QuizAnsweredItem } from '../../events/digituki-quiz-progress.js';
import { catalogue as CATALOGUE } from '../../generated/quiz/catalogue.js';
import type { Msg } from '../../localization.js';
import { AttemptStore } from '../../persistence/attempt-store.js';
import { feedbackScreen } from './feedback-screen.js';
import { introScreen } from './intro-screen.js';
import { itemForm } from './item-form.js';
import { quizStyles } from './quiz.styles.js';
import { announcement, quizTitle } from './quiz-text.js';
import { resultScreen } from './result-screen.js';
import { settingsErrorPanel } from './settings-error-panel.js';

/** The most items an attempt of the default bank can have (one per situation). */
const MAX_ITEMS = maxItemCount(tree, scenarios);

/** The xAPI activity the statements are about. */
export const QUIZ_ACTIVITY_ID = `urn:digituki:quiz:${tree.id}`;

const randomSeed = () => Math.random().toString(36).slice(2, 10);

/** The item on screen before an answer, as `digituki-quiz-progress` reports it. */
function answeredItem(context: Parameters<typeof currentItem>[0], chosen: readonly string[]): QuizAnsweredItem {
  const item = currentItem(context)!;
  const shown = item.options.map((o) => o.id);
  return {
    itemId: item.id,
    kind: item.kind,
    chosen: shown.filter((id) => chosen.includes(id)),
    right: item.options.filter((o) => o.correct).map((o) => o.id),
    correct: isAnsweredRight(item, chosen),
  };
}

/**
 * @tagname digituki-quiz
 * @summary The "Digital Supporter - Public Officer" skills-badge practice quiz, drawn from the
 * same scenario bank as the guide: "Choose the right course of action" and "Choose 2" items.
 *
 * @event {DigitukiQuizCompleteEvent} digituki-quiz-complete - The attempt ended. `detail: { score, total, pass, passScore, items, statement }`: item ids with correctness and an xAPI statement for the host to forward (its actor is the `actor` property; without it, none).
 * @event {DigitukiQuizProgressEvent} digituki-quiz-progress - After every step: `detail: { attempt, answered? }`, the attempt to give back to `attemptState` to resume (ids and numbers only) and, after an answer, the item, the options chosen and right, and whether it was right.
 * @event {DigitukiErrorEvent} digituki-error - `items`, `pass-score`, `seed` or `actor` cannot be used (an error panel shows instead of the quiz), or the locale cannot be used (it falls back). `detail: { reason, ids }`.
 *
 * @csspart base - The wrapper of everything the quiz shows.
 * @csspart intro - The introduction.
 * @csspart item - The current item's fieldset.
 * @csspart situation - A scenario's situation.
 * @csspart options - The list of options.
 * @csspart option - One option.
 * @csspart feedback - Right or not, the situation and every option with the chosen and right ones marked, why, and the principles; also a missed item reviewed from the result.
 * @csspart result - The score, pass or not, and the items to review.
 * @csspart badge - On a pass, the link to apply for the badge (with `badge-url`).
 * @csspart next - What to do next on the result: practise again, apply for the badge through the organisation, the guide (with `guide-url`).
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart error - The panel shown instead of the quiz when a setting is invalid.
 * @csspart notice - With `not-recorded`: the notice that results are not being recorded.
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
    // Taken as given (attribute text or any property value) and checked: see `quizSettings`.
    items: {},
    seed: {},
    passScore: { attribute: 'pass-score' },
    persist: {},
    attemptState: { attribute: false },
    badgeUrl: { attribute: 'badge-url' },
    guideUrl: { attribute: 'guide-url' },
    actor: { attribute: false },
    notRecorded: { type: Boolean, attribute: 'not-recorded' },
    announcement: { state: true, attribute: false },
    reviewing: { state: true, attribute: false },
    missingChoice: { state: true, attribute: false },
    settingProblems: { state: true, attribute: false },
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

  /** How many items an attempt draws: a whole number from 1 to one per situation of the bank (10 when unset). */
  items?: number | string | null;

  /**
   * Makes attempts reproducible: the same seed draws the same items in the same order, and "Take
   * it again" the next attempt of the seed (items the earlier attempts did not have).
   */
  seed?: string | number | null;

  /** Items needed to pass, from 1 to `items`; every item by default, as the badge is awarded on correct answers. */
  passScore?: number | string | null;

  /**
   * Opt-in resume after a reload (sessionStorage: the draw and the answers, nothing personal).
   * Removing it deletes what was stored.
   */
  persist?: string | null;

  /**
   * An attempt to resume, as a `digituki-quiz-progress` event gave it (a host that keeps the
   * attempt itself, such as the SCORM package in `cmi.suspend_data`). Used when it fits the
   * bank and the page's settings, else a new attempt starts; it wins over `persist`.
   */
  attemptState?: StoredAttempt | null;

  /**
   * The badge's application page, linked from the result on a pass. The badge is issued by its
   * owner (through Open Badge Factory, whose API is for servers with credentials): the quiz only
   * links. An http(s), mailto: or tel: link; anything else shows no link.
   */
  badgeUrl?: string | null;

  /**
   * The page of the organisation's digital-support guide, linked from the result as the next step
   * (practise with the guide's advice). An http(s) link or a path on the site; anything else shows no link.
   */
  guideUrl?: string | null;

  /**
   * The learner, for the xAPI statement in `digituki-quiz-complete`: an xAPI Agent such as
   * `{ account: { homePage: 'https://lms.example.fi', name: '<the host's id>' } }`. The quiz never
   * invents one; without it the statement has no actor and the host must add one. An object that
   * is not an Agent shows the error panel.
   */
  actor?: XapiActor | null;

  /**
   * Shows, above every screen, that results are not being recorded: for a host that records
   * attempts and cannot (the SCORM package, when the LMS's API is missing, fails or throws, or in
   * the LMS's browse or review mode). The quiz works the same.
   */
  notRecorded = false;

  /** A missed item shown again from the result (its place in the attempt). */
  private reviewing: number | undefined;

  /** The seed of the attempts now: the page's, or a random one drawn when the first attempt began. */
  private attemptSeed = '';
  /** Which attempt of the seed is on screen (1, then 2 after "Take it again"...). */
  private attemptNumber = 1;
  /** The page's settings, checked. */
  private settings: QuizSettings | undefined;
  /** What is wrong with the page's settings: shown instead of the quiz. */
  private settingProblems: readonly QuizSettingProblem[] = [];

  /** What `persist` stores. */
  private readonly store = new AttemptStore(tree, scenarios);

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.language.check();
    if (changed.has('items') || changed.has('seed') || changed.has('passScore') || changed.has('attemptState') || !this.hasUpdated) this.checkSettings(true);
    else if (changed.has('actor')) this.checkSettings(false); // a learner known later (a login) keeps the attempt
    else if (changed.has('persist')) this.persistChanged(changed.get('persist') as string | null | undefined);
  }

  /**
   * Checks the page's settings: an attempt when they can be used (a new one when `restart`, or
   * when none runs), the error panel (and `digituki-error`) when not.
   */
  private checkSettings(restart: boolean): void {
    const { settings, problems } = quizSettings({ items: this.items, passScore: this.passScore, seed: this.seed, actor: this.actor, attemptState: this.attemptState }, MAX_ITEMS);
    this.settings = settings;
    this.settingProblems = problems;
    if (settings) {
      if (restart || !this.quiz.snapshot) this.startAttempt(settings);
    } else {
      this.quiz.stop();
      this.dispatchEvent(new DigitukiErrorEvent({ reason: 'invalid-settings', ids: problems.map((p) => p.setting) }));
    }
  }

  /** `persist` changed during an attempt: the old key's entry is deleted and the attempt is kept, saved under the new key. */
  private persistChanged(old: string | null | undefined): void {
    if (this.store.key(old) !== this.store.key(this.persist)) this.store.clear(old);
    if (!this.settings) return;
    if (!this.quiz.snapshot) this.startAttempt(this.settings);
    else this.save();
  }

  private get msg(): Msg {
    return this.language.msg;
  }

  /** What the screen shows now, in the element's locale. */
  private get view(): QuizView | undefined {
    const snapshot = this.quiz.snapshot;
    const screen = QUIZ_SCREENS.find((tag) => snapshot?.hasTag(tag));
    return snapshot && screen && quizView(tree, scenarios, this.language.locale, snapshot.context, screen);
  }

  /** An attempt: the one given in `attemptState` or stored under `persist` when it fits the page's settings, else attempt 1 of the seed. */
  private startAttempt(settings: QuizSettings): void {
    const stored = (settings.attemptState !== undefined ? parseStoredAttempt(settings.attemptState, tree, scenarios, settings) : undefined) ?? this.store.resume(this.persist, settings);
    this.attemptSeed = stored?.seed ?? settings.seed ?? randomSeed();
    this.attemptNumber = stored?.attempt ?? 1;
    const items = stored?.items ?? drawItems(tree, scenarios, { seed: this.attemptSeed, attempt: this.attemptNumber, count: settings.count });
    this.quiz.start(quizMachine, { items, passScore: settings.passScore }, stored?.events ?? []);
  }

  private save(): void {
    const snapshot = this.quiz.snapshot;
    if (snapshot) this.store.save(this.persist, snapshot.context, this.attemptSeed, this.attemptNumber);
  }

  /** Shows a missed item again from the result, or (`undefined`) the result. */
  private review(index: number | undefined): void {
    this.reviewing = index;
    this.pendingFocus = true;
  }

  /** Sends a user action to the machine, then tells the host, announces and moves focus. */
  private act(event: QuizEvent): void {
    const before = this.quiz.snapshot;
    if (!before?.can(event)) return;
    this.quiz.send(event);
    this.reviewing = undefined;
    const after = this.quiz.snapshot!;
    this.missingChoice = false;
    this.pendingFocus = true;
    this.announcement = announcement(this.msg, this.view);
    this.save();
    this.dispatchEvent(new DigitukiQuizProgressEvent({
      attempt: storedAttempt(after.context, { bankVersion: scenarios.version, seed: this.attemptSeed, attempt: this.attemptNumber }),
      ...(event.type === 'answer' ? { answered: answeredItem(before.context, event.optionIds) } : {}),
    }));
    if (after.hasTag('result') && !before.hasTag('result') && after.context.score) {
      const score = after.context.score;
      const statement = xapiStatement(score, { activityId: QUIZ_ACTIVITY_ID, name: quizTitle(this.msg), locale: this.language.locale, timestamp: new Date(), actor: this.settings?.actor });
      // Frozen: every listener (the SCORM reporter among them) reads what the quiz scored; a host copies it to add to it.
      this.dispatchEvent(new DigitukiQuizCompleteEvent(deepFreeze({ ...score, statement })));
    }
  }

  /** The next attempt of the seed (items the earlier attempts did not have), from the first item. */
  private retake(): void {
    if (!this.settings) return;
    this.store.clear(this.persist);
    this.attemptNumber++;
    this.act({ type: 'retake', items: drawItems(tree, scenarios, { seed: this.attemptSeed, attempt: this.attemptNumber, count: this.settings.count }) });
  }

  override updated(): void {
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    }
  }

  override render(): TemplateResult {
    const msg = this.msg;
    if (this.settingProblems.length > 0) return settingsErrorPanel(msg, this.settingProblems);
    const view = this.view;
    return html`
      <div part="base" class="base" lang=${this.language.locale}>
        ${this.notRecorded
          ? html`<p part="notice" class="notice">${msg('Your results are not being recorded: this is practice only.', { id: 'quiz.not-recorded', desc: 'Shown above the quiz when the learning platform cannot record the attempt (or shows it for review only).' })}</p>`
          : nothing}
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
              ? feedbackScreen(msg, view, {
                  label: view.last ? msg('See the result', { id: 'quiz.see-result', desc: 'Button after the last item.' }) : msg('Next item', { id: 'quiz.next', desc: 'Button to the next item.' }),
                  run: () => this.act({ type: 'next' }),
                })
              : view?.screen === 'result' && this.reviewing !== undefined
                ? feedbackScreen(
                    msg,
                    feedbackView(tree, scenarios, this.language.locale, this.quiz.snapshot!.context, this.reviewing),
                    { label: msg('Back to the result', { id: 'quiz.review.back', desc: 'Button from a reviewed item back to the result.' }), run: () => this.review(undefined) },
                    true,
                  )
                : view?.screen === 'result'
                  ? resultScreen(msg, view, {
                      badgeUrl: linkableUrl(typeof this.badgeUrl === 'string' ? this.badgeUrl : undefined),
                      guideUrl: linkableUrl(typeof this.guideUrl === 'string' ? this.guideUrl : undefined),
                      retake: () => this.retake(),
                      review: (index) => this.review(index),
                    })
                  : nothing}
      </div>
    `;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'digituki-quiz': DigitukiQuiz;
  }
}
