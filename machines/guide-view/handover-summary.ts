/**
 * The hand-over summary a supporter copies into their notes: the situation as answered, what was
 * advised, and the referrals the guide suggests (a suggestion, never a record that the customer
 * was referred). Each option of a multi-choice answer on a line of its own, so a label with a
 * comma cannot be misread. Built only from the tree's text and the answers' ids: no personal data,
 * and no answer the tree marks `sensitive` (a judgement about the person, such as their capacity).
 */
import type { Answers, TreeDefinition } from '../tree/tree.types.js';
import { applicableReferrals } from '../recommend/referrals.js';
import { answerLabels } from './answer-labels.js';
import { outcomeReading } from './outcome-reading.js';

export interface SummaryLabels {
  readonly heading: string;
  readonly situation: string;
  readonly advised: string;
  /** The heading of the referrals: "Suggested referrals", never "Referred to". */
  readonly suggestedReferrals: string;
}

export function handoverSummary(tree: TreeDefinition, locale: string, path: readonly string[], answers: Answers, outcomes: readonly string[], labels: SummaryLabels): string {
  const text = tree.text[locale]!;
  const lines = [`${text.title} — ${labels.heading}`, '', `${labels.situation}:`];
  for (const questionId of path) {
    const value = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
    if (value === undefined) continue;
    // Judgements about the person stay out of notes that may sit next to the customer's name.
    const sensitive = new Set(tree.questions[questionId]!.options.filter((o) => o.sensitive).map((o) => o.id));
    const title = text.questions[questionId]!.title;
    if (typeof value === 'string') {
      if (!sensitive.has(value)) lines.push(`- ${title} ${answerLabels(text, questionId, value)}`);
      continue;
    }
    const shown = value.filter((optionId) => !sensitive.has(optionId));
    if (shown.length > 0) lines.push(`- ${title}`, ...shown.map((optionId) => `  - ${answerLabels(text, questionId, optionId)}`));
  }
  lines.push('', `${labels.advised}:`);
  outcomes.forEach((id, i) => lines.push(`${i + 1}. ${text.outcomes[id]!.title}: ${outcomeReading(tree, tree.outcomes.find((o) => o.id === id)!, locale, path, answers).action}`));
  const referrals = [...new Set(outcomes.flatMap((id) => applicableReferrals(tree.outcomes.find((o) => o.id === id)!, path, answers)))];
  if (referrals.length > 0) {
    lines.push('', `${labels.suggestedReferrals}:`);
    for (const id of referrals) lines.push(`- ${text.referrals[id]!.name}`);
  }
  return lines.join('\n');
}
