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
      report(path, 'reserved-id', `"${RESULT}" is reserved for the end of a walk and cannot be a question id.`);
    }
    const seen = new Set<string>();
    for (const option of question.options) {
      const optionPath = `${path}/options/${option.index}`;
      if (seen.has(option.id)) report(`${optionPath}/id`, 'duplicate-id', `Question "${question.id}" has two options with id "${option.id}".`);
      seen.add(option.id);
      for (const target of [option.next].filter((t): t is string => t !== undefined)) {
        if (target !== RESULT && !tree.questions.has(target)) {
          report(`${optionPath}/next`, 'unknown-target', `Option "${option.id}" of question "${question.id}" leads to "${target}", which is not a question (or "${RESULT}").`);
        }
      }
      if (option.next === undefined && question.next === undefined) {
        report(optionPath, 'dead-end', `Option "${option.id}" of question "${question.id}" leads nowhere: give it a "next" or give the question one.`);
      }
      for (const add of option.adds) {
        const addPath = `${optionPath}/adds/${add.index}`;
        if (!outcomeIds.has(add.outcome)) {
          report(add.when ? `${addPath}/outcome` : addPath, 'unknown-outcome', `Option "${option.id}" of question "${question.id}" adds "${add.outcome}", which is not an outcome.`);
        }
        for (const [conditionQuestion, optionIds] of Object.entries(add.when ?? {})) {
          const conditionPath = addPath + pointer('when', conditionQuestion);
          const target = tree.questions.get(conditionQuestion);
          if (!target) {
            report(conditionPath, 'unknown-question', `The condition refers to "${conditionQuestion}", which is not a question.`);
            continue;
          }
          optionIds.forEach((optionId, i) => {
            if (!target.options.some((o) => o.id === optionId)) {
              report(`${conditionPath}/${i}`, 'unknown-option', `The condition refers to option "${optionId}", which question "${conditionQuestion}" does not have.`);
            }
          });
        }
      }
    }
    if (question.next !== undefined && question.next !== RESULT && !tree.questions.has(question.next)) {
      report(`${path}/next`, 'unknown-target', `Question "${question.id}" leads to "${question.next}", which is not a question (or "${RESULT}").`);
    }
    const exclusive = question.options.filter((o) => o.exclusive);
    if (question.kind === 'multi' && exclusive.length === 0) {
      report(`${path}/options`, 'missing-exclusive', `Multi question "${question.id}" needs one option marked "exclusive": the "none of these" answer.`);
    }
    if (question.kind === 'multi' && exclusive.length > 1) {
      for (const option of exclusive.slice(1)) {
        report(`${path}/options/${option.index}/exclusive`, 'misplaced-exclusive', `Multi question "${question.id}" can have only one exclusive option; "${option.id}" is a second one.`);
      }
    }
    if (question.kind === 'single') {
      for (const option of exclusive) {
        report(`${path}/options/${option.index}/exclusive`, 'misplaced-exclusive', `Option "${option.id}" is marked exclusive, but question "${question.id}" is single choice, where every option already excludes the others.`);
      }
    }
  }
}

/** The questions an answer to `question` can lead to (not `RESULT`), without duplicates. */
export function successors(question: ReadQuestion, questions: ReadonlyMap<string, unknown>): string[] {
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
      report(pointer('questions', frame.id), 'cycle', `The questions loop back on themselves: ${cycle.join(' → ')}. A walk must always move towards the result.`);
    }
  }
  for (const id of tree.questions.keys()) {
    if (!state.has(id)) report(pointer('questions', id), 'unreachable-question', `No walk reaches question "${id}": no question leads to it and it is not the start.`);
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
    if (!added.has(outcome.id)) report(path, 'unreachable-outcome', `No answer adds outcome "${outcome.id}", so no walk can recommend it.`);
    outcome.principles.forEach((id, i) => {
      if (!tree.principleIds.has(id)) report(`${path}/principles/${i}`, 'unknown-principle', `Outcome "${outcome.id}" cites principle "${id}", which is not in the principles catalogue.`);
    });
    outcome.referrals.forEach((id, i) => {
      if (!tree.referralIds.has(id)) report(`${path}/referrals/${i}`, 'unknown-referral', `Outcome "${outcome.id}" refers to "${id}", which is not in the referrals catalogue.`);
    });
    (outcome.keep ?? []).forEach((id, i) => {
      if (!outcomeIds.has(id)) report(`${path}/overrides/keep/${i}`, 'unknown-outcome', `Outcome "${outcome.id}" keeps "${id}", which is not an outcome.`);
    });
  }
}

function checkText(tree: ReadTree, report: Report): void {
  for (const locale of tree.text.keys()) {
    if (!tree.locales.includes(locale)) {
      report(pointer('text', locale), 'unknown-locale', `There is text for locale "${locale}", which the tree does not declare in "locales".`);
    }
  }
  for (const locale of tree.locales) {
    const text = tree.text.get(locale);
    if (!text) {
      report(pointer('text', locale), 'missing-text', `The tree declares locale "${locale}" but has no text for it.`);
      continue;
    }
    const base = pointer('text', locale);
    const where = `in locale "${locale}"`;
    requireString(text, 'title', base, where, report);

    const section = (name: string): Record<string, unknown> => {
      const value = text[name];
      if (isRecord(value)) return value;
      report(`${base}/${name}`, value === undefined ? 'missing-text' : 'wrong-type', `The ${name} text is missing ${where}.`);
      return {};
    };
    const questionsText = section('questions');
    for (const question of tree.questions.values()) {
      const entry = entryOf(questionsText, question.id, `${base}/questions`, `question "${question.id}" ${where}`, report);
      if (!entry) continue;
      const path = `${base}/questions${pointer(question.id)}`;
      requireString(entry, 'title', path, `for question "${question.id}" ${where}`, report);
      requireString(entry, 'help', path, `for question "${question.id}" ${where}`, report);
      const optionsText = isRecord(entry.options) ? entry.options : {};
      if (!isRecord(entry.options)) report(`${path}/options`, 'missing-text', `The option text for question "${question.id}" is missing ${where}.`);
      for (const option of question.options) {
        const optionEntry = entryOf(optionsText, option.id, `${path}/options`, `option "${option.id}" of question "${question.id}" ${where}`, report);
        if (!optionEntry) continue;
        const optionPath = `${path}/options${pointer(option.id)}`;
        requireString(optionEntry, 'label', optionPath, `for option "${option.id}" of question "${question.id}" ${where}`, report);
        if (optionEntry.hint !== undefined) requireString(optionEntry, 'hint', optionPath, `for option "${option.id}" ${where}`, report);
      }
      reportUnknownKeys(optionsText, new Set(question.options.map((o) => o.id)), `${path}/options`, `question "${question.id}" has no such option`, report);
    }
    reportUnknownKeys(questionsText, new Set(tree.questions.keys()), `${base}/questions`, 'the tree has no such question', report);

    const outcomesText = section('outcomes');
    for (const outcome of tree.outcomes) {
      const entry = entryOf(outcomesText, outcome.id, `${base}/outcomes`, `outcome "${outcome.id}" ${where}`, report);
      if (!entry) continue;
      const path = `${base}/outcomes${pointer(outcome.id)}`;
      for (const key of ['title', 'action']) requireString(entry, key, path, `for outcome "${outcome.id}" ${where}`, report);
      requireStringList(entry, 'steps', path, `for outcome "${outcome.id}" ${where}`, report, true);
      requireStringList(entry, 'avoid', path, `for outcome "${outcome.id}" ${where}`, report, false);
    }
    reportUnknownKeys(outcomesText, new Set(tree.outcomes.map((o) => o.id)), `${base}/outcomes`, 'the tree has no such outcome', report);

    const catalogues = [
      ['principles', 'principle', tree.principleIds, ['title', 'text']],
      ['referrals', 'referral', tree.referralIds, ['name', 'detail']],
    ] as const;
    for (const [name, singular, ids, keys] of catalogues) {
      const catalogueText = section(name);
      for (const id of ids) {
        const entry = entryOf(catalogueText, id, `${base}/${name}`, `${singular} "${id}" ${where}`, report);
        if (!entry) continue;
        for (const key of keys) requireString(entry, key, `${base}/${name}${pointer(id)}`, `for ${singular} "${id}" ${where}`, report);
      }
      reportUnknownKeys(catalogueText, ids, `${base}/${name}`, `the catalogue has no such ${singular}`, report);
    }
  }
}

function entryOf(parent: Record<string, unknown>, key: string, path: string, what: string, report: Report): Record<string, unknown> | undefined {
  const value = parent[key];
  if (isRecord(value)) return value;
  report(path + pointer(key), value === undefined ? 'missing-text' : 'wrong-type', `The text of ${what} is missing.`);
  return undefined;
}

function requireString(parent: Record<string, unknown>, key: string, path: string, where: string, report: Report): void {
  const value = parent[key];
  if (typeof value === 'string' && value.trim() !== '') return;
  const problem = value === undefined ? 'is missing' : typeof value === 'string' ? 'is empty' : 'must be a string';
  report(`${path}/${key}`, value === undefined || typeof value === 'string' ? 'missing-text' : 'wrong-type', `The ${key} ${where} ${problem}.`);
}

function requireStringList(parent: Record<string, unknown>, key: string, path: string, where: string, report: Report, nonEmpty: boolean): void {
  const value = parent[key];
  if (!Array.isArray(value)) {
    report(`${path}/${key}`, value === undefined ? 'missing-text' : 'wrong-type', `The ${key} ${where} ${value === undefined ? 'are missing' : 'must be a list of strings'}.`);
    return;
  }
  if (nonEmpty && value.length === 0) report(`${path}/${key}`, 'missing-text', `The ${key} ${where} are empty: give at least one.`);
  value.forEach((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') report(`${path}/${key}/${i}`, 'missing-text', `Item ${i} of the ${key} ${where} is empty or not a string.`);
  });
}

function reportUnknownKeys(parent: Record<string, unknown>, known: ReadonlySet<string>, path: string, why: string, report: Report): void {
  for (const key of Object.keys(parent)) {
    if (!known.has(key)) report(path + pointer(key), 'unknown-text', `Text for "${key}", but ${why}: a typo, or text left over from a removed id?`);
  }
}
