/**
 * The SCORM package's configuration file (`digituki-scorm.json`, beside the launch page) and the
 * launch URL's parameters, read into what the quiz is given: its language and its `items`,
 * `pass-score`, `seed` and `badge-url` attributes. The quiz checks the values itself (an error
 * panel names a setting it cannot use), so a value the file gets wrong shows there rather than
 * being dropped.
 */

export const PACKAGE_CONFIG_FILE = 'digituki-scorm.json';

/** `digituki-scorm.json`. */
export interface PackageConfig {
  /** The quiz's language when the launch URL names none: `fi`, `sv` or `en`. */
  readonly locale?: string;
  /** Items an attempt draws. */
  readonly items?: number;
  /** Items needed to pass. */
  readonly 'pass-score'?: number;
  /** The same seed draws the same attempts for every learner; a random one per learner without it. */
  readonly seed?: string;
  /** On a pass, the result links here to apply for the badge. */
  readonly 'badge-url'?: string;
}

/** The quiz's attributes the file sets (the language is `locale` in `LaunchSettings`). */
const QUIZ_ATTRIBUTES = ['items', 'pass-score', 'seed', 'badge-url'] as const;

export type QuizAttribute = (typeof QUIZ_ATTRIBUTES)[number];

export interface LaunchSettings {
  /** The language to show and to set as the page's `lang`: one of the quiz's locales. */
  readonly locale: string;
  /** Attributes for `<digituki-quiz>`, as text. */
  readonly attributes: Readonly<Partial<Record<QuizAttribute, string>>>;
  /** What was passed over, for the console: an unknown key, a language the quiz does not have. */
  readonly notes: readonly string[];
}

/**
 * What the quiz gets from `config` (the parsed file, or anything else when it could not be read)
 * and the launch URL's `search`: the URL's `locale` and `seed` win over the file's; a language
 * matches one of `locales` exactly or by its first subtag (`sv-FI` is `sv`), else the file's
 * language, else Finnish (or the first of `locales`).
 */
export function launchSettings(config: unknown, search: string, locales: readonly string[]): LaunchSettings {
  const notes: string[] = [];
  const file: Readonly<Record<string, unknown>> = isRecord(config) ? config : {};
  if (!isRecord(config)) notes.push(`${PACKAGE_CONFIG_FILE} is not a JSON object: the quiz's defaults apply`);
  for (const key of Object.keys(file)) {
    if (key !== 'locale' && !(QUIZ_ATTRIBUTES as readonly string[]).includes(key)) notes.push(`${PACKAGE_CONFIG_FILE}: unknown setting "${key}" (settings: locale, ${QUIZ_ATTRIBUTES.join(', ')})`);
  }
  const parameters = new URLSearchParams(search);
  const attributes: Partial<Record<QuizAttribute, string>> = {};
  for (const name of QUIZ_ATTRIBUTES) {
    const value = file[name];
    if (value != null) attributes[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  const seed = parameters.get('seed');
  if (seed !== null) attributes.seed = seed;

  const requested = parameters.get('locale');
  const fromUrl = requested === null ? undefined : matchLocale(requested, locales);
  if (requested !== null && fromUrl === undefined) notes.push(`launch parameter locale=${requested} is not one of ${locales.join(', ')}`);
  const fromFile = typeof file.locale === 'string' ? matchLocale(file.locale, locales) : undefined;
  if (file.locale != null && fromFile === undefined) notes.push(`${PACKAGE_CONFIG_FILE}: locale ${JSON.stringify(file.locale)} is not one of ${locales.join(', ')}`);
  const locale = fromUrl ?? fromFile ?? (locales.includes('fi') ? 'fi' : (locales[0] ?? 'fi'));
  return { locale, attributes, notes };
}

function matchLocale(requested: string, locales: readonly string[]): string | undefined {
  const lower = requested.toLowerCase();
  return locales.find((l) => l.toLowerCase() === lower) ?? locales.find((l) => l.toLowerCase() === lower.split('-')[0]);
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);
