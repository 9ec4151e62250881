/**
 * The SCORM 1.2 package's launch module (`scorm12-launch.js`, loaded by the package's
 * `index.html` after `digituki-quiz.js`): reads the package configuration and the launch URL,
 * sets the page's language, finds the LMS's `API` and puts a `<digituki-quiz>` on the page whose
 * events the reporter turns into `cmi` values; an attempt the LMS kept is given back to the quiz
 * to resume. Opened outside an LMS, or when the LMS cannot record (its API fails or throws, or it
 * launched the package in browse or review mode), the quiz works the same as practice and says on
 * the page that results are not being recorded. Same-origin files only, no inline script or
 * style: it runs under a strict CSP.
 */
import type { DigitukiQuiz } from '../components/quiz/quiz.js';
import type { StoredAttempt } from '../../machines/index.js';
import type { DigitukiQuizCompleteEvent } from '../events/digituki-quiz-complete.js';
import type { DigitukiQuizProgressEvent } from '../events/digituki-quiz-progress.js';
import { launchSettings, PACKAGE_CONFIG_FILE } from './package-config.js';
import { findScorm12Api } from './scorm12-api.js';
import { Scorm12Reporter } from './scorm12-reporter.js';

const PREFIX = 'digituki-quiz SCORM:';

/** The package configuration, or `undefined` (noted) when it cannot be read. */
async function readConfig(): Promise<unknown> {
  try {
    const response = await fetch(new URL(PACKAGE_CONFIG_FILE, import.meta.url));
    if (response.ok) return await response.json();
    console.warn(`${PREFIX} ${PACKAGE_CONFIG_FILE}: HTTP ${response.status}`);
  } catch (error) {
    console.warn(`${PREFIX} ${PACKAGE_CONFIG_FILE} could not be read (${String(error)})`);
  }
  return undefined;
}

/** The quiz's languages and its title in each, from the launch page's `<meta name="digituki-title" lang="..">`. */
function pageTitles(): Map<string, string> {
  return new Map([...document.querySelectorAll<HTMLMetaElement>('meta[name="digituki-title"][lang]')].map((meta) => [meta.lang, meta.content]));
}

async function launch(): Promise<void> {
  const titles = pageTitles();
  const settings = launchSettings(await readConfig(), location.search, [...titles.keys()]);
  for (const note of settings.notes) console.warn(`${PREFIX} ${note}`);
  document.documentElement.lang = settings.locale;
  document.title = titles.get(settings.locale) ?? document.title;

  const api = findScorm12Api(window);
  if (!api) console.info(`${PREFIX} no SCORM 1.2 API found (opened outside an LMS): the quiz works as practice and records nothing.`);
  const page: { quiz?: DigitukiQuiz } = {};
  // An API call that throws later stops reporting: the quiz goes on, and says it is not recorded.
  const reporter = api && new Scorm12Reporter(api, { warn: (message) => console.warn(`${PREFIX} ${message}`), onStop: () => page.quiz?.setAttribute('not-recorded', '') });
  const recording = reporter?.initialize() ? reporter : undefined;

  await customElements.whenDefined('digituki-quiz');
  const quiz = (page.quiz = document.createElement('digituki-quiz') as DigitukiQuiz);
  quiz.setAttribute('locale', settings.locale);
  for (const [name, value] of Object.entries(settings.attributes)) quiz.setAttribute(name, value);
  if (recording) {
    if (recording.resumeAttempt !== undefined) quiz.attemptState = recording.resumeAttempt as StoredAttempt; // the quiz checks it
    quiz.addEventListener('digituki-quiz-progress', (event: DigitukiQuizProgressEvent) => recording.progress(event.detail));
    quiz.addEventListener('digituki-quiz-complete', (event: DigitukiQuizCompleteEvent) => recording.complete(event.detail));
    // A page kept in the back-forward cache may come back: commit, but finish only when it is unloaded for good.
    window.addEventListener('pagehide', (event) => (event.persisted ? recording.flush() : recording.finish()));
  } else {
    // No LMS, one that failed, or its browse or review mode: practice, and the learner is told.
    quiz.setAttribute('not-recorded', '');
  }
  (document.querySelector('main') ?? document.body).append(quiz);
}

void launch();
