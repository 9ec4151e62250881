/**
 * The syntax of each kind of id in a tree (and in a scenario bank), enforced by `validateTree`
 * and written down in README's "The tree format". The JSON Schema of the content uses the same
 * patterns. Ids become machine state names, preset text (`question=option,option; ...`),
 * sessionStorage keys and `data-` attribute values, so they stay short, plain and unambiguous.
 */

/** Question, option, outcome, referral and "never" item ids: kebab-case, e.g. `act-for-me`. */
export const KEBAB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Principle ids: a capital letter and a number, e.g. `P12` (a principle), `L7` (a law). */
export const PRINCIPLE_ID = /^[A-Z][0-9]+$/;

/** Rule ids: `R` and a number, e.g. `R10`, as the tree contract numbers its rules. */
export const RULE_ID = /^R[1-9][0-9]*$/;

/** Locale codes: a BCP 47 language tag of letters and digits, e.g. `fi`, `sv`, `en`, `se`, `en-GB`. */
export const LOCALE_ID = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const MAX_ID_LENGTH = 64;

export type IdKind = 'question' | 'option' | 'outcome' | 'variant' | 'referral' | 'never-item' | 'principle' | 'rule' | 'locale';

const KEBAB = { pattern: KEBAB_ID, rule: 'kebab-case: a-z and 0-9 in words joined by "-", starting with a letter' };

const PATTERNS: Readonly<Record<IdKind, { readonly pattern: RegExp; readonly rule: string }>> = {
  question: KEBAB,
  option: KEBAB,
  outcome: KEBAB,
  variant: KEBAB,
  referral: KEBAB,
  'never-item': KEBAB,
  principle: { pattern: PRINCIPLE_ID, rule: 'a capital letter and a number, such as P12' },
  rule: { pattern: RULE_ID, rule: 'R and a number, such as R10' },
  locale: { pattern: LOCALE_ID, rule: 'a language tag such as fi, sv, en or en-GB' },
};

/** Names that would reach `Object.prototype` where an id is used as a key: never ids. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Why `id` cannot be an id of `kind`, or `undefined` when it can. */
export function idProblem(kind: IdKind, id: string): string | undefined {
  const { pattern, rule } = PATTERNS[kind];
  if (PROTOTYPE_NAMES.has(id)) return `"${id}" is a name JavaScript objects already use; choose another ${kind} id.`;
  if (id.length > MAX_ID_LENGTH) return `The ${kind} id "${id.slice(0, MAX_ID_LENGTH)}…" is longer than ${MAX_ID_LENGTH} characters.`;
  if (!pattern.test(id)) return `The ${kind} id "${id}" must be ${rule}.`;
  return undefined;
}
