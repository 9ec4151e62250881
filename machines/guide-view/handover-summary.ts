/**
 * The hand-over summary a supporter copies into their notes: the situation as answered, what was
 * advised, where referred. Built only from the tree's text and the answers' ids: no personal data.
 */
import type { Answers, TreeDefinition } from '../tree/tree.types.js';
import { answerLabels } from './answer-labels.js';

export interface SummaryLabels {
  readonly heading: string;
  readonly situation: string;
  readonly advised: string;
  readonly referred: string;
}

export function handoverSummary(tree: TreeDefinition, locale: string, path: readonly string[], answers: Answers, outcomes: readonly string[], labels: SummaryLabels): string {
  const text = tree.text[locale]!;
  const lines = [`${text.title} — ${labels.heading}`, '', `${labels.situation}:`];
  for (const questionId of path) {
    const value = Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
    if (value !== undefined) lines.push(`- ${text.questions[questionId]!.title} ${answerLabels(text, questionId, value)}`);
  }
  lines.push('', `${labels.advised}:`);
  outcomes.forEach((id, i) => lines.push(`${i + 1}. ${text.outcomes[id]!.title}: ${text.outcomes[id]!.action}`));
  const referrals = [...new Set(outcomes.flatMap((id) => tree.outcomes.find((o) => o.id === id)?.referrals ?? []))];
  if (referrals.length > 0) {
    lines.push('', `${labels.referred}:`);
    for (const id of referrals) lines.push(`- ${text.referrals[id]!.name}`);
  }
  return lines.join('\n');
}
