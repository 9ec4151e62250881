import { str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  answersProblems,
  compileTree,
  indexTree,
  linkableUrl,
  loadTree,
  parsePreset,
  selected,
  type Answers,
  type GuideEvent,
  type GuideMachine,
  type LoadedTree,
  type TreeDefinition,
} from '../../../machines/index.js';
import { tree as digitalSupportTree } from '../../../machines/trees/digital-support/tree.js';
import { ActorController } from '../../controllers/actor-controller.js';
import { DigitukiAnswerEvent } from '../../events/digituki-answer.js';
import { DigitukiErrorEvent } from '../../events/digituki-error.js';
import { DigitukiOutcomeEvent } from '../../events/digituki-outcome.js';
import { templates as fiStrings } from '../../generated/guide/fi.js';
import { templates as svStrings } from '../../generated/guide/sv.js';
import { ElementLocale } from '../../controllers/element-locale.js';
import { handleOptionKeys } from '../../controllers/option-keys.js';
import { UI_LOCALES, type Msg } from '../../localization.js';
import { loadAnswers, storageKey } from '../../persistence/answer-store.js';
import { clearStored, saveStored } from '../../persistence/session-store.js';
import { handoverSummary } from '../../summary/handover-summary.js';
import { guideStyles } from './guide.styles.js';

/** This element's UI strings in Finnish and Swedish (English is the source). */
const CATALOGUE = { fi: fiStrings, sv: svStrings };

/** Compiled machines per loaded tree: several guides with one tree share one machine. */
const machines = new WeakMap<TreeDefinition, GuideMachine>();

function machineFor(tree: TreeDefinition): GuideMachine {
  let machine = machines.get(tree);
  if (!machine) {
    machine = compileTree(tree);
    machines.set(tree, machine);
  }
  return machine;
}

/**
 * @summary The live-visit guide: a few questions about the customer's situation, then the
 * correct course of action from the ethical guidelines for digital support.
 *
 * @slot contacts - Your organisation's own contacts, shown with the recommendation (e.g. a list of phone numbers).
 *
 * @event {DigitukiAnswerEvent} digituki-answer - The user answered a question. `detail: { questionId, optionIds }`.
 * @event {DigitukiOutcomeEvent} digituki-outcome - The answers reached a recommendation. `detail: { outcomes }` (ids, primary first).
 * @event {DigitukiErrorEvent} digituki-error - The tree, a preset or the locale cannot be used. `detail: { reason, paths?, ids? }`.
 *
 * @csspart base - The wrapper of everything the guide shows.
 * @csspart question - The current question's fieldset.
 * @csspart help - The question's line of help.
 * @csspart options - The list of options.
 * @csspart option - One option (its label, input and hint).
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart answers - The "your answers" list.
 * @csspart result - The recommendation.
 * @csspart outcome - One course of action in the recommendation.
 * @csspart steps - What to do.
 * @csspart must-not - What not to do.
 * @csspart principles - The principles a course of action rests on.
 * @csspart referrals - Where to refer.
 * @csspart contacts - The box around the `contacts` slot.
 * @csspart why - The answers that led to the recommendation.
 * @csspart summary - The hand-over summary.
 * @csspart error - The panel shown instead of the guide when the tree or a preset is invalid.
 *
 * @cssproperty --digituki-color-text - Text colour.
 * @cssproperty --digituki-color-muted - Secondary text (help, hints).
 * @cssproperty --digituki-color-background - Background.
 * @cssproperty --digituki-color-surface - Background of chosen options.
 * @cssproperty --digituki-color-accent - Buttons, chosen options, the primary course of action.
 * @cssproperty --digituki-color-on-accent - Text on the accent colour.
 * @cssproperty --digituki-color-border - Borders.
 * @cssproperty --digituki-color-focus - The focus outline.
 * @cssproperty --digituki-color-error - Errors.
 * @cssproperty --digituki-font-family - Font (inherits the host page's by default).
 * @cssproperty --digituki-font-size - Base font size (the page's by default).
 * @cssproperty --digituki-space - Spacing unit.
 * @cssproperty --digituki-radius - Corner radius.
 * @cssproperty --digituki-max-width - Widest the guide grows.
 */
export class DigitukiGuide extends LitElement {
  static override styles = guideStyles;

  // Declared without decorators: the standalone bundle then needs no decorator helpers.
  static override properties = {
    // Custom accessors (noAccessor): Lit still keeps a value set before the element upgraded.
    tree: { attribute: false, noAccessor: true },
    answers: { attribute: false, noAccessor: true },
    locale: { reflect: true },
    preset: {},
    persist: {},
    announcement: { state: true, attribute: false },
    missingChoice: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    configProblems: { state: true, attribute: false },
  };

  private readonly guide = new ActorController<GuideMachine>(this);
  private readonly language = new ElementLocale(this, CATALOGUE, () => this.availableLocales);

  /**
   * Set after a user action: move focus to the new question or the result once rendered. A plain
   * field, not reactive state: the action's new snapshot renders anyway, and clearing it in
   * `updated()` must not schedule a second render.
   */
  private pendingFocus = false;
  /** The polite live region's text. */
  private announcement = '';
  /** The inline error when Continue is pressed with nothing chosen. */
  private missingChoice = false;
  private copied = false;
  /** Preset problems or an AnswerError from the machine, shown in the error panel. */
  private configProblems: readonly string[] = [];

  /** The tree the host gave, if any. */
  private givenTree: TreeDefinition | undefined;
  /** The tree in use, checked and frozen when it was set, or its problems. */
  private loaded: LoadedTree = loadTree(digitalSupportTree);

  /**
   * The tree to walk: the default digital-support tree unless the host gives its own. It is
   * checked and copied when set: changing the object afterwards changes nothing until it is set
   * again. `null` or `undefined` restore the default tree.
   */
  get tree(): TreeDefinition {
    return this.givenTree ?? digitalSupportTree;
  }

  set tree(value: TreeDefinition | null | undefined) {
    const old = this.tree;
    this.givenTree = value ?? undefined;
    this.loaded = loadTree(this.tree);
    this.requestUpdate('tree', old);
  }

  /** The loaded tree: only while `loaded.problems` is empty. */
  private get walkTree(): TreeDefinition {
    return this.loaded.tree!;
  }

  /** `fi`, `sv` or `en`. Falls back to the page's `lang`, then to Finnish. */
  locale?: string | null;

  /**
   * Answers the page knows in advance, skipped and not changeable: `setting=general-support`,
   * several separated by `;`, multi options by `,`. As a property also an answers object.
   */
  preset?: string | Answers | null = '';

  /**
   * Opt-in resume after a reload: stores only the answers and the tree's version in
   * sessionStorage. Give each persisting guide on a page its own value. Removing it deletes what
   * was stored.
   */
  persist?: string | null;

  /** The storage key last read from, so a key is read once and a walk under way is not replaced. */
  private restoredKey: string | undefined;

  /** Answers set by the host, applied at the next update (checked against the tree then in use). */
  private pendingAnswers: Answers | null | undefined;

  /** The current answers (presets included). Setting it starts over with these answers filled in; `null` starts over empty. */
  get answers(): Answers {
    if (this.pendingAnswers !== undefined) return this.pendingAnswers ?? {};
    return this.guide.snapshot?.context.answers ?? {};
  }

  set answers(answers: Answers | null | undefined) {
    const old = this.answers;
    this.pendingAnswers = answers ?? null;
    this.requestUpdate('answers', old);
  }

  /** Starts over, keeping the presets. */
  restart(): void {
    this.act({ type: 'restart' });
  }

  /** Goes back one question (or from the recommendation to the last question). */
  back(): void {
    this.act({ type: 'back' });
  }

  /** The locales the guide can show: the tree's, or the UI's while the tree is invalid (for the error panel). */
  private get availableLocales(): readonly string[] {
    return this.loaded.tree?.locales ?? UI_LOCALES;
  }

  private get resolvedLocale(): string {
    return this.language.locale;
  }

  private get presetAnswers(): { answers: Answers; problems: readonly string[]; invalid: readonly string[] } {
    const index = indexTree(this.walkTree);
    const preset = this.preset ?? ''; // null or undefined (a removed attribute, an unset framework prop): no presets
    if (typeof preset === 'string') return parsePreset(index, preset);
    const problems = answersProblems(index, preset);
    return { answers: problems.length ? {} : preset, problems, invalid: problems.length && typeof preset === 'object' ? Object.keys(preset) : [] };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.language.check();
    if (changed.has('tree') || changed.has('preset') || changed.has('answers')) this.startWalk();
    else if (changed.has('persist')) this.persistChanged(changed.get('persist') as string | null | undefined);
  }

  /** The storage key for `persist` (off when `null` or `undefined`). */
  private storageKeyFor(persist: string | null | undefined): string | undefined {
    return persist == null || !this.loaded.tree ? undefined : storageKey(this.loaded.tree, persist);
  }

  private startWalk(): void {
    const given = this.pendingAnswers;
    this.pendingAnswers = undefined;
    this.configProblems = [];
    this.missingChoice = false;
    const problems = this.loaded.problems;
    if (problems.length > 0) {
      this.guide.stop();
      this.dispatchEvent(new DigitukiErrorEvent({ reason: 'invalid-tree', paths: problems.map((p) => p.path) }));
      return;
    }
    const preset = this.presetAnswers;
    const answerProblems = given ? answersProblems(indexTree(this.walkTree), given) : [];
    if (preset.problems.length > 0 || answerProblems.length > 0) {
      this.guide.stop();
      this.configProblems = [...preset.problems, ...answerProblems];
      if (preset.problems.length > 0) this.dispatchEvent(new DigitukiErrorEvent({ reason: 'invalid-preset', ids: preset.invalid }));
      if (answerProblems.length > 0) this.dispatchEvent(new DigitukiErrorEvent({ reason: 'invalid-answers', ids: Object.keys(given!) }));
      return;
    }
    let start = given ?? undefined;
    const key = this.storageKeyFor(this.persist);
    if (key !== undefined && given === undefined && this.restoredKey !== key) start = loadAnswers(key, this.walkTree);
    this.restoredKey = key;
    this.guide.start(machineFor(this.walkTree), { preset: preset.answers, ...(start ? { answers: start } : {}) });
    this.save();
    this.reportNoOutcome();
  }

  /**
   * `persist` changed with the walk under way: what was stored under the old key is deleted; the
   * walk is kept and saved under the new key, or, when the user has answered nothing yet, resumed
   * from what the new key holds.
   */
  private persistChanged(old: string | null | undefined): void {
    const oldKey = this.storageKeyFor(old);
    const key = this.storageKeyFor(this.persist);
    if (oldKey !== undefined && oldKey !== key) clearStored(oldKey);
    if (key === undefined || this.restoredKey === key) return;
    if (this.ownAnswers().length === 0 && loadAnswers(key, this.walkTree)) {
      this.startWalk();
      return;
    }
    this.restoredKey = key;
    this.save();
  }

  /** The answers the user gave (not the presets), as entries. */
  private ownAnswers(): [string, Answers[string]][] {
    const context = this.guide.snapshot?.context;
    return context ? Object.entries(context.answers).filter(([id]) => !Object.hasOwn(context.preset, id)) : [];
  }

  /** A custom tree whose walk ends with no course of action: the guide says so and tells the host. */
  private reportNoOutcome(): void {
    const snapshot = this.guide.snapshot;
    if (snapshot?.hasTag('result') && snapshot.context.recommendation.length === 0) {
      this.dispatchEvent(new DigitukiErrorEvent({ reason: 'no-outcome', ids: snapshot.context.path }));
    }
  }

  /** Sends a user action to the machine, then tells the host and moves focus. */
  private act(event: GuideEvent): void {
    const before = this.guide.snapshot;
    if (!before || !before.can(event)) return;
    this.guide.send(event);
    const after = this.guide.snapshot!;
    this.missingChoice = false;
    this.copied = false;
    this.pendingFocus = true;
    this.announce();
    this.save();
    if (event.type === 'answer') this.dispatchEvent(new DigitukiAnswerEvent({ questionId: event.questionId, optionIds: selected(event.value) }));
    if (after.hasTag('result') && !before.hasTag('result')) {
      if (after.context.recommendation.length > 0) this.dispatchEvent(new DigitukiOutcomeEvent({ outcomes: after.context.recommendation }));
      else this.reportNoOutcome();
    }
  }

  private save(): void {
    const key = this.storageKeyFor(this.persist);
    if (key === undefined || !this.guide.snapshot) return;
    const own = this.ownAnswers();
    if (own.length === 0) clearStored(key);
    else saveStored(key, this.walkTree, Object.fromEntries(own));
  }

  private announce(): void {
    const snapshot = this.guide.snapshot!;
    const msg = this.msg;
    const text = this.walkTree.text[this.resolvedLocale]!;
    if (snapshot.hasTag('result')) {
      const primary = snapshot.context.recommendation[0];
      this.announcement = primary
        ? msg(str`Recommendation ready. First: ${text.outcomes[primary]!.title}`, { id: 'ui.announce.result', desc: 'Live region text when the recommendation is shown; ends with the primary course of action.' })
        : msg('Recommendation ready.', { id: 'ui.announce.result-empty', desc: 'Live region text when the recommendation has no course of action.' });
    } else {
      const questionId = this.currentQuestion!;
      this.announcement = msg(str`Question ${this.questionNumber}: ${text.questions[questionId]!.title}`, {
        id: 'ui.announce.question',
        desc: 'Live region text when a new question is shown: its number and title.',
      });
    }
  }

  private get msg(): Msg {
    return this.language.msg;
  }

  private get currentQuestion(): string | undefined {
    const snapshot = this.guide.snapshot;
    return snapshot?.hasTag('question') ? snapshot.context.path.at(-1) : undefined;
  }

  /** The current question's number among the questions the user answers (presets not counted). */
  private get questionNumber(): number {
    const { path, preset } = this.guide.snapshot!.context;
    return path.filter((id) => preset[id] === undefined).length;
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
    const questionId = this.currentQuestion!;
    const chosen = [...form.querySelectorAll<HTMLInputElement>(`input[name="${questionId}"]:checked`)].map((input) => input.value);
    if (chosen.length === 0) {
      this.missingChoice = true;
      return;
    }
    const value = this.walkTree.questions[questionId]!.kind === 'multi' ? chosen : chosen[0]!;
    this.act({ type: 'answer', questionId, value });
  }

  /** Number keys choose options; Enter on an option continues. */
  private handleKeydown(event: KeyboardEvent): void {
    handleOptionKeys(event)?.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Keeps the exclusive "none of these" option and the others apart on a multi question. */
  private handleChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.missingChoice = false;
    if (input.type !== 'checkbox' || !input.checked) return;
    const question = this.walkTree.questions[input.name]!;
    const exclusive = question.options.find((o) => o.exclusive)?.id;
    const boxes = [...(input.form?.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`) ?? [])];
    for (const box of boxes) {
      if (box !== input && (input.value === exclusive || box.value === exclusive)) box.checked = false;
    }
  }

  private async handleCopy(summary: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(summary);
      this.copied = true;
    } catch {
      // No clipboard permission: select the text so the supporter can copy it by hand.
      const area = this.renderRoot.querySelector('textarea');
      area?.focus();
      area?.select();
    }
  }

  override render(): TemplateResult {
    const msg = this.msg;
    const locale = this.resolvedLocale;
    if (this.loaded.problems.length > 0) return this.renderTreeError(msg);
    const snapshot = this.guide.snapshot;
    if (this.configProblems.length > 0 || !snapshot || snapshot.status === 'error') {
      const problems = this.configProblems.length > 0 ? this.configProblems : [String((snapshot?.error as Error | undefined)?.message ?? '')];
      return this.renderConfigError(msg, problems);
    }
    return html`
      <div part="base" class="base" lang=${locale}>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${snapshot.hasTag('result') ? this.renderResult(msg, locale) : this.renderQuestion(msg, locale)} ${this.renderAnswers(msg, locale)}
      </div>
    `;
  }

  private renderQuestion(msg: Msg, locale: string): unknown {
    const questionId = this.currentQuestion!;
    const question = this.walkTree.questions[questionId]!;
    const text = this.walkTree.text[locale]!.questions[questionId]!;
    const current = selected(this.guide.snapshot!.context.answers[questionId]);
    const type = question.kind === 'multi' ? 'checkbox' : 'radio';
    const snapshot = this.guide.snapshot!;
    // Keyed by question: every question gets fresh inputs, so no checked state carries over.
    return keyed(questionId, html`
      <form novalidate @submit=${this.handleSubmit} @keydown=${this.handleKeydown} @change=${this.handleChange}>
        <fieldset part="question" aria-describedby="help${this.missingChoice ? ' missing' : ''}">
          <legend>
            <p class="progress">${msg(str`Question ${this.questionNumber}`, { id: 'ui.progress', desc: 'Above the question: its number in this walk.' })}</p>
            <h2 tabindex="-1" data-focus-target>${text.title}</h2>
          </legend>
          <p id="help" part="help" class="help">
            ${text.help}
            ${question.kind === 'multi'
              ? html`<span class="visually-hidden">${msg('Choose all that apply.', { id: 'ui.choose-all', desc: 'Screen-reader hint on a question where several options can be chosen.' })}</span>`
              : nothing}
          </p>
          ${this.missingChoice
            ? html`<p id="missing" class="error-message" role="alert">${msg('Choose an option to continue.', { id: 'ui.missing-choice', desc: 'Error when Continue is pressed with nothing chosen.' })}</p>`
            : nothing}
          <ul part="options" class="options">
            ${question.options.map((option, i) => {
              const optionText = text.options[option.id]!;
              const hintId = `hint-${i}`;
              return html`<li>
                <label part="option" class="option">
                  <input
                    type=${type}
                    name=${questionId}
                    value=${option.id}
                    .checked=${current.includes(option.id)}
                    aria-describedby=${optionText.hint ? hintId : nothing}
                    aria-invalid=${this.missingChoice ? 'true' : nothing}
                  />
                  <span class="option-label"><span class="key" aria-hidden="true">${i + 1}</span>${optionText.label}</span>
                  ${optionText.hint ? html`<span id=${hintId} class="hint">${optionText.hint}</span>` : nothing}
                </label>
              </li>`;
            })}
          </ul>
        </fieldset>
        <p class="help">${msg('Tip: number keys choose an option, Enter continues.', { id: 'ui.keys-tip', desc: 'Keyboard tip under the options.' })}</p>
        <div part="actions" class="actions">
          <button part="button" class="primary" type="submit">${msg('Continue', { id: 'ui.continue', desc: 'Button that submits the answer.' })}</button>
          ${snapshot.can({ type: 'back' })
            ? html`<button part="button" type="button" @click=${() => this.back()}>${msg('Back', { id: 'ui.back', desc: 'Button to the previous question.' })}</button>`
            : nothing}
          ${Object.keys(snapshot.context.answers).length > Object.keys(snapshot.context.preset).length
            ? html`<button part="button" type="button" @click=${() => this.restart()}>${msg('Start over', { id: 'ui.restart', desc: 'Button that clears the answers.' })}</button>`
            : nothing}
        </div>
      </form>
    `);
  }

  private renderAnswers(msg: Msg, locale: string): TemplateResult | typeof nothing {
    const { path, answers, preset } = this.guide.snapshot!.context;
    const current = this.currentQuestion;
    const rows = path.filter((id) => id !== current && answers[id] !== undefined);
    if (rows.length === 0) return nothing;
    const text = this.walkTree.text[locale]!;
    return html`
      <section part="answers" class="answers" aria-labelledby="answers-heading">
        <h2 id="answers-heading">${msg('Your answers', { id: 'ui.your-answers', desc: 'Heading of the list of answers given so far.' })}</h2>
        <dl>
          ${rows.map((questionId) => {
            const questionText = text.questions[questionId]!;
            const labels = selected(answers[questionId]).map((id) => questionText.options[id]!.label).join(', ');
            return html`<div class="row">
              <dt>${questionText.title}</dt>
              <dd>${labels}</dd>
              <dd class="change">
                ${preset[questionId] !== undefined
                  ? html`<span class="status">${msg('Set by this page', { id: 'ui.preset', desc: 'Shown instead of a change link for an answer the page preset.' })}</span>`
                  : html`<button part="button" class="link" type="button" @click=${() => this.act({ type: 'goTo', questionId })}>
                      ${msg('Change', { id: 'ui.change', desc: 'Link to change one answer.' })}<span class="visually-hidden">: ${questionText.title}</span>
                    </button>`}
              </dd>
            </div>`;
          })}
        </dl>
      </section>
    `;
  }

  private renderResult(msg: Msg, locale: string): TemplateResult {
    const snapshot = this.guide.snapshot!;
    const { recommendation, path, answers } = snapshot.context;
    const text = this.walkTree.text[locale]!;
    const summary = handoverSummary(this.walkTree, locale, path, answers, recommendation, {
      heading: msg('hand-over summary', { id: 'ui.summary.heading', desc: 'First line of the copied summary, after the tree title.' }),
      situation: msg('Situation', { id: 'ui.summary.situation', desc: 'Summary section: the answers.' }),
      advised: msg('Advised', { id: 'ui.summary.advised', desc: 'Summary section: the courses of action.' }),
      referred: msg('Referred to', { id: 'ui.summary.referred', desc: 'Summary section: where the customer was referred.' }),
    });
    return html`
      <section part="result" aria-labelledby="result-heading">
        <h2 id="result-heading" tabindex="-1" data-focus-target>${msg('What to do', { id: 'ui.result.heading', desc: 'Heading of the recommendation.' })}</h2>
        ${recommendation.length > 1
          ? html`<p>${msg('Start with the first course of action; the others apply too.', { id: 'ui.result.intro', desc: 'Under the recommendation heading when there are several courses of action.' })}</p>`
          : nothing}
        ${recommendation.length === 0
          ? html`<p class="error-message" role="alert">
              ${msg('This tree gives no course of action for these answers. Go back and check them, and tell whoever keeps the tree.', {
                id: 'ui.result.none',
                desc: 'Shown instead of the recommendation when a custom tree recommends nothing for the answers given.',
              })}
            </p>`
          : nothing}
        ${recommendation.map((id, i) => this.renderOutcome(msg, locale, id, i === 0))}
        <section part="contacts" class="contacts" aria-labelledby="contacts-heading" ?hidden=${!this.hasContacts}>
          <h3 id="contacts-heading">${msg('Your organisation’s contacts', { id: 'ui.contacts', desc: 'Heading above the contacts the host page adds.' })}</h3>
          <slot name="contacts" @slotchange=${() => this.requestUpdate()}></slot>
        </section>
        <details part="why">
          <summary>${msg('Why this advice', { id: 'ui.why', desc: 'Disclosure that lists the answers that led to the recommendation.' })}</summary>
          <ul>
            ${path.map((questionId) => {
              const questionText = text.questions[questionId]!;
              const labels = selected(answers[questionId]).map((o) => questionText.options[o]!.label).join(', ');
              return html`<li>${questionText.title} <strong>${labels}</strong></li>`;
            })}
          </ul>
        </details>
        <section part="summary" aria-labelledby="summary-heading">
          <h3 id="summary-heading">${msg('Hand-over summary', { id: 'ui.summary', desc: 'Heading of the copyable summary.' })}</h3>
          <p class="help">
            ${msg('For your notes: the situation and the advice, with no personal data.', { id: 'ui.summary.help', desc: 'Under the summary heading.' })}
          </p>
          <textarea readonly aria-labelledby="summary-heading" .value=${summary}></textarea>
          <div class="actions">
            <button part="button" type="button" @click=${() => this.handleCopy(summary)}>
              ${this.copied ? msg('Copied', { id: 'ui.copied', desc: 'Copy button after copying.' }) : msg('Copy summary', { id: 'ui.copy', desc: 'Button that copies the summary.' })}
            </button>
          </div>
        </section>
        <div part="actions" class="actions">
          <button part="button" type="button" @click=${() => this.back()}>${msg('Back', { id: 'ui.back', desc: 'Button to the previous question.' })}</button>
          <button part="button" class="primary" type="button" @click=${() => this.restart()}>
            ${msg('Start over', { id: 'ui.restart', desc: 'Button that clears the answers.' })}
          </button>
        </div>
      </section>
    `;
  }

  private get hasContacts(): boolean {
    return this.querySelector(':scope > [slot="contacts"]') !== null;
  }

  private renderOutcome(msg: Msg, locale: string, id: string, primary: boolean): TemplateResult {
    const text = this.walkTree.text[locale]!;
    const outcome = this.walkTree.outcomes.find((o) => o.id === id)!;
    const outcomeText = text.outcomes[id]!;
    const headingId = `outcome-${id}`;
    const statusText = {
      VERIFIED: msg('sourced', { id: 'ui.status.verified', desc: 'Status of a principle stated in a listed source.' }),
      'FROM-SEED-SUMMARY': msg('from a summary of the guidance', { id: 'ui.status.summary', desc: 'Status of a principle known only from a summary.' }),
      INFERRED: msg('our reading, not an official rule', { id: 'ui.status.inferred', desc: 'Status of a principle the team inferred.' }),
    } as const;
    return html`
      <article part="outcome" class="outcome ${primary ? 'primary' : ''}" data-outcome=${id} aria-labelledby=${headingId}>
        <h3 id=${headingId}>
          ${primary ? html`<span class="badge">${msg('First', { id: 'ui.result.first', desc: 'Badge on the primary course of action.' })}</span>` : nothing}${outcomeText.title}
        </h3>
        <p class="action">${outcomeText.action}</p>
        ${outcome.inferred
          ? html`<p class="inferred">${msg('Good practice (the team’s reading), not an official rule.', { id: 'ui.result.inferred', desc: 'Note on a course of action that no source states.' })}</p>`
          : nothing}
        <h4>${msg('Do', { id: 'ui.result.steps', desc: 'Heading above the steps.' })}</h4>
        <ol part="steps">
          ${outcomeText.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
        ${outcomeText.avoid.length > 0
          ? html`<h4>${msg('Do not', { id: 'ui.result.avoid', desc: 'Heading above what not to do.' })}</h4>
              <ul part="must-not">
                ${outcomeText.avoid.map((item) => html`<li>${item}</li>`)}
              </ul>`
          : nothing}
        <h4>${msg('Rests on', { id: 'ui.result.principles', desc: 'Heading above the principles a course of action rests on.' })}</h4>
        <ul part="principles">
          ${outcome.principles.map((principleId) => {
            const principle = text.principles[principleId]!;
            const status = this.walkTree.principles[principleId]!.status;
            return html`<li><strong>${principle.title}</strong>: ${principle.text} <span class="status">(${statusText[status]})</span></li>`;
          })}
        </ul>
        ${(outcome.referrals ?? []).length > 0
          ? html`<h4>${msg('Refer to', { id: 'ui.result.referrals', desc: 'Heading above where to refer the customer.' })}</h4>
              <ul part="referrals">
                ${(outcome.referrals ?? []).map((referralId) => {
                  const referral = text.referrals[referralId]!;
                  const url = linkableUrl(this.walkTree.referrals[referralId]?.url);
                  return html`<li><strong>${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${referral.name}</a>` : referral.name}</strong>: ${referral.detail}</li>`;
                })}
              </ul>`
          : nothing}
      </article>
    `;
  }

  private renderTreeError(msg: Msg): TemplateResult {
    const problems = this.loaded.problems;
    return html`
      <div part="base error" class="base error-panel" role="alert">
        <h2>${msg('This guide cannot be shown: its tree is invalid', { id: 'ui.error.tree', desc: 'Heading of the error panel for an invalid custom tree.' })}</h2>
        <p>${msg('Fix these problems in the tree given to the page:', { id: 'ui.error.tree.intro', desc: 'Above the list of tree problems.' })}</p>
        <ul>
          ${problems.map((p) => html`<li><code>${p.path || '/'}</code>: ${p.message}</li>`)}
        </ul>
      </div>
    `;
  }

  private renderConfigError(msg: Msg, problems: readonly string[]): TemplateResult {
    return html`
      <div part="base error" class="base error-panel" role="alert">
        <h2>${msg('This guide cannot be shown: a preset answer is invalid', { id: 'ui.error.preset', desc: 'Heading of the error panel for invalid preset answers.' })}</h2>
        <ul>
          ${problems.map((p) => html`<li>${p}</li>`)}
        </ul>
      </div>
    `;
  }
}

if (!customElements.get('digituki-guide')) customElements.define('digituki-guide', DigitukiGuide);

declare global {
  interface HTMLElementTagNameMap {
    'digituki-guide': DigitukiGuide;
  }
}
