/** What the polite live region says after a step: the new question with its number, or that the recommendation is ready. */
import { str } from '@lit/localize';
import type { GuideView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

export function announcement(msg: Msg, { question, result }: GuideView): string {
  if (question) {
    return msg(str`Question ${question.number}: ${question.title}`, { id: 'ui.announce.question', desc: 'Live region text when a new question is shown: its number and title.' });
  }
  const primary = result!.outcomes[0];
  return primary
    ? msg(str`Recommendation ready. First: ${primary.title}`, { id: 'ui.announce.result', desc: 'Live region text when the recommendation is shown; ends with the primary course of action.' })
    : msg('Recommendation ready.', { id: 'ui.announce.result-empty', desc: 'Live region text when the recommendation has no course of action.' });
}
