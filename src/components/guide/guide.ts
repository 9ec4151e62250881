import { str } from '@lit/localize';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import {
  answersProblems,
  answersToKeep,
  answerValue,
  compileTree,
  guideView,
  handoverSummary,
  indexTree,
  loadTree,
  parsePreset,
  selected,
  toggledOptions,
  type Answers,
  type GuideEvent,
  type GuideMachine,
  type GuideView,
  type LoadedTree,
  type QuestionView,
  type TreeDefinition,
} from '../../../machines/index.js';
import { tree as digitalSupportTree } from '../../../machines/trees/digital-support/tree.js';
import { ActorController } from '../../controllers/actor-controller.js';
import { ElementLocale } from '../../controllers/element-locale.js';
import { handleOptionKeys } from '../../controllers/option-keys.js';
import { DigitukiAnswerEvent } from '../../events/digituki-answer.js';
import { DigitukiErrorEvent } from '../../events/digituki-error.js';
import { DigitukiOutcomeEvent } from '../../events/digituki-outcome.js';
import { templates as fiStrings } from '../../generated/guide/fi.js';
import { templates as svStrings } from '../../generated/guide/sv.js';
import { UI_LOCALES, type Msg } from '../../localization.js';
import { loadAnswers, storageKey } from '../../persistence/answer-store.js';
import { clearStored, saveStored } from '../../persistence/session-store.js';
import { answerList } from './answer-list.js';
import { answersErrorPanel, treeErrorPanel } from './error-panel.js';
import { guideStyles } from './guide.styles.js';
import { questionForm, type QuestionFormHost } from './question-form.js';
import { recommendation, summaryLabels } from './recommendation.js';

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
  private readonly language = new ElementLocale(this, CATALOGUE, () => this.loaded.tree?.locales ?? UI_LOCALES);

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
  /** Problems with the page's presets or answers, shown in the error panel. */
  private configProblems: { readonly heading: 'preset' | 'answers'; readonly problems: readonly string[] } | undefined;

  /** The tree the host gave, if any. */
  private givenTree: TreeDefinition | undefined;
  /** The tree in use, checked and frozen when it was set, or its problems. */
  private loaded: LoadedTree = loadTree(digitalSupportTree);
  /** Answers set by the host, applied at the next update (checked against the tree then in use). */
  private pendingAnswers: Answers | null | undefined;
  /** The storage key last read from, so a key is read once and a walk under way is not replaced. */
  private restoredKey: string | undefined;

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

  private get msg(): Msg {
    return this.language.msg;
  }

  /** What to show now, from the engine (only while a walk runs). */
  private get view(): GuideView {
    return guideView(indexTree(this.loaded.tree!), this.guide.snapshot!.context, this.language.locale);
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
    this.configProblems = undefined;
    this.missingChoice = false;
    const tree = this.loaded.tree;
    if (!tree) {
      this.guide.stop();
      this.dispatchEvent(new DigitukiErrorEvent({ reason: 'invalid-tree', paths: this.loaded.problems.map((p) => p.path) }));
      return;
    }
    const index = indexTree(tree);
    const preset = this.preset ?? ''; // null or undefined (a removed attribute, an unset framework prop): no presets
    const parsed = typeof preset === 'string' ? parsePreset(index, preset) : { answers: preset, problems: answersProblems(index, preset), invalid: Object.keys(preset) };
    const answerProblems = given ? answersProblems(index, given) : [];
    if (parsed.problems.length > 0 || answerProblems.length > 0) {
      this.guide.stop();
      this.configProblems = parsed.problems.length > 0 ? { heading: 'preset', problems: parsed.problems } : { heading: 'answers', problems: answerProblems };
      if (parsed.problems.length > 0) this.dispatchEvent(new DigitukiErrorEvent({ reason: 'invalid-preset', ids: parsed.invalid }));
      else this.dispatchEvent(new DigitukiErrorEvent({ reason: 'invalid-answers', ids: Object.keys(given!) }));
      return;
    }
    let start = given ?? undefined;
    const key = this.storageKeyFor(this.persist);
    if (key !== undefined && given === undefined && this.restoredKey !== key) start = loadAnswers(key, tree);
    this.restoredKey = key;
    this.guide.start(machineFor(tree), { preset: parsed.answers, ...(start ? { answers: start } : {}) });
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
    const context = this.guide.snapshot?.context;
    if (key === undefined || this.restoredKey === key || !context) return;
    if (!answersToKeep(context) && loadAnswers(key, this.loaded.tree!)) return this.startWalk();
    this.restoredKey = key;
    this.save();
  }

  private save(): void {
    const key = this.storageKeyFor(this.persist);
    const context = this.guide.snapshot?.context;
    if (key === undefined || !context) return;
    const kept = answersToKeep(context);
    if (kept) saveStored(key, this.loaded.tree!, kept);
    else clearStored(key);
  }

  /** A custom tree whose walk ends with no course of action: the guide says so and tells the host. */
  private reportNoOutcome(): void {
    const snapshot = this.guide.snapshot;
    if (snapshot?.hasTag('result') && snapshot.context.recommendation.length === 0) {
      this.dispatchEvent(new DigitukiErrorEvent({ reason: 'no-outcome', ids: snapshot.context.path }));
    }
  }

  /** Sends a user action to the machine, then tells the host, announces and moves focus. */
  private act(event: GuideEvent): void {
    const before = this.guide.snapshot;
    if (!before?.can(event)) return;
    this.guide.send(event);
    const after = this.guide.snapshot!;
    this.missingChoice = false;
    this.copied = false;
    this.pendingFocus = true;
    this.announce(this.view);
    this.save();
    if (event.type === 'answer') this.dispatchEvent(new DigitukiAnswerEvent({ questionId: event.questionId, optionIds: selected(event.value) }));
    if (after.hasTag('result') && !before.hasTag('result')) {
      if (after.context.recommendation.length > 0) this.dispatchEvent(new DigitukiOutcomeEvent({ outcomes: after.context.recommendation }));
      else this.reportNoOutcome();
    }
  }

  private announce({ question, result }: GuideView): void {
    const msg = this.msg;
    if (question) {
      this.announcement = msg(str`Question ${question.number}: ${question.title}`, { id: 'ui.announce.question', desc: 'Live region text when a new question is shown: its number and title.' });
    } else {
      const primary = result!.outcomes[0];
      this.announcement = primary
        ? msg(str`Recommendation ready. First: ${primary.title}`, { id: 'ui.announce.result', desc: 'Live region text when the recommendation is shown; ends with the primary course of action.' })
        : msg('Recommendation ready.', { id: 'ui.announce.result-empty', desc: 'Live region text when the recommendation has no course of action.' });
    }
  }

  override updated(): void {
    if (this.pendingFocus) {
      this.pendingFocus = false;
      this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    }
  }

  private handleSubmit(event: SubmitEvent, question: QuestionView): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    if (chosen.length === 0) {
      this.missingChoice = true;
      return;
    }
    this.act({ type: 'answer', questionId: question.questionId, value: answerValue(question, chosen) });
  }

  /** Number keys choose options; Enter on an option continues. */
  private handleKeydown(event: KeyboardEvent): void {
    handleOptionKeys(event)?.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Keeps the exclusive "none of these" option and the others apart on a multi question. */
  private handleChange(event: Event, question: QuestionView): void {
    this.missingChoice = false;
    const input = event.target as HTMLInputElement;
    if (!question.multi) return;
    const boxes = [...input.form!.querySelectorAll<HTMLInputElement>('input')];
    const checked = toggledOptions(question, new Set(boxes.filter((b) => b.checked).map((b) => b.value)), input.value);
    for (const box of boxes) box.checked = checked.has(box.value);
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
    if (!this.loaded.tree) return treeErrorPanel(msg, this.loaded.problems);
    if (this.configProblems) return answersErrorPanel(msg, this.configProblems.heading, this.configProblems.problems);
    const snapshot = this.guide.snapshot;
    if (!snapshot || snapshot.status === 'error') return answersErrorPanel(msg, 'preset', [String((snapshot?.error as Error | undefined)?.message ?? '')]);
    const view = this.view;
    const { context } = snapshot;
    return html`
      <div part="base" class="base" lang=${this.language.locale}>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${view.question
          ? questionForm(msg, view, view.question, this.questionHost)
          : recommendation(msg, view, view.result!, {
              summary: handoverSummary(this.loaded.tree, this.language.locale, context.path, context.answers, context.recommendation, summaryLabels(msg)),
              copied: this.copied,
              hasContacts: this.querySelector(':scope > [slot="contacts"]') !== null,
              copy: (summary) => void this.handleCopy(summary),
              contactsChanged: () => this.requestUpdate(),
              back: () => this.back(),
              restart: () => this.restart(),
            })}
        ${answerList(msg, view, (questionId) => this.act({ type: 'goTo', questionId }))}
      </div>
    `;
  }

  /** What the question form calls back. */
  private get questionHost(): QuestionFormHost {
    return {
      missingChoice: this.missingChoice,
      submit: (event, question) => this.handleSubmit(event, question),
      keydown: (event) => this.handleKeydown(event),
      change: (event, question) => this.handleChange(event, question),
      back: () => this.back(),
      restart: () => this.restart(),
    };
  }
}

if (!customElements.get('digituki-guide')) customElements.define('digituki-guide', DigitukiGuide);

declare global {
  interface HTMLElementTagNameMap {
    'digituki-guide': DigitukiGuide;
  }
}
