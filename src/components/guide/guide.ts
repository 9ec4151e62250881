import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  compileIndex,
  customerView,
  guideView,
  handoverSummary,
  hasCustomerTexts,
  loadedIndex,
  selected,
  type Answers,
  type GuideEvent,
  type GuideMachine,
  type GuideView,
  type LoadedTree,
  type TreeDefinition,
  walkInput,
} from '../../../machines/index.js';
import { tree as digitalSupportTree } from '../../../machines/trees/digital-support/tree.js';
import { ActorController } from '../../controllers/actor-controller.js';
import { ElementLocale } from '../../controllers/element-locale.js';
import { PrintScope } from '../../controllers/print-scope.js';
import { DigitukiAnswerEvent } from '../../events/digituki-answer.js';
import { DigitukiErrorEvent } from '../../events/digituki-error.js';
import { DigitukiOutcomeEvent } from '../../events/digituki-outcome.js';
import { catalogue as CATALOGUE } from '../../generated/guide/catalogue.js';
import { UI_LOCALES, type Msg } from '../../localization.js';
import { AnswerStore } from '../../persistence/answer-store.js';
import { announcement } from './announcement.js';
import { answerList } from './answer-list.js';
import { customerPanel } from './customer-panel.js';
import { answersErrorPanel, loadingPanel, treeErrorPanel, treeLoadErrorPanel } from './error-panel.js';
import { guideStyles } from './guide.styles.js';
import { questionForm, type QuestionFormHost } from './question-form.js';
import { recommendation, summaryLabels } from './recommendation.js';

/** A language's name in that language ("suomi", "svenska"), or its code where the browser has no name for it. */
function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** A host's tree as JSON, to tell the same content given again; undefined when it is not JSON (a cycle, a BigInt), which the check then reports. */
function contentOf(tree: unknown): string | undefined {
  try {
    return JSON.stringify(tree);
  } catch {
    return undefined;
  }
}

/** How long "Undo" stays after "New customer" at least (WCAG 2.2.1 allows 20 seconds without a way to extend). */
const UNDO_MS = 20_000;

/**
 * @tagname digituki-guide
 * @summary The live-visit guide: a few questions about the customer's situation, then the
 * correct course of action from the ethical guidelines for digital support.
 *
 * @slot contacts - Your organisation's own contacts for the supporter, shown with the recommendation (e.g. a list of phone numbers; may be internal).
 * @slot customer-contacts - Contacts meant for customers, shown and printed in the customer view (addresses, phone numbers, opening hours).
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
 * @csspart new-customer - The "New customer" button at the top of the recommendation.
 * @csspart do-now - "Do now": one line per course of action, the first marked when there are several.
 * @csspart never - What not to do under any of the courses: the critical items (rank 1) as warnings, always in sight, then the rest.
 * @csspart never-more - The disclosure with the less critical items of what not to do ("More to avoid").
 * @csspart details - The courses' details, each behind a disclosure.
 * @csspart outcome - One course of action's disclosure.
 * @csspart reasons - Why a course of action is recommended: the rule's reason and the answers.
 * @csspart steps - What to do.
 * @csspart must-not - What not to do under this course.
 * @csspart principles - The principles a course of action rests on.
 * @csspart referrals - Where to refer.
 * @csspart contacts - The box around the `contacts` slot.
 * @csspart summary - The hand-over summary.
 * @csspart undo - The notice with "Undo" after "New customer".
 * @csspart show-customer - The "Show the customer" button on the recommendation.
 * @csspart customer-view - The view for the customer: the advice in plain language and large type, in the customer's language.
 * @csspart customer-contacts - The box around the `customer-contacts` slot in the customer view.
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
    // Always changed: the setters decide (the same tree object, changed, is checked again; the
    // same answers object again starts over with them).
    tree: { attribute: false, noAccessor: true, hasChanged: () => true },
    answers: { attribute: false, noAccessor: true, hasChanged: () => true },
    locale: { reflect: true },
    preset: {},
    persist: {},
    announcement: { state: true, attribute: false },
    missingChoice: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    allOpen: { state: true, attribute: false },
    undoable: { state: true, attribute: false },
    customerLocale: { state: true, attribute: false },
    printBlocked: { state: true, attribute: false },
    configProblems: { state: true, attribute: false },
  };

  private readonly guide = new ActorController<GuideMachine>(this);
  private readonly language = new ElementLocale(this, CATALOGUE, () => this.loaded.tree?.locales ?? UI_LOCALES);

  /**
   * Set after a user action, for `updated()`: focus goes to the new screen's heading (a question's
   * title, the result's "Do now"), never stays on an option, so a stray Space after a step ticks
   * nothing. A plain field, not reactive state: the action's new snapshot renders anyway, and
   * clearing it in `updated()` must not schedule a second render.
   */
  private focusHeading = false;
  /** The polite live region's text. */
  private announcement = '';
  /** The inline error when Continue is pressed with nothing chosen. */
  private missingChoice = false;
  private copied = false;
  /** "Show all" was chosen on the result: every course's details open. */
  private allOpen = false;
  /** The answers "New customer" or "Start over" cleared, while "Undo" can bring them back. */
  private undoable: { readonly answers: Answers; readonly nextCustomer: boolean } | undefined;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** The walk restarted by the user (Undo): announce where it is, as after an action. */
  private announceStart = false;
  /** The customer view is open, in this locale. */
  private customerLocale: string | undefined;
  /** Print was pressed in the customer view and the page did not start printing. */
  private printBlocked = false;
  /** While the customer view is open the page prints only this guide. */
  private readonly printScope = new PrintScope(this);
  /** Problems with the page's presets or answers, shown in the error panel. */
  private configProblems: { readonly reason: 'invalid-preset' | 'invalid-answers'; readonly problems: readonly string[] } | undefined;

  /** The tree the host gave, if any. */
  private givenTree: TreeDefinition | undefined;
  /** The content of the host's tree last checked, as JSON: the same content given again keeps the walk. */
  private checkedJson: string | undefined;
  /** The tree in use, checked and frozen when it was set, or its problems. */
  private loaded: LoadedTree = { tree: digitalSupportTree, problems: [] };
  /** A host's tree being checked: the validator loads only for a tree the host gives. Meanwhile the guide shows that it is loading. */
  private treePending: Promise<void> | undefined;
  /** Why a host's tree could not be checked: the validator's file did not load (the browser's message). */
  private treeLoadFailure: string | undefined;
  /** Answers set by the host, applied at the next update (checked against the tree then in use). */
  private pendingAnswers: Answers | null | undefined;
  /** What `persist` stores. */
  private readonly store = new AnswerStore();

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
    const given = value ?? undefined;
    const loaded = loadedIndex(given ?? digitalSupportTree) ? (given ?? digitalSupportTree) : undefined;
    const json = loaded ? undefined : contentOf(given);
    // The tree in use given again, or the same content (React and SPFx set properties again): the walk stays.
    const settled = !this.treePending && !this.treeLoadFailure;
    if (settled && (loaded ? loaded === this.loaded.tree : json !== undefined && json === this.checkedJson)) {
      this.givenTree = given;
      return;
    }
    this.givenTree = given;
    this.treeLoadFailure = undefined;
    this.checkedJson = json;
    if (loaded) {
      this.loaded = { tree: loaded, problems: [] };
      this.treePending = undefined;
    } else {
      // Checked by the validator, which the guide's bundle loads only now, from beside itself.
      const pending: Promise<void> = import('../../../machines/tree/load-tree.js').then(
        ({ loadTree }) => this.treeChecked(pending, () => (this.loaded = loadTree(given))),
        (error: unknown) => this.treeChecked(pending, () => (this.treeLoadFailure = String((error as Error | undefined)?.message ?? error))),
      );
      this.treePending = pending;
    }
    this.requestUpdate('tree', old);
  }

  /** The host's tree was checked, or its validator failed to load: unless another tree came since, `apply` and start again. */
  private treeChecked(pending: Promise<void>, apply: () => void): void {
    if (this.treePending !== pending) return;
    this.treePending = undefined;
    apply();
    this.requestUpdate('tree');
  }

  /** Also waits for a host's tree to be checked, so `await element.updateComplete` sees it in use. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.treePending) {
      await this.treePending;
      complete = await super.getUpdateComplete();
    }
    return complete;
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

  /**
   * Clears the answers (presets stay) and puts focus on the first question: "New customer" on the
   * result, "Start over" on a question. "Undo" brings them back until the next answer, and for at
   * least 20 seconds (WCAG 2.2.1).
   */
  private clearAnswers(nextCustomer: boolean): void {
    const context = this.guide.snapshot?.context;
    if (!context) return;
    const answers = Object.fromEntries(Object.entries(context.answers).filter(([id]) => !Object.hasOwn(context.preset, id)));
    this.act({ type: 'restart' });
    this.allOpen = false;
    this.undoable = { answers, nextCustomer };
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => (this.undoable = undefined), UNDO_MS);
  }

  private undo(): void {
    const cleared = this.undoable;
    this.dropUndo();
    if (!cleared) return;
    this.answers = { ...this.guide.snapshot?.context.preset, ...cleared.answers };
    this.focusHeading = true;
    this.announceStart = true;
  }

  private dropUndo(): void {
    clearTimeout(this.undoTimer);
    this.undoable = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropUndo();
    this.printScope.release();
  }

  private get msg(): Msg {
    return this.language.msg;
  }

  /** What to show now, from the engine (only while a walk runs). */
  private get view(): GuideView {
    return guideView(loadedIndex(this.loaded.tree)!, this.guide.snapshot!.context, this.language.locale);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.language.check();
    if (changed.has('tree') || changed.has('preset') || changed.has('answers')) this.startWalk();
    else if (changed.has('persist')) this.persistChanged(changed.get('persist') as string | null | undefined);
  }

  private startWalk(): void {
    if (this.treePending) return; // started again once the host's tree is checked
    if (this.treeLoadFailure) {
      this.guide.stop();
      this.dispatchEvent(new DigitukiErrorEvent({ reason: 'tree-load-failed' }));
      return;
    }
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
    const index = loadedIndex(tree)!;
    const { input, problem } = walkInput(index, this.preset, given);
    if (problem) {
      this.guide.stop();
      this.configProblems = problem;
      this.dispatchEvent(new DigitukiErrorEvent({ reason: problem.reason, ids: problem.ids }));
      return;
    }
    const stored = this.store.resume(tree, this.persist);
    this.guide.start(compileIndex(index), given === undefined && stored ? { ...input, answers: stored } : input);
    if (this.announceStart) {
      this.announceStart = false;
      this.announcement = announcement(this.msg, this.view);
    }
    this.save();
    this.reportNoOutcome();
  }

  private persistChanged(old: string | null | undefined): void {
    const context = this.guide.snapshot?.context;
    if (this.loaded.tree && context && this.store.renamed(this.loaded.tree, old, this.persist, context)) this.startWalk();
  }

  private save(): void {
    const context = this.guide.snapshot?.context;
    if (this.loaded.tree && context) this.store.save(this.loaded.tree, this.persist, context);
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
    // Nothing to act on while a host's tree is checked or when it failed (a click on what was shown before).
    if (this.treePending || !this.loaded.tree || !before?.can(event)) return;
    this.guide.send(event);
    this.customerLocale = undefined;
    if (event.type === 'answer') this.dropUndo();
    const after = this.guide.snapshot!;
    this.missingChoice = false;
    this.copied = false;
    this.focusHeading = true;
    this.announcement = announcement(this.msg, this.view);
    this.save();
    if (event.type === 'answer') this.dispatchEvent(new DigitukiAnswerEvent({ questionId: event.questionId, optionIds: selected(event.value) }));
    if (after.hasTag('result') && !before.hasTag('result')) {
      if (after.context.recommendation.length > 0) this.dispatchEvent(new DigitukiOutcomeEvent({ outcomes: after.context.recommendation }));
      else this.reportNoOutcome();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('customerLocale' as keyof DigitukiGuide)) {
      if (this.customerLocale === undefined) this.printScope.release();
      else if (changed.get('customerLocale' as keyof DigitukiGuide) === undefined) this.printScope.claim();
    }
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus();
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
    if (this.treePending) return loadingPanel(msg);
    if (this.treeLoadFailure !== undefined) return treeLoadErrorPanel(msg, this.treeLoadFailure);
    if (!this.loaded.tree) return treeErrorPanel(msg, this.loaded.problems);
    if (this.configProblems) return answersErrorPanel(msg, this.configProblems.reason, this.configProblems.problems);
    const snapshot = this.guide.snapshot;
    if (!snapshot || snapshot.status === 'error') return answersErrorPanel(msg, 'invalid-preset', [String((snapshot?.error as Error | undefined)?.message ?? '')]);
    const view = this.view;
    const { context } = snapshot;
    return html`
      <div part="base" class="base" lang=${this.language.locale}>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${view.question && this.undoable
          ? html`<div part="undo" class="undo">
              <p>
                ${this.undoable.nextCustomer
                  ? msg('Answers cleared for the next customer.', { id: 'ui.undo.text', desc: 'Shown after New customer, while the cleared answers can still be restored.' })
                  : msg('Answers cleared.', { id: 'ui.undo.start-over', desc: 'Shown after Start over, while the cleared answers can still be restored.' })}
              </p>
              <button part="button" type="button" @click=${() => this.undo()}>${msg('Undo', { id: 'ui.undo', desc: 'Restores the answers New customer or Start over cleared.' })}</button>
            </div>`
          : nothing}
        ${view.question
          ? questionForm(msg, view, view.question, this.questionHost)
          : this.customerLocale !== undefined
            ? this.renderCustomerView(this.customerLocale)
            : recommendation(msg, view, view.result!, {
              summary: handoverSummary(this.loaded.tree, this.language.locale, context.path, context.answers, context.recommendation, summaryLabels(msg)),
              copied: this.copied,
              hasContacts: this.querySelector(':scope > [slot="contacts"]') !== null,
              allOpen: this.allOpen,
              canShowCustomer: hasCustomerTexts(loadedIndex(this.loaded.tree)!) && view.result!.outcomes.length > 0,
              showCustomer: () => this.openCustomerView(this.language.locale),
              copy: (summary) => void this.handleCopy(summary),
              contactsChanged: () => this.requestUpdate(),
              toggleAll: () => (this.allOpen = !this.allOpen),
              back: () => this.back(),
              newCustomer: () => this.clearAnswers(true),
            })}
        ${this.customerLocale === undefined ? answerList(msg, view, (questionId) => this.act({ type: 'goTo', questionId })) : nothing}
      </div>
    `;
  }

  private openCustomerView(locale: string): void {
    this.customerLocale = locale;
    this.printBlocked = false;
    this.focusHeading = true;
  }

  /**
   * Prints the customer view. A sandboxed frame without `allow-modals` ignores `print()` without
   * an error: when no print starts within a second, the view says printing is not allowed here.
   */
  private print(): void {
    let started = false;
    const start = () => (started = true);
    window.addEventListener('beforeprint', start, { once: true });
    window.print();
    setTimeout(() => {
      window.removeEventListener('beforeprint', start);
      this.printBlocked = !started;
    }, 1000);
  }

  private renderCustomerView(locale: string): TemplateResult {
    const index = loadedIndex(this.loaded.tree)!;
    const view = customerView(index, this.guide.snapshot!.context, locale)!;
    return customerPanel(this.msg, this.language.msgIn(locale), view, {
      languages: index.tree.locales.map((code) => ({ locale: code, name: languageName(code) })),
      hasContacts: this.querySelector(':scope > [slot="customer-contacts"]') !== null,
      printBlocked: this.printBlocked,
      contactsChanged: () => this.requestUpdate(),
      choose: (chosen) => (this.customerLocale = chosen),
      print: () => this.print(),
      close: () => {
        this.customerLocale = undefined;
        this.focusHeading = true;
      },
    });
  }

  /** What the question form calls back. */
  private get questionHost(): QuestionFormHost {
    return {
      missingChoice: this.missingChoice,
      answer: (questionId, value) => this.act({ type: 'answer', questionId, value }),
      missing: (missing) => (this.missingChoice = missing),
      back: () => this.back(),
      restart: () => this.clearAnswers(false),
    };
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'digituki-guide': DigitukiGuide;
  }
}
