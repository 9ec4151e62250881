/**
 * Tells a SCORM 1.2 LMS what happens in the quiz, from the quiz's own events.
 *
 * - At launch, after `LMSInitialize('')`: `cmi.core.lesson_status = incomplete` (and
 *   `cmi.core.exit = suspend`), committed, unless the LMS already holds passed, failed or
 *   completed for this attempt. Moodle's player turns a status still `not attempted` into
 *   `completed` at `LMSFinish`, so a learner who opens the package and leaves would otherwise be
 *   recorded as completed; and `LMSFinish` is never called while no status was accepted.
 * - After each step, the attempt to resume (`cmi.suspend_data`, never over SCORM 1.2's 4096
 *   characters); after an answer, one `cmi.interactions.n` (`choice`, the options chosen and right
 *   as SCORM choice values, `correct` or `wrong`), then `LMSCommit('')` (an item's end); at the
 *   attempt's end `passed` or `failed` and the score (0 to the number of items), committed.
 *   Other steps are committed with the next answer or at `LMSFinish`.
 * - Within one LMS attempt the best result stands: taking the quiz again never turns a pass into
 *   a fail nor lowers the score (an earlier score above the current maximum is brought down to it).
 * - Nothing is written in the LMS's `browse` and `review` lesson modes, and `LMSFinish` is not
 *   called there (Moodle's would record `completed`).
 * - An LMS that refuses `LMSInitialize`, or whose API throws, leaves the quiz as practice: the
 *   reporter stops calling it and says so once (`onStop`); nothing it does throws.
 *
 * No DOM here: the launch module wires it.
 */
import type { DigitukiQuizCompleteDetail } from '../events/digituki-quiz-complete.js';
import type { DigitukiQuizProgressDetail, QuizAnsweredItem } from '../events/digituki-quiz-progress.js';
import { choicePattern, cmiTimespan, interactionId, SUSPEND_DATA_LIMIT } from './cmi-format.js';
import type { Scorm12Api } from './scorm12-api.js';

type Result = 'passed' | 'failed';

/** Why the quiz is not recorded: the LMS failed (refused LMSInitialize, or its API threw), or it launched the package in browse or review mode. */
export type NotRecordedReason = 'lms-error' | 'browse' | 'review';

export interface Scorm12ReporterOptions {
  /** Where problems go (a value the LMS refused, suspend data too long); each kind once. */
  readonly warn?: (message: string) => void;
  /** The clock, for the session time. */
  readonly now?: () => number;
  /** Called once when reporting stops after it began: an API call threw. The quiz goes on as practice. */
  readonly onStop?: (reason: NotRecordedReason) => void;
}

export class Scorm12Reporter {
  private readonly warn: (message: string) => void;
  private readonly now: () => number;
  private readonly onStop: (reason: NotRecordedReason) => void;
  private readonly warned = new Set<string>();
  private startedAt = 0;
  /** Calls the API: between a successful initialize and finish, unless it failed. */
  private active = false;
  private stopped: NotRecordedReason | undefined;
  /** `initialize` returned true: a failure after it is told through `onStop`. */
  private begun = false;
  /** Whether the LMS holds a status other than `not attempted` for this attempt (so LMSFinish cannot turn it into completed). */
  private statusHeld = false;
  /** `cmi.interactions._count`: the next interaction's index (the LMS keeps those of earlier sessions); unknown when unreadable. */
  private interactions: number | undefined;
  /** What the LMS held for this attempt at launch: passed, failed or completed, kept while no attempt ends here. */
  private held: Result | 'completed' | undefined;
  /** The best score recorded in this LMS attempt, here or in an earlier session. */
  private bestScore: number | undefined;
  private resume: unknown;

  constructor(
    private readonly api: Scorm12Api,
    { warn = (message) => console.warn(message), now = () => Date.now(), onStop = () => {} }: Scorm12ReporterOptions = {},
  ) {
    this.warn = warn;
    this.now = now;
    this.onStop = onStop;
  }

  /**
   * `LMSInitialize('')`, then reads what the LMS keeps: its lesson mode, the attempt to resume
   * (when `cmi.core.entry` is `resume` and `cmi.suspend_data` is JSON), the interactions
   * recorded so far and a result already recorded; then sets the status from the first call.
   * True when the quiz is recorded; false (with `notRecorded` saying why) when not.
   */
  initialize(): boolean {
    const initialized = this.call('LMSInitialize', () => this.api.LMSInitialize(''));
    if (this.stopped) return false;
    if (String(initialized) !== 'true') {
      this.stopped = 'lms-error';
      this.warn(`LMSInitialize('') failed (${this.lastError()}): nothing will be recorded`);
      return false;
    }
    this.active = true;
    this.startedAt = this.now();
    const mode = this.get('cmi.core.lesson_mode');
    if (this.stopped) return false;
    if (mode === 'browse' || mode === 'review') {
      // The LMS records nothing of these, and Moodle's LMSFinish would set `completed`: no call at all.
      this.active = false;
      this.stopped = mode;
      this.warn(`the LMS launched the package in ${mode} mode: nothing will be recorded`);
      return false;
    }
    const suspended = this.get('cmi.suspend_data');
    if (this.get('cmi.core.entry') === 'resume' && suspended) {
      try {
        this.resume = JSON.parse(suspended);
      } catch {
        this.warn('cmi.suspend_data is not an attempt (not JSON): a new attempt starts');
      }
    }
    const count = this.get('cmi.interactions._count');
    if (this.stopped) return false;
    this.interactions = wholeNumber(count);
    if (this.interactions === undefined) this.warnOnce('interactions-count', `cmi.interactions._count is unreadable (${JSON.stringify(count)}): answers are not recorded as interactions, so that earlier ones are not overwritten`);
    const status = this.get('cmi.core.lesson_status');
    if (this.stopped) return false;
    this.statusHeld = status !== '' && status !== 'not attempted';
    if (status === 'passed' || status === 'failed' || status === 'completed') {
      this.held = status;
      if (status !== 'completed') this.bestScore = wholeNumber(this.get('cmi.core.score.raw'));
    } else {
      this.set('cmi.core.lesson_status', 'incomplete');
      this.set('cmi.core.exit', 'suspend');
      this.commit();
    }
    this.begun = !this.stopped;
    return this.begun;
  }

  /** Why nothing is recorded, once `initialize` returned false or reporting stopped. */
  get notRecorded(): NotRecordedReason | undefined {
    return this.stopped;
  }

  /** The attempt kept in `cmi.suspend_data` when the LMS resumes the activity, for the quiz's `attemptState`. */
  get resumeAttempt(): unknown {
    return this.resume;
  }

  /** A step of the quiz (`digituki-quiz-progress`): an answer ends an item, and is committed. */
  progress({ attempt, answered }: DigitukiQuizProgressDetail): void {
    if (!this.active) return;
    if (answered) this.interaction(answered);
    if (attempt.done < attempt.count) {
      this.set('cmi.core.lesson_status', this.held ?? 'incomplete');
      this.set('cmi.core.exit', 'suspend');
    }
    const data = JSON.stringify(attempt);
    if (data.length <= SUSPEND_DATA_LIMIT) {
      this.set('cmi.suspend_data', data);
    } else {
      this.warnOnce('suspend-data', `the attempt takes ${data.length} characters, more than the ${SUSPEND_DATA_LIMIT} of SCORM 1.2's cmi.suspend_data: it is not kept, so it cannot be resumed`);
      this.set('cmi.suspend_data', '');
    }
    if (answered) this.commit();
  }

  /** The attempt's end (`digituki-quiz-complete`): passed or failed, the best score of the LMS attempt, committed. */
  complete({ score, total, pass }: DigitukiQuizCompleteDetail): void {
    if (!this.active) return;
    const result: Result = pass || this.held === 'passed' ? 'passed' : 'failed';
    this.held = result;
    // An earlier session's score may be above this attempt's maximum (a package with more items before).
    this.bestScore = Math.min(total, Math.max(score, this.bestScore ?? 0));
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', String(total));
    this.set('cmi.core.score.raw', String(this.bestScore));
    this.set('cmi.core.lesson_status', result);
    this.set('cmi.core.exit', '');
    this.commit();
  }

  /** Commits what is not yet committed (the page goes into the back-forward cache: it may come back, so no LMSFinish). */
  flush(): void {
    if (this.active) this.commit();
  }

  /**
   * The session's end (the page is unloaded for good): its time, then `LMSFinish('')`. Once. Not
   * when no status was accepted: the LMS would turn `not attempted` into `completed`.
   */
  finish(): void {
    if (!this.active) return;
    this.set('cmi.core.session_time', cmiTimespan(this.now() - this.startedAt));
    if (!this.active) return;
    this.active = false;
    if (!this.statusHeld) {
      this.warn('no status was accepted by the LMS: LMSFinish is not called, as it would record the attempt as completed');
      return;
    }
    const finished = this.call('LMSFinish', () => this.api.LMSFinish(''));
    if (!this.stopped && String(finished) !== 'true') this.warn(`LMSFinish('') failed (${this.lastError()})`);
  }

  /** One `cmi.interactions.n` for an answered item; none (and a warning) when a value would not be valid SCORM 1.2 or the count is unknown. */
  private interaction({ itemId, chosen, right, correct }: QuizAnsweredItem): void {
    // In letter order: the same choices read the same in every attempt, whatever order they were shown in.
    const response = choicePattern([...chosen].sort());
    const pattern = choicePattern([...right].sort());
    const id = interactionId(itemId);
    if (id === undefined || response === undefined || pattern === undefined) {
      this.warnOnce('interaction', `item ${JSON.stringify(itemId)} cannot be reported as a SCORM 1.2 choice interaction (id ${JSON.stringify(itemId)}, chosen ${JSON.stringify(chosen)}, right ${JSON.stringify(right)})`);
      return;
    }
    if (this.interactions === undefined) return;
    const n = this.interactions++;
    this.set(`cmi.interactions.${n}.id`, id);
    this.set(`cmi.interactions.${n}.type`, 'choice');
    this.set(`cmi.interactions.${n}.student_response`, response);
    this.set(`cmi.interactions.${n}.correct_responses.0.pattern`, pattern);
    this.set(`cmi.interactions.${n}.result`, correct ? 'correct' : 'wrong');
  }

  private get(element: string): string {
    if (!this.active) return '';
    const value = this.call(`LMSGetValue('${element}')`, () => this.api.LMSGetValue(element));
    return value == null ? '' : String(value);
  }

  private set(element: string, value: string): void {
    if (!this.active) return;
    const accepted = String(this.call(`LMSSetValue('${element}')`, () => this.api.LMSSetValue(element, value))) === 'true';
    if (!this.active) return;
    if (accepted && element === 'cmi.core.lesson_status') this.statusHeld = true;
    if (!accepted) this.warnOnce(element.replace(/\.\d+\./g, '.n.'), `LMSSetValue('${element}', ${JSON.stringify(value)}) failed (${this.lastError()})`);
  }

  private commit(): void {
    if (!this.active) return;
    const committed = this.call('LMSCommit', () => this.api.LMSCommit(''));
    if (this.active && String(committed) !== 'true') this.warnOnce('commit', `LMSCommit('') failed (${this.lastError()})`);
  }

  /** An API call; one that throws stops reporting for good: the quiz goes on as practice. */
  private call<T>(what: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      this.active = false;
      this.stopped = 'lms-error';
      this.warnOnce('threw', `${what} threw (${describe(error)}): nothing more will be recorded`);
      if (this.begun) {
        try {
          this.onStop('lms-error');
        } catch (callbackError) {
          this.warn(`onStop threw (${describe(callbackError)})`);
        }
      }
      return undefined;
    }
  }

  private lastError(): string {
    try {
      const code = this.api.LMSGetLastError();
      return `${String(code)}: ${String(this.api.LMSGetErrorString(code))}`;
    } catch (error) {
      return `the error could not be read: ${describe(error)}`;
    }
  }

  private warnOnce(kind: string, message: string): void {
    if (this.warned.has(kind)) return;
    this.warned.add(kind);
    this.warn(message);
  }
}

function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an unreadable error';
  }
}
