/**
 * Tells a SCORM 1.2 LMS what happens in the quiz, from the quiz's own events: after each step
 * the attempt to resume (`cmi.suspend_data`, never over SCORM 1.2's 4096 characters) and, after
 * an answer, one `cmi.interactions.n` (`choice`, the options chosen and right as SCORM choice
 * values, `correct` or `wrong`), `incomplete` and `cmi.core.exit = suspend` while an attempt is
 * under way, then `passed` or `failed` and the score (0 to the number of items) at the end, with
 * `LMSCommit('')` after each. Within one LMS attempt the best result stands: taking the quiz again
 * never turns a pass into a fail nor lowers the score. No DOM here: the launch module wires it.
 */
import type { DigitukiQuizCompleteDetail } from '../events/digituki-quiz-complete.js';
import type { DigitukiQuizProgressDetail, QuizAnsweredItem } from '../events/digituki-quiz-progress.js';
import { choicePattern, cmiTimespan, isCmiIdentifier, SUSPEND_DATA_LIMIT } from './cmi-format.js';
import type { Scorm12Api } from './scorm12-api.js';

type Result = 'passed' | 'failed';

export interface Scorm12ReporterOptions {
  /** Where problems go (a value the LMS refused, suspend data too long); each kind once. */
  readonly warn?: (message: string) => void;
  /** The clock, for the session time. */
  readonly now?: () => number;
}

export class Scorm12Reporter {
  private readonly warn: (message: string) => void;
  private readonly now: () => number;
  private readonly warned = new Set<string>();
  private startedAt = 0;
  private active = false;
  /** `cmi.interactions._count`: the next interaction's index (the LMS keeps those of earlier sessions). */
  private interactions = 0;
  /** The best result recorded in this LMS attempt, here or in an earlier session. */
  private result: Result | undefined;
  private bestScore: number | undefined;
  private resume: unknown;

  constructor(
    private readonly api: Scorm12Api,
    { warn = (message) => console.warn(message), now = () => Date.now() }: Scorm12ReporterOptions = {},
  ) {
    this.warn = warn;
    this.now = now;
  }

  /**
   * `LMSInitialize('')`, then reads what the LMS keeps: the attempt to resume (when
   * `cmi.core.entry` is `resume` and `cmi.suspend_data` is JSON), the interactions recorded so
   * far and a result already recorded. False when the LMS refuses: nothing is reported then.
   */
  initialize(): boolean {
    if (this.api.LMSInitialize('') !== 'true') {
      this.warn(`LMSInitialize('') failed (${this.lastError()}): nothing will be reported`);
      return false;
    }
    this.active = true;
    this.startedAt = this.now();
    const suspended = this.get('cmi.suspend_data');
    if (this.get('cmi.core.entry') === 'resume' && suspended) {
      try {
        this.resume = JSON.parse(suspended);
      } catch {
        this.warn('cmi.suspend_data is not an attempt (not JSON): a new attempt starts');
      }
    }
    this.interactions = wholeNumber(this.get('cmi.interactions._count')) ?? 0;
    const status = this.get('cmi.core.lesson_status');
    if (status === 'passed' || status === 'failed') {
      this.result = status;
      this.bestScore = wholeNumber(this.get('cmi.core.score.raw'));
    }
    return true;
  }

  /** The attempt kept in `cmi.suspend_data` when the LMS resumes the activity, for the quiz's `attemptState`. */
  get resumeAttempt(): unknown {
    return this.resume;
  }

  /** A step of the quiz (`digituki-quiz-progress`). */
  progress({ attempt, answered }: DigitukiQuizProgressDetail): void {
    if (!this.active) return;
    if (answered) this.interaction(answered);
    if (attempt.done < attempt.count) {
      this.set('cmi.core.lesson_status', this.result ?? 'incomplete');
      this.set('cmi.core.exit', 'suspend');
    }
    const data = JSON.stringify(attempt);
    if (data.length <= SUSPEND_DATA_LIMIT) {
      this.set('cmi.suspend_data', data);
    } else {
      this.warnOnce('suspend-data', `the attempt takes ${data.length} characters, more than the ${SUSPEND_DATA_LIMIT} of SCORM 1.2's cmi.suspend_data: it is not kept, so it cannot be resumed`);
      this.set('cmi.suspend_data', '');
    }
    this.commit();
  }

  /** The attempt's end (`digituki-quiz-complete`). */
  complete({ score, total, pass }: DigitukiQuizCompleteDetail): void {
    if (!this.active) return;
    this.result = pass || this.result === 'passed' ? 'passed' : 'failed';
    this.bestScore = Math.max(score, this.bestScore ?? 0);
    this.set('cmi.core.score.min', '0');
    this.set('cmi.core.score.max', String(total));
    this.set('cmi.core.score.raw', String(this.bestScore));
    this.set('cmi.core.lesson_status', this.result);
    this.set('cmi.core.exit', '');
    this.commit();
  }

  /** The session's end (the page is hidden for good): its time, then `LMSFinish('')`. Once. */
  finish(): void {
    if (!this.active) return;
    this.active = false;
    this.set('cmi.core.session_time', cmiTimespan(this.now() - this.startedAt));
    if (this.api.LMSFinish('') !== 'true') this.warn(`LMSFinish('') failed (${this.lastError()})`);
  }

  /** One `cmi.interactions.n` for an answered item; none (and a warning) when a value would not be valid SCORM 1.2. */
  private interaction({ itemId, chosen, right, correct }: QuizAnsweredItem): void {
    const response = choicePattern(chosen);
    const pattern = choicePattern(right);
    if (!isCmiIdentifier(itemId) || response === undefined || pattern === undefined) {
      this.warnOnce('interaction', `item ${JSON.stringify(itemId)} cannot be reported as a SCORM 1.2 choice interaction (id ${JSON.stringify(itemId)}, chosen ${JSON.stringify(chosen)}, right ${JSON.stringify(right)})`);
      return;
    }
    const n = this.interactions++;
    this.set(`cmi.interactions.${n}.id`, itemId);
    this.set(`cmi.interactions.${n}.type`, 'choice');
    this.set(`cmi.interactions.${n}.student_response`, response);
    this.set(`cmi.interactions.${n}.correct_responses.0.pattern`, pattern);
    this.set(`cmi.interactions.${n}.result`, correct ? 'correct' : 'wrong');
  }

  private get(element: string): string {
    return String(this.api.LMSGetValue(element) ?? '');
  }

  private set(element: string, value: string): void {
    if (this.api.LMSSetValue(element, value) !== 'true') this.warnOnce(element.replace(/\.\d+\./g, '.n.'), `LMSSetValue('${element}', ${JSON.stringify(value)}) failed (${this.lastError()})`);
  }

  private commit(): void {
    if (this.api.LMSCommit('') !== 'true') this.warnOnce('commit', `LMSCommit('') failed (${this.lastError()})`);
  }

  private lastError(): string {
    const code = this.api.LMSGetLastError();
    return `${code}: ${this.api.LMSGetErrorString(code)}`;
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
