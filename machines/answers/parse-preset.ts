/**
 * Parses the `preset` attribute: `setting=general-support; circumstances=codes,fraud`. Question
 * ids and option ids as in the tree; `;` between questions, `,` between the options of a multi
 * question. Every problem is named; nothing is silently dropped.
 */
import type { TreeIndex } from '../tree/index-tree.js';
import type { AnswerValue, Answers } from '../tree/tree.types.js';
import { answerProblem, presetProblem } from './check-answers.js';

export interface ParsedPreset {
  readonly answers: Answers;
  /** Plain messages naming each bad part; empty when the preset is valid. */
  readonly problems: readonly string[];
  /** The question ids (or raw parts) with a problem. */
  readonly invalid: readonly string[];
}

export function parsePreset(index: TreeIndex, text: string): ParsedPreset {
  const answers: Record<string, AnswerValue> = {};
  const problems: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^([^=\s]+)\s*=\s*(.+)$/.exec(part);
    if (!match) {
      problems.push(`"${part}" is not of the form question=option.`);
      invalid.push(part);
      continue;
    }
    const [, questionId, rawValue] = match as unknown as [string, string, string];
    const question = index.questions.get(questionId);
    const values = rawValue.split(',').map((v) => v.trim()).filter((v) => v !== '');
    const value: AnswerValue = question?.kind === 'multi' ? values : values.length === 1 ? values[0]! : values;
    const problem = answerProblem(index, questionId, value) ?? presetProblem(index, questionId);
    if (problem) {
      problems.push(problem);
      invalid.push(questionId);
    } else if (answers[questionId] !== undefined) {
      problems.push(`"${questionId}" is preset twice.`);
      invalid.push(questionId);
    } else {
      answers[questionId] = value;
    }
  }
  return { answers, problems, invalid };
}
