/**
 * `validateTree(definition)`: every problem of a tree definition, each with a JSON Pointer to
 * where it is and a plain message. Any input gets a report, never a throw: first it is read as
 * plain JSON data (a function, a hole in a list, a getter that throws, a revoked Proxy are
 * reported there, and nothing else is checked until they are fixed), then its structure (wrong
 * types, missing fields, id syntax), then its meaning (routing, cycles, reachability, outcomes,
 * text per locale). At most `MAX_PROBLEMS` are listed, then one `too-many-problems` entry with
 * the count of the rest. Runs in time linear in the tree's size.
 */
import { optionTarget, targets } from '../recommend/route.js';
import { readPlainData } from './plain-data.js';
import { pointer, type TreeProblem, type TreeProblemCode } from './tree-problem.js';
import { idProblem } from './ids.js';
import { isRecord } from './is-record.js';
import { readTree, type ReadQuestion, type ReadTree, type Report } from './read-tree.js';
import { RESULT, type AnswerCondition, type TreeDefinition } from './tree.types.js';

/** Problems listed before the rest are only counted. */
export const MAX_PROBLEMS = 50;

/** Every problem of `definition` and, when there is none, the copy of it that was checked. */
export function checkTree(definition: unknown): { readonly problems: TreeProblem[]; readonly copy: TreeDefinition | undefined } {
  const problems: TreeProblem[] = [];
  let unlisted = 0;
  const report: Report = (path: string, code: TreeProblemCode, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, code, message });
    else unlisted++;
  };
  const full = () => problems.length >= MAX_PROBLEMS;
  // `undefined` is no tree at all: readTree says so in words of its own.
  const copy = definition === undefined ? undefined : readPlainData(definition, report);
  if (problems.length === 0) {
    const tree = readTree(copy, report);
    if (tree) {
      checkQuestions(tree, report);
      checkRouting(tree, report, full);
      checkOutcomes(tree, report);
      checkText(tree, report);
    }
  }
  if (unlisted > 0) problems.push({ path: '', code: 'too-many-problems', message: `${unlisted} more problem${unlisted === 1 ? '' : 's'} not listed: fix these first.` });
  return { problems, copy: problems.length === 0 ? (copy as TreeDefinition) : undefined };
}

export function validateTree(definition: unknown): TreeProblem[] {
  return checkTree(definition).problems;
}

function checkQuestions(tree: ReadTree, report: Report): void {
  if (tree.start !== undefined && !tree.questions.has(tree.start)) {
    report('/start', 'unknown-target', `The start question "${tree.start}" does not exist.`);
  }
  const outcomeIds = new Set(tree.outcomes.map((o) => o.id));
  for (const question of tree.questions.values()) {
    const path = pointer('questions', question.id);
    if (question.id === RESULT) {
      report(path, 'reserved-id', `"${RESULT}" marks the end of a walk; it cannot be a question id.`);
    }
    const seen = new Set<string>();
    for (const option of question.options) {
      const optionPath = `${path}/options/${option.index}`;
      if (seen.has(option.id)) report(`${optionPath}/id`, 'duplicate-id', `Two options have the id "${option.id}".`);
      seen.add(option.id);
      for (const target of [option.next].filter((t): t is string => t !== undefined)) {
        if (target !== RESULT && !tree.questions.has(target)) {
          report(`${optionPath}/next`, 'unknown-target', `Leads to "${target}", which is not a question (nor "${RESULT}").`);
        }
      }
      if (optionTarget(question, option) === undefined) {
        report(optionPath, 'dead-end', `Option "${option.id}" leads nowhere: give it or its question a "next".`);
      }
      for (const add of option.adds) {
        const addPath = `${optionPath}/adds/${add.index}`;
        if (!outcomeIds.has(add.outcome)) {
          report(add.when || add.unless ? `${addPath}/outcome` : addPath, 'unknown-outcome', `Adds "${add.outcome}", which is not an outcome.`);
        }
        checkConditions(tree, addPath, add, report);
      }
    }
    if (question.next !== undefined && question.next !== RESULT && !tree.questions.has(question.next)) {
      report(`${path}/next`, 'unknown-target', `Leads to "${question.next}", which is not a question (nor "${RESULT}").`);
    }
    const exclusive = question.options.filter((o) => o.exclusive);
    if (question.kind === 'multi' && exclusive.length === 0) {
      report(`${path}/options`, 'missing-exclusive', `A multi question needs one "exclusive" option: "none of these".`);
    }
    if (question.kind === 'multi' && exclusive.length > 1) {
      for (const option of exclusive.slice(1)) {
        report(`${path}/options/${option.index}/exclusive`, 'misplaced-exclusive', `A multi question has only one exclusive option; "${option.id}" is a second.`);
      }
    }
    if (question.kind === 'single') {
      for (const option of exclusive) {
        report(`${path}/options/${option.index}/exclusive`, 'misplaced-exclusive', `Only a multi question has an exclusive option; "${question.id}" is single choice.`);
      }
    }
  }
}

/** Every question and option a `when`/`unless` pair names must exist. */
function checkConditions(tree: ReadTree, path: string, { when, unless }: { readonly when: AnswerCondition | undefined; readonly unless: AnswerCondition | undefined }, report: Report): void {
  const conditions = [...Object.entries(when ?? {}).map((c) => ['when', ...c] as const), ...Object.entries(unless ?? {}).map((c) => ['unless', ...c] as const)];
  for (const [kind, conditionQuestion, optionIds] of conditions) {
    const conditionPath = path + pointer(kind, conditionQuestion);
    const target = tree.questions.get(conditionQuestion);
    if (!target) {
      report(conditionPath, 'unknown-question', `"${conditionQuestion}" is not a question.`);
      continue;
    }
    optionIds.forEach((optionId, i) => {
      if (!target.options.some((o) => o.id === optionId)) {
        report(`${conditionPath}/${i}`, 'unknown-option', `Question "${conditionQuestion}" has no option "${optionId}".`);
      }
    });
  }
}

/** The questions an answer to `question` can lead to (not `RESULT`, nor questions that do not exist). */
function successors(question: ReadQuestion, questions: ReadonlyMap<string, unknown>): string[] {
  return [...targets(question)].filter((target) => target !== RESULT && questions.has(target));
}

/** A loop as `a → b → c → a`, shortened in the middle when long. */
function describeLoop(ids: readonly string[], from: number): string {
  const length = ids.length - from;
  const shown = length <= 8 ? ids.slice(from) : [...ids.slice(from, from + 4), `… (${length - 7} more) …`, ...ids.slice(-3)];
  return [...shown, ids[from]].join(' → ');
}

function checkRouting(tree: ReadTree, report: Report, full: () => boolean): void {
  if (tree.start === undefined || !tree.questions.has(tree.start)) return;
  // Iterative depth-first search (deep trees must not overflow the stack): reachability and
  // cycles. `depth` holds where each open question is on the stack, so a loop is found in O(1).
  const done = new Set<string>();
  const depth = new Map<string, number>();
  const ids: string[] = [];
  const stack: { id: string; next: string[]; i: number }[] = [];
  const open = (id: string) => {
    depth.set(id, stack.length);
    ids.push(id);
    stack.push({ id, next: successors(tree.questions.get(id)!, tree.questions), i: 0 });
  };
  open(tree.start);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i === frame.next.length) {
      done.add(frame.id);
      depth.delete(frame.id);
      ids.pop();
      stack.pop();
      continue;
    }
    const target = frame.next[frame.i++]!;
    const from = depth.get(target);
    if (from !== undefined) {
      if (full()) report('', 'cycle', '');
      else report(pointer('questions', frame.id), 'cycle', `The walk loops: ${describeLoop(ids, from)}.`);
    } else if (!done.has(target)) {
      open(target);
    }
  }
  for (const id of tree.questions.keys()) {
    if (!done.has(id)) report(pointer('questions', id), 'unreachable-question', `No walk reaches question "${id}".`);
  }
}

function checkOutcomes(tree: ReadTree, report: Report): void {
  const seen = new Set<string>();
  const added = new Set<string>();
  for (const question of tree.questions.values()) {
    for (const option of question.options) for (const add of option.adds) added.add(add.outcome);
  }
  // Outcomes added only by unreachable questions count as unreachable too; those questions are reported already.
  const outcomeIds = new Set(tree.outcomes.map((o) => o.id));
  for (const outcome of tree.outcomes) {
    const path = pointer('outcomes', outcome.index);
    if (seen.has(outcome.id)) report(`${path}/id`, 'duplicate-id', `Two outcomes have the id "${outcome.id}".`);
    seen.add(outcome.id);
    if (!added.has(outcome.id)) report(path, 'unreachable-outcome', `No answer adds outcome "${outcome.id}".`);
    outcome.principles.forEach((id, i) => {
      if (!tree.principleIds.has(id)) report(`${path}/principles/${i}`, 'unknown-principle', `Principle "${id}" is not in the catalogue.`);
    });
    for (const referral of outcome.referrals) {
      const at = `${path}/referrals/${referral.index}`;
      if (!tree.referralIds.has(referral.id)) report(referral.conditional ? `${at}/referral` : at, 'unknown-referral', `Referral "${referral.id}" is not in the catalogue.`);
      checkConditions(tree, at, referral, report);
    }
    (outcome.keep ?? []).forEach((id, i) => {
      if (!outcomeIds.has(id)) report(`${path}/overrides/keep/${i}`, 'unknown-outcome', `"${id}" is not an outcome.`);
    });
    const listed = new Set<string>();
    for (const never of outcome.never) {
      const at = `${path}/never/${never.index}`;
      const idAt = never.conditional ? `${at}/never` : at;
      if (!tree.neverIds.has(never.id)) report(idAt, 'unknown-never-item', `"Never" item "${never.id}" is not in the tree's "never" catalogue.`);
      if (listed.has(never.id)) report(idAt, 'duplicate-id', `"Never" item "${never.id}" is listed twice (give one entry its "when" and "unless").`);
      listed.add(never.id);
      checkConditions(tree, at, never, report);
    }
  }
  for (const outcome of tree.outcomes) {
    const path = pointer('outcomes', outcome.index);
    const named = new Set<string>();
    for (const variant of outcome.variants) {
      const at = `${path}/variants/${variant.index}`;
      const problem = idProblem('variant', variant.id);
      if (problem) report(`${at}/id`, 'invalid-id', problem);
      if (named.has(variant.id)) report(`${at}/id`, 'duplicate-id', `Outcome "${outcome.id}" has two variants "${variant.id}".`);
      named.add(variant.id);
      checkConditions(tree, at, variant, report);
    }
  }
  const used = new Set(tree.outcomes.flatMap((o) => o.never.map((n) => n.id)));
  for (const id of tree.neverIds) {
    if (!used.has(id)) report(pointer('never', id), 'unused-never-item', `No outcome lists "never" item "${id}".`);
  }
}

/** What a locale's text must hold: a string, an optional string, a list of strings, keys, or one entry per id. */
type TextShape = 'text' | 'text?' | 'list' | 'list+' | { readonly [key: string]: TextShape } | TextEntries;

/** One entry per id, each of its shape. */
interface TextEntries {
  readonly ids: ReadonlySet<string>;
  readonly entry: (id: string) => TextShape;
}

const entries = (ids: ReadonlySet<string>, entry: (id: string) => TextShape): TextEntries => ({ ids, entry });

const OPTION_TEXT: TextShape = { label: 'text', hint: 'text?' };
const OUTCOME_TEXT = { title: 'text', action: 'text', steps: 'list+', customer: 'text?' } as const;
/** A variant gives the action line, the customer text or both (checkVariantText checks that it gives one, the same in every locale). */
const VARIANT_TEXT: TextShape = { action: 'text?', customer: 'text?' };
const RULE_TEXT: TextShape = { because: 'text' };
const PRINCIPLE_TEXT: TextShape = { title: 'text', text: 'text' };
const REFERRAL_TEXT: TextShape = { name: 'text', detail: 'text' };

/** The text every declared locale needs, from the tree's ids (built once, shared by the locales). */
function textShape(tree: ReadTree): TextShape {
  const questions = new Map(
    [...tree.questions].map(([id, question]) => [
      id,
      { title: 'text', help: 'text', options: entries(new Set(question.options.map((o) => o.id)), () => OPTION_TEXT) } as TextShape,
    ]),
  );
  const outcomes = new Map(tree.outcomes.map((o) => [o.id, { ...OUTCOME_TEXT, variants: entries(new Set(o.variants.map((v) => v.id)), () => VARIANT_TEXT) } as TextShape]));
  return {
    title: 'text',
    questions: entries(new Set(questions.keys()), (id) => questions.get(id)!),
    outcomes: entries(new Set(outcomes.keys()), (id) => outcomes.get(id)!),
    principles: entries(tree.principleIds, () => PRINCIPLE_TEXT),
    referrals: entries(tree.referralIds, () => REFERRAL_TEXT),
    never: entries(tree.neverIds, () => 'text'),
    rules: entries(tree.ruleIds, () => RULE_TEXT),
  };
}

function checkText(tree: ReadTree, report: Report): void {
  for (const locale of tree.text.keys()) {
    if (!tree.locales.includes(locale)) report(pointer('text', locale), 'unknown-locale', `Text for locale "${locale}", which "locales" does not declare.`);
  }
  const shape = textShape(tree);
  for (const locale of tree.locales) {
    checkTextShape(tree.text.get(locale), shape, ['text', locale], `locale "${locale}"`, report);
  }
  checkCustomerText(tree, report);
  checkVariantText(tree, report);
}

/**
 * Each variant gives the action line, the customer text or both, the same in every locale; a
 * customer text only in a tree that has customer texts.
 */
function checkVariantText(tree: ReadTree, report: Report): void {
  const fieldsOf = (locale: string, outcome: string, variant: string): string[] | undefined => {
    const outcomes = tree.text.get(locale)?.outcomes;
    const text = isRecord(outcomes) && Object.hasOwn(outcomes, outcome) ? outcomes[outcome] : undefined;
    const variants = isRecord(text) && isRecord(text.variants) ? text.variants : undefined;
    const record = variants && Object.hasOwn(variants, variant) ? variants[variant] : undefined;
    return isRecord(record) ? ['action', 'customer'].filter((field) => record[field] !== undefined) : undefined;
  };
  const customers = tree.locales.some((locale) => {
    const outcomes = tree.text.get(locale)?.outcomes;
    const first = tree.outcomes[0];
    const text = first && isRecord(outcomes) && Object.hasOwn(outcomes, first.id) ? outcomes[first.id] : undefined;
    return isRecord(text) && text.customer !== undefined;
  });
  for (const outcome of tree.outcomes) {
    for (const variant of outcome.variants) {
      const first = tree.locales.find((locale) => fieldsOf(locale, outcome.id, variant.id) !== undefined);
      if (first === undefined) continue; // missing everywhere: reported by the shape check
      const fields = fieldsOf(first, outcome.id, variant.id)!;
      const at = (locale: string, ...rest: string[]) => pointer('text', locale, 'outcomes', outcome.id, 'variants', variant.id, ...rest);
      if (fields.length === 0) report(at(first), 'missing-text', `Variant "${variant.id}" of "${outcome.id}" gives no text in locale "${first}": give "action", "customer" or both.`);
      if (fields.includes('customer') && !customers) report(at(first, 'customer'), 'unknown-text', `Variant "${variant.id}" of "${outcome.id}" gives a customer text, but the tree has none.`);
      for (const locale of tree.locales) {
        const given = fieldsOf(locale, outcome.id, variant.id);
        if (given === undefined) continue;
        for (const field of fields.filter((f) => !given.includes(f))) {
          report(at(locale, field), 'missing-text', `Variant "${variant.id}" of "${outcome.id}" gives "${field}" in locale "${first}" but not in "${locale}".`);
        }
        for (const field of given.filter((f) => !fields.includes(f))) {
          report(at(locale, field), 'unknown-text', `Variant "${variant.id}" of "${outcome.id}" gives "${field}" in locale "${locale}" but not in "${first}".`);
        }
      }
    }
  }
}

/** Customer texts are all or nothing: the guide offers the customer view only when every outcome has one. */
function checkCustomerText(tree: ReadTree, report: Report): void {
  const has = (locale: string, outcome: string): boolean => {
    const outcomes = tree.text.get(locale)?.outcomes;
    const text = isRecord(outcomes) && Object.hasOwn(outcomes, outcome) ? outcomes[outcome] : undefined;
    return isRecord(text) && text.customer !== undefined;
  };
  const pairs = tree.locales.flatMap((locale) => tree.outcomes.map((o) => [locale, o.id] as const));
  const given = pairs.filter(([locale, outcome]) => has(locale, outcome));
  if (given.length === 0 || given.length === pairs.length) return;
  const [locale, outcome] = given[0]!;
  for (const [missingLocale, missingOutcome] of pairs.filter(([l, o]) => !has(l, o))) {
    report(
      pointer('text', missingLocale, 'outcomes', missingOutcome, 'customer'),
      'missing-text',
      `No customer text in locale "${missingLocale}", while "${outcome}" has one in "${locale}": give every outcome one in every locale, or none.`,
    );
  }
}

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Checks `value` against `shape`; `segments` is where it is (joined into a pointer only for a report). */
function checkTextShape(value: unknown, shape: TextShape, segments: string[], locale: string, report: Report): void {
  if (shape === 'text' || shape === 'text?') {
    if (shape === 'text?' && value === undefined) return;
    if (blank(value)) report(pointer(...segments), typeof value === 'string' || value === undefined ? 'missing-text' : 'wrong-type', `${value === undefined ? 'Missing' : 'Empty or non-string'} text in ${locale}.`);
    return;
  }
  if (shape === 'list' || shape === 'list+') {
    if (!Array.isArray(value)) {
      report(pointer(...segments), value === undefined ? 'missing-text' : 'wrong-type', `Missing list of texts in ${locale}.`);
      return;
    }
    if (shape === 'list+' && value.length === 0) report(pointer(...segments), 'missing-text', `Empty list in ${locale}: give at least one text.`);
    for (let i = 0; i < value.length; i++) {
      if (blank(value[i])) report(pointer(...segments, i), 'missing-text', `Empty or non-string text in ${locale}.`);
    }
    return;
  }
  // An empty catalogue (no "never" items, no rule ids) needs no text record.
  if (value === undefined && isEntries(shape) && shape.ids.size === 0) return;
  if (!isRecord(value)) {
    report(pointer(...segments), value === undefined ? 'missing-text' : 'wrong-type', `Missing text in ${locale}.`);
    return;
  }
  if (isEntries(shape)) {
    for (const id of shape.ids) checkTextEntry(value, id, shape.entry(id), segments, locale, report);
    for (const key of Object.keys(value)) {
      if (!shape.ids.has(key)) report(pointer(...segments, key), 'unknown-text', `Text for "${key}", which the tree does not have (a typo, or left over from a removed id?).`);
    }
    return;
  }
  for (const key in shape) checkTextEntry(value, key, shape[key]!, segments, locale, report);
}

/** Checks the entry `key` of a text record (own properties only). */
function checkTextEntry(record: Record<string, unknown>, key: string, shape: TextShape, segments: string[], locale: string, report: Report): void {
  segments.push(key);
  checkTextShape(Object.hasOwn(record, key) ? record[key] : undefined, shape, segments, locale, report);
  segments.pop();
}

function isEntries(shape: TextShape): shape is TextEntries {
  return typeof shape === 'object' && 'ids' in shape && shape.ids instanceof Set;
}
