/**
 * A stand-in for Moodle's SCORM 1.2 player, for the tests: our own code, written from Moodle's
 * (moodle/moodle, read for this):
 *
 * - `mod/scorm/datamodels/scorm_12.js`, `SCORMapi1_2`: the API a package finds as `window.API`.
 *   Its data model (formats, read-only and write-only elements, the 0-100 range of scores), the
 *   index rule of `cmi.interactions.n` (n may be at most `_count`), and `StoreData`, which
 *   `LMSCommit` and `LMSFinish` call: it sends only the values changed since the last request
 *   (`CollectData`), and at `LMSFinish` first turns a status still `not attempted` into
 *   `completed` (in every mode, so also in browse mode, before its `browsed` rule), and with a
 *   mastery score in normal mode with credit sets passed or failed by `score.raw`;
 * - `mod/scorm/datamodels/scorm_12lib.php`, `get_scorm_default`: what a launch starts with.
 *   `cmi.core.entry` is `ab-initio` when the attempt has no status yet, `resume` after an exit of
 *   `suspend`, else empty; `cmi.core.lesson_mode` is the player's mode (`normal`, `browse` or
 *   `review`), `cmi.core.credit` is `credit` in normal mode only; `cmi.core.exit` and the rest
 *   start as stored. `scorm_reconstitute_array_element` (locallib.php) gives the stored
 *   interactions back with their `_count`;
 * - `mod/scorm/locallib.php`: `scorm_check_mode` (a relaunch of an attempt whose status is
 *   completed, passed or failed is in `review` mode unless the learner starts a new attempt),
 *   `scorm_grade_user_attempt` ("Learning objects" counts a SCO completed or passed; "Highest
 *   grade" takes `score.raw` as a whole number), `scorm_insert_track` (each value sent is one
 *   track, kept as text), with `mod/scorm/datamodel.php`, which stores what it is sent in any mode.
 *
 * Not modelled: objectives, comments, `nav.event`, auto-commit, "Force completed", AICC, more
 * than one SCO. No DOM and no imports: the extended test serves it, transpiled, to its LMS page.
 */

export type LessonMode = 'normal' | 'browse' | 'review';

/** What Moodle keeps of one learner's attempt of the SCO: element → value (`scorm_scoes_track`). */
export type Tracks = Readonly<Record<string, string>>;

export interface MoodleLaunch {
  /** The attempt's tracks so far; none for a new attempt. */
  readonly tracks?: Tracks;
  readonly mode?: LessonMode;
  /** The item's `adlcp:masteryscore` (our manifest sets none). */
  readonly masteryScore?: string;
  /**
   * `datamodel.php`: receives the values `StoreData` sends (element names as the package wrote
   * them) and answers whether they were stored. At `LMSFinish`, `finishing` is true.
   */
  readonly store: (values: Readonly<Record<string, string>>, finishing: boolean) => boolean;
}

/** One call to the API and what it returned, for the tests to read. */
export interface ApiCall {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly result: unknown;
  readonly error: string;
}

// The formats of scorm_12.js, with Moodle's default "SCORM 1.2 standard" limits (255 and 4096 characters).
// `^[\u0000-\uFFFF]{0,255}$` in Moodle: any text of at most so many UTF-16 units.
const CMIString256 = /^[^]{0,255}$/;
const CMIString4096 = /^[^]{0,4096}$/;
const CMITime = /^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\.[0-9]{1,2})?$/;
const CMITimespan = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;
const CMIDecimal = /^-?([0-9]{0,3})(\.[0-9]*)?$/;
const CMISInteger = /^-?([0-9]+)$/;
const CMIIdentifier = /^[\u0021-\u007E]{0,255}$/;
const CMIStatus = /^passed$|^completed$|^failed$|^incomplete$|^browsed$/;
const CMIExit = /^time-out$|^suspend$|^logout$|^$/;
const CMIType = /^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$/;
const CMIResult = /^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\.[0-9]*)?$/;

interface Model {
  readonly mod: 'r' | 'w' | 'rw';
  readonly format?: RegExp;
  readonly range?: readonly [number, number];
  readonly readerror?: string;
  readonly writeerror: string;
  /** The launch's value (from `get_scorm_default`), or the generic element's `defaultvalue`. */
  readonly defaultvalue?: (defaults: Readonly<Record<string, string>>) => string;
}

const fromDef = (element: string) => (defaults: Readonly<Record<string, string>>) => defaults[element] ?? '';
const fixed = (value: string) => () => value;
const SCORE: readonly [number, number] = [0, 100];

/** The SCORM 1.2 data model of scorm_12.js, without objectives, comments and `nav.event`. */
const DATAMODEL: Readonly<Record<string, Model>> = {
  'cmi._children': { mod: 'r', writeerror: '402', defaultvalue: fixed('core,suspend_data,launch_data,comments,objectives,student_data,student_preference,interactions') },
  'cmi._version': { mod: 'r', writeerror: '402', defaultvalue: fixed('3.4') },
  'cmi.core._children': { mod: 'r', writeerror: '402', defaultvalue: fixed('student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time') },
  'cmi.core.student_id': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.core.student_id') },
  'cmi.core.student_name': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.core.student_name') },
  'cmi.core.lesson_location': { mod: 'rw', format: CMIString256, writeerror: '405', defaultvalue: fromDef('cmi.core.lesson_location') },
  'cmi.core.credit': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.core.credit') },
  'cmi.core.lesson_status': { mod: 'rw', format: CMIStatus, writeerror: '405', defaultvalue: fromDef('cmi.core.lesson_status') },
  'cmi.core.entry': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.core.entry') },
  'cmi.core.score._children': { mod: 'r', writeerror: '402', defaultvalue: fixed('raw,min,max') },
  'cmi.core.score.raw': { mod: 'rw', format: CMIDecimal, range: SCORE, writeerror: '405', defaultvalue: fromDef('cmi.core.score.raw') },
  'cmi.core.score.max': { mod: 'rw', format: CMIDecimal, range: SCORE, writeerror: '405', defaultvalue: fromDef('cmi.core.score.max') },
  'cmi.core.score.min': { mod: 'rw', format: CMIDecimal, range: SCORE, writeerror: '405', defaultvalue: fromDef('cmi.core.score.min') },
  'cmi.core.total_time': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.core.total_time') },
  'cmi.core.lesson_mode': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.core.lesson_mode') },
  'cmi.core.exit': { mod: 'w', format: CMIExit, readerror: '404', writeerror: '405', defaultvalue: fromDef('cmi.core.exit') },
  'cmi.core.session_time': { mod: 'w', format: CMITimespan, readerror: '404', writeerror: '405', defaultvalue: fixed('00:00:00') },
  'cmi.suspend_data': { mod: 'rw', format: CMIString4096, writeerror: '405', defaultvalue: fromDef('cmi.suspend_data') },
  'cmi.launch_data': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.launch_data') },
  'cmi.student_data._children': { mod: 'r', writeerror: '402', defaultvalue: fixed('mastery_score,max_time_allowed,time_limit_action') },
  'cmi.student_data.mastery_score': { mod: 'r', writeerror: '403', defaultvalue: fromDef('cmi.student_data.mastery_score') },
  'cmi.student_preference._children': { mod: 'r', writeerror: '402', defaultvalue: fixed('audio,language,speed,text') },
  'cmi.student_preference.language': { mod: 'rw', format: CMIString256, writeerror: '405', defaultvalue: fromDef('cmi.student_preference.language') },
  'cmi.student_preference.audio': { mod: 'rw', format: CMISInteger, range: [-1, 100], writeerror: '405', defaultvalue: fixed('0') },
  'cmi.interactions._children': { mod: 'r', writeerror: '402', defaultvalue: fixed('id,objectives,time,type,correct_responses,weighting,student_response,result,latency') },
  'cmi.interactions._count': { mod: 'r', writeerror: '402', defaultvalue: fixed('0') },
  'cmi.interactions.n.id': { mod: 'w', format: CMIIdentifier, readerror: '404', writeerror: '405' },
  'cmi.interactions.n.time': { mod: 'w', format: CMITime, readerror: '404', writeerror: '405' },
  'cmi.interactions.n.type': { mod: 'w', format: CMIType, readerror: '404', writeerror: '405' },
  'cmi.interactions.n.correct_responses._count': { mod: 'r', writeerror: '402', defaultvalue: fixed('0') },
  'cmi.interactions.n.correct_responses.n.pattern': { mod: 'w', format: CMIString256, readerror: '404', writeerror: '405' },
  'cmi.interactions.n.weighting': { mod: 'w', format: CMIDecimal, range: [-100, 100], readerror: '404', writeerror: '405' },
  'cmi.interactions.n.student_response': { mod: 'w', format: CMIString256, readerror: '404', writeerror: '405' },
  'cmi.interactions.n.result': { mod: 'w', format: CMIResult, readerror: '404', writeerror: '405' },
  'cmi.interactions.n.latency': { mod: 'w', format: CMITimespan, readerror: '404', writeerror: '405' },
};

/** `cmi.interactions.3.id` → `cmi.interactions.n.id` (scorm_12.js's `CMIIndex` replaced by `.n.`). */
const generic = (element: string) => element.replace(/\.\d+\./g, '.n.');

const ERROR_STRINGS: Readonly<Record<string, string>> = {
  '0': 'No error',
  '101': 'General exception',
  '201': 'Invalid argument error',
  '202': 'Element cannot have children',
  '203': 'Element not an array - cannot have count',
  '301': 'Not initialized',
  '401': 'Not implemented error',
  '402': 'Invalid set value, element is a keyword',
  '403': 'Element is read only',
  '404': 'Element is write only',
  '405': 'Incorrect data type',
};

/**
 * `get_scorm_default` (scorm_12lib.php): the launch's values from the attempt's tracks and the
 * player's mode.
 */
export function launchDefaults(tracks: Tracks, mode: LessonMode, masteryScore = ''): Record<string, string> {
  const status = tracks['cmi.core.lesson_status'] ?? '';
  return {
    'cmi.core.student_id': 'learner1',
    'cmi.core.student_name': 'Learner, One',
    'cmi.core.credit': mode === 'normal' ? 'credit' : 'no-credit',
    'cmi.core.entry': status === '' ? 'ab-initio' : tracks['cmi.core.exit'] === 'suspend' ? 'resume' : '',
    'cmi.core.lesson_mode': mode,
    'cmi.launch_data': '',
    'cmi.student_data.mastery_score': masteryScore,
    'cmi.core.total_time': tracks['cmi.core.total_time'] ?? '00:00:00',
    'cmi.core.lesson_location': tracks['cmi.core.lesson_location'] ?? '',
    'cmi.core.lesson_status': status,
    'cmi.core.score.raw': tracks['cmi.core.score.raw'] ?? '',
    'cmi.core.score.max': tracks['cmi.core.score.max'] ?? '',
    'cmi.core.score.min': tracks['cmi.core.score.min'] ?? '',
    'cmi.core.exit': tracks['cmi.core.exit'] ?? '',
    'cmi.suspend_data': tracks['cmi.suspend_data'] ?? '',
    'cmi.student_preference.language': tracks['cmi.student_preference.language'] ?? '',
  };
}

/** `AddTime` of scorm_12.js: `total_time` plus `session_time` (it reads `.5` as 5 hundredths, as Moodle does). */
export function addTime(first: string, second: string): string {
  const centis = (t: string) => {
    const [h = '0', m = '0', s = '0'] = t.split(':');
    const [whole = '0', cents = '0'] = s.split('.');
    return ((Number(h) * 60 + Number(m)) * 60 + Number(whole)) * 100 + Number(cents);
  };
  const total = centis(first) + centis(second);
  const pad = (n: number) => String(n).padStart(2, '0');
  const cents = total % 100;
  const time = `${pad(Math.floor(total / 360_000))}:${pad(Math.floor(total / 6000) % 60)}:${pad(Math.floor(total / 100) % 60)}`;
  return cents === 0 ? time : `${time}.${pad(cents)}`;
}

/** Moodle's SCORM 1.2 API (`SCORMapi1_2`) for one launch of the SCO. */
export class MoodleScorm12Api {
  /** Every call, in order. */
  readonly calls: ApiCall[] = [];
  private readonly cmi = new Map<string, string | number>();
  /** `CollectData`'s memory: each element's value as last sent (or as launched). */
  private readonly sent = new Map<string, string | number | undefined>();
  private initialized = false;
  private errorCode = '0';
  private readonly mode: LessonMode;

  constructor(private readonly launch: MoodleLaunch) {
    const tracks = launch.tracks ?? {};
    this.mode = launch.mode ?? 'normal';
    const defaults = launchDefaults(tracks, this.mode, launch.masteryScore);
    for (const [element, model] of Object.entries(DATAMODEL)) {
      if (element.includes('.n.')) continue;
      const value = model.defaultvalue?.(defaults) ?? '';
      this.cmi.set(element, value);
      this.sent.set(element, value);
    }
    // scorm_reconstitute_array_element: the stored interactions, and their count as a number.
    const interactions = new Set<number>();
    for (const [element, value] of Object.entries(tracks)) {
      const match = /^cmi\.interactions\.(\d+)\./.exec(element);
      if (!match) continue;
      interactions.add(Number(match[1]));
      this.cmi.set(element, value);
    }
    if (interactions.size > 0) this.cmi.set('cmi.interactions._count', interactions.size);
    if (this.cmi.get('cmi.core.lesson_status') === '') this.cmi.set('cmi.core.lesson_status', 'not attempted');
  }

  /** The value the API holds for `element` now (what the SCO set, or what the launch gave). */
  value(element: string): string | number | undefined {
    return this.cmi.get(element);
  }

  LMSInitialize(param: string): string {
    return this.log('LMSInitialize', [param], () => {
      if (param !== '') return this.fail('201');
      if (this.initialized) return this.fail('101');
      this.initialized = true;
      return 'true';
    });
  }

  LMSFinish(param: string): string {
    return this.log('LMSFinish', [param], () => {
      if (param !== '') return this.fail('201');
      if (!this.initialized) return this.fail('301');
      this.initialized = false;
      return this.storeData(true);
    });
  }

  LMSGetValue(element: string): string | number {
    return this.log('LMSGetValue', [element], () => {
      if (!this.initialized) return this.fail('301', '');
      if (element === '') return this.fail('201', '');
      const model = DATAMODEL[generic(element)];
      if (model) {
        if (model.mod === 'w') return this.fail(model.readerror ?? '404', '');
        const value = this.cmi.get(element);
        this.errorCode = '0';
        return value ?? '';
      }
      if (element.endsWith('._children')) return this.fail(DATAMODEL[generic(element.slice(0, -'._children'.length))] ? '202' : '201', '');
      if (element.endsWith('._count')) return this.fail(DATAMODEL[generic(element.slice(0, -'._count'.length))] ? '203' : '201', '');
      return this.fail('201', '');
    });
  }

  LMSSetValue(element: string, value: unknown): string {
    return this.log('LMSSetValue', [element, value], () => {
      if (!this.initialized) return this.fail('301');
      if (element === '') return this.fail('201');
      const model = DATAMODEL[generic(element)];
      if (!model) return this.fail('201');
      if (model.mod === 'r' || !model.format) return this.fail(model.writeerror);
      const text = String(value);
      if (!model.format.test(text)) return this.fail(model.writeerror);
      // The index rule: each `.n.` may be the array's `_count` (a new entry) or below it.
      const parts = element.split('.');
      let array = '';
      for (let i = 1; i < parts.length - 1; i++) {
        array = `${array}${array ? '.' : 'cmi.'}${parts[i]}`;
        if (!/^\d+$/.test(parts[i + 1]!)) continue;
        const countElement = `${array}._count`;
        const count = Number(this.cmi.get(countElement) ?? 0);
        const index = Number(parts[i + 1]);
        if (index === count) this.cmi.set(countElement, count + 1);
        if (index > count) return this.fail('201');
        array = `${array}.${parts[i + 1]}`;
        i++;
      }
      if (model.range) {
        const number = Number(text) * 1.0;
        if (!(number >= model.range[0] && number <= model.range[1])) return this.fail(model.writeerror);
        this.cmi.set(element, number);
      } else {
        this.cmi.set(element, text);
      }
      this.errorCode = '0';
      return 'true';
    });
  }

  LMSCommit(param: string): string {
    return this.log('LMSCommit', [param], () => {
      if (param !== '') return this.fail('201');
      if (!this.initialized) return this.fail('301');
      return this.storeData(false);
    });
  }

  LMSGetLastError(): string {
    return this.errorCode;
  }

  LMSGetErrorString(code: string): string {
    return code === '' ? '' : (ERROR_STRINGS[code] ?? '');
  }

  LMSGetDiagnostic(code: string): string {
    return code === '' ? this.errorCode : code;
  }

  /** `StoreData`: the changed values to `datamodel.php`; at LMSFinish the status rules first, and the total time. */
  private storeData(finishing: boolean): string {
    if (finishing) {
      const status = () => this.cmi.get('cmi.core.lesson_status');
      if (status() === 'not attempted') this.cmi.set('cmi.core.lesson_status', 'completed');
      const raw = this.cmi.get('cmi.core.score.raw');
      const mastery = this.cmi.get('cmi.student_data.mastery_score');
      if (this.mode === 'normal' && this.cmi.get('cmi.core.credit') === 'credit' && mastery !== '' && raw !== '') {
        this.cmi.set('cmi.core.lesson_status', Number(raw) >= Number(mastery) ? 'passed' : 'failed');
      }
      if (this.mode === 'browse' && this.sent.get('cmi.core.lesson_status') === '' && status() === 'not attempted') this.cmi.set('cmi.core.lesson_status', 'browsed');
    }
    const values: Record<string, string> = {};
    for (const [element, value] of this.cmi) {
      if (element === 'cmi.core.session_time') continue;
      const model = DATAMODEL[generic(element)];
      if (!model || model.mod === 'r') continue;
      const last = this.sent.get(element);
      // CollectData compares loosely, and by type: a score set as text comes back a number.
      if (!this.sent.has(element) || last != value || typeof last !== typeof value) {
        values[element] = String(value);
        this.sent.set(element, value);
      }
    }
    if (finishing) values['cmi.core.total_time'] = addTime(String(this.cmi.get('cmi.core.total_time')), String(this.cmi.get('cmi.core.session_time') ?? '00:00:00'));
    const stored = this.launch.store(values, finishing);
    this.errorCode = stored ? '0' : '101';
    return stored ? 'true' : 'false';
  }

  private fail<T = string>(code: string, result: T = 'false' as T): T {
    this.errorCode = code;
    return result;
  }

  private log<T>(name: string, args: readonly unknown[], run: () => T): T {
    const result = run();
    this.calls.push({ name, args, result, error: this.errorCode });
    return result;
  }
}

/** `scorm_insert_track` for each value sent: the attempt's tracks after a request. */
export function storeTracks(tracks: Tracks, values: Readonly<Record<string, string>>): Tracks {
  return { ...tracks, ...values };
}

/**
 * `scorm_check_mode` (locallib.php) for a relaunch with "Force new attempt" off: a new attempt
 * when the learner asks for one and the last is complete (completed, passed or failed); else the
 * same attempt, in review mode when it is complete.
 */
export function relaunch(tracks: Tracks, { newAttempt = false } = {}): { readonly tracks: Tracks; readonly mode: LessonMode } {
  const complete = ['completed', 'passed', 'failed'].includes(tracks['cmi.core.lesson_status'] ?? '');
  if (newAttempt && complete) return { tracks: {}, mode: 'normal' };
  return { tracks, mode: complete ? 'review' : 'normal' };
}

/** `scorm_grade_user_attempt` with the grading method "Learning objects": the SCO counts when completed or passed. */
export function learningObjectsGrade(tracks: Tracks): number {
  const status = tracks['cmi.core.lesson_status'];
  return status === 'completed' || status === 'passed' ? 1 : 0;
}

/** The same with "Highest grade": `score.raw` as a whole number (`sprintf('%0d')`), none without one. */
export function highestGrade(tracks: Tracks): number | undefined {
  const raw = tracks['cmi.core.score.raw'];
  return raw === undefined || raw === '' ? undefined : Math.trunc(Number(raw));
}
