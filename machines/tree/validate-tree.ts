/**
 * `validateTree(definition)`: every problem of a tree definition, each with a JSON Pointer to
 * where it is and a plain message. Malformed input (wrong types, missing fields, not an object)
 * gets the same kind of report, never a TypeError. Runs in time linear in the tree's size.
 */
import { pointer, type TreeProblem, type TreeProblemCode } from './tree-problem.js';
import { isRecord, readTree, type ReadQuestion, type ReadTree, type Report } from './read-tree.js';
import { RESULT } from './tree.types.js';

export function validateTree(definition: unknown): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const report: Report = (path: string, code: TreeProblemCode, message: string) => {
    problems.push({ path, code, message });
  };
  const tree = readTree(definition, report);
  if (tree) {
    checkQuestions(tree, report);
    checkRouting(tree, report);
    checkOutcomes(tree, report);
    checkText(tree, report);
  }
  return problems;
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
      if (option.next === undefined && question.next === undefined) {
        report(optionPath, 'dead-end', `Option "${option.id}" leads nowhere: give it or its question a "next".`);
      }
      for (const add of option.adds) {
        const addPath = `${optionPath}/adds/${add.index}`;
        if (!outcomeIds.has(add.outcome)) {
          report(add.when ? `${addPath}/outcome` : addPath, 'unknown-outcome', `Adds "${add.outcome}", which is not an outcome.`);
        }
        for (const [conditionQuestion, optionIds] of Object.entries(add.when ?? {})) {
          const conditionPath = addPath + pointer('when', conditionQuestion);
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

/** The questions an answer to `question` can lead to (not `RESULT`), without duplicates. */
function successors(question: ReadQuestion, questions: ReadonlyMap<string, unknown>): string[] {
  const targets = new Set<string>();
  for (const option of question.options) {
    const target = option.next ?? question.next;
    if (target !== undefined && target !== RESULT && questions.has(target)) targets.add(target);
  }
  return [...targets];
}

function checkRouting(tree: ReadTree, report: Report): void {
  if (tree.start === undefined || !tree.questions.has(tree.start)) return;
  // Iterative depth-first search (deep trees must not overflow the stack): reachability and cycles.
  const state = new Map<string, 'open' | 'done'>();
  const stack: { id: string; next: string[]; i: number }[] = [];
  const open = (id: string) => {
    state.set(id, 'open');
    stack.push({ id, next: successors(tree.questions.get(id)!, tree.questions), i: 0 });
  };
  open(tree.start);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i === frame.next.length) {
      state.set(frame.id, 'done');
      stack.pop();
      continue;
    }
    const target = frame.next[frame.i++]!;
    const seen = state.get(target);
    if (seen === undefined) {
      open(target);
    } else if (seen === 'open') {
      const from = stack.findIndex((f) => f.id === target);
      const cycle = [...stack.slice(from).map((f) => f.id), target];
      report(pointer('questions', frame.id), 'cycle', `The walk loops: ${cycle.join(' → ')}.`);
    }
  }
  for (const id of tree.questions.keys()) {
    if (!state.has(id)) report(pointer('questions', id), 'unreachable-question', `No walk reaches question "${id}".`);
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
    outcome.referrals.forEach((id, i) => {
      if (!tree.referralIds.has(id)) report(`${path}/referrals/${i}`, 'unknown-referral', `Referral "${id}" is not in the catalogue.`);
    });
    (outcome.keep ?? []).forEach((id, i) => {
      if (!outcomeIds.has(id)) report(`${path}/overrides/keep/${i}`, 'unknown-outcome', `"${id}" is not an outcome.`);
    });
  }
}

/** What a locale's text must hold: a string, an optional string, a list of strings, keys, or one entry per id. */
type TextShape = 'text' | 'text?' | 'list' | 'list+' | { readonly [key: string]: TextShape } | TextEntries;

interface TextEntries {
  readonly ids: ReadonlySet<string>;
  readonly entry: (id: string) => TextShape;
}

const entries = (ids: Iterable<string>, entry: (id: string) => TextShape): TextEntries => ({ ids: new Set(ids), entry });

/** The text every declared locale needs, from the tree's ids. */
function textShape(tree: ReadTree): TextShape {
  return {
    title: 'text',
    questions: entries(tree.questions.keys(), (id) => ({
      title: 'text',
      help: 'text',
      options: entries(tree.questions.get(id)!.options.map((o) => o.id), () => ({ label: 'text', hint: 'text?' })),
    })),
    outcomes: entries(
      tree.outcomes.map((o) => o.id),
      () => ({ title: 'text', action: 'text', steps: 'list+', avoid: 'list' }),
    ),
    principles: entries(tree.principleIds, () => ({ title: 'text', text: 'text' })),
    referrals: entries(tree.referralIds, () => ({ name: 'text', detail: 'text' })),
  };
}

function checkText(tree: ReadTree, report: Report): void {
  for (const locale of tree.text.keys()) {
    if (!tree.locales.includes(locale)) report(pointer('text', locale), 'unknown-locale', `Text for locale "${locale}", which "locales" does not declare.`);
  }
  const shape = textShape(tree);
  for (const locale of tree.locales) {
    checkTextShape(tree.text.get(locale), shape, pointer('text', locale), `locale "${locale}"`, report);
  }
}

function checkTextShape(value: unknown, shape: TextShape, path: string, locale: string, report: Report): void {
  const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
  if (shape === 'text' || shape === 'text?') {
    if (shape === 'text?' && value === undefined) return;
    if (blank(value)) report(path, typeof value === 'string' || value === undefined ? 'missing-text' : 'wrong-type', `${value === undefined ? 'Missing' : 'Empty or non-string'} text in ${locale}.`);
    return;
  }
  if (shape === 'list' || shape === 'list+') {
    if (!Array.isArray(value)) {
      report(path, value === undefined ? 'missing-text' : 'wrong-type', `Missing list of texts in ${locale}.`);
      return;
    }
    if (shape === 'list+' && value.length === 0) report(path, 'missing-text', `Empty list in ${locale}: give at least one text.`);
    value.forEach((item, i) => {
      if (blank(item)) report(`${path}/${i}`, 'missing-text', `Empty or non-string text in ${locale}.`);
    });
    return;
  }
  if (!isRecord(value)) {
    report(path, value === undefined ? 'missing-text' : 'wrong-type', `Missing text in ${locale}.`);
    return;
  }
  if (isEntries(shape)) {
    for (const id of shape.ids) checkTextShape(value[id], shape.entry(id), path + pointer(id), locale, report);
    for (const key of Object.keys(value)) {
      if (!shape.ids.has(key)) report(path + pointer(key), 'unknown-text', `Text for "${key}", which the tree does not have (a typo, or left over from a removed id?).`);
    }
    return;
  }
  for (const [key, inner] of Object.entries(shape)) checkTextShape(value[key], inner, path + pointer(key), locale, report);
}

function isEntries(shape: TextShape): shape is TextEntries {
  return typeof shape === 'object' && 'ids' in shape && shape.ids instanceof Set;
}
