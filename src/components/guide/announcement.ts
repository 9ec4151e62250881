/**
 * What the polite live region says after a step: that the recommendation is ready. A new question
 * needs no announcement: focus moves to its heading, which is read with its number and options count.
 */
import { str } from '@lit/localize';
import type { GuideView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

export function announcement(msg: Msg, { result }: GuideView): string {
  if (!result) return '';
  const primary = result.outcomes[0];
  return primary
    ? msg(str`Recommendation ready. First: ${primary.title}`, { id: 'ui.announce.result', desc: 'Live region text when the recommendation is shown; ends with the primary course of action.' })
    : msg('Recommendation ready.', { id: 'ui.announce.result-empty', desc: 'Live region text when the recommendation has no course of action.' });
}
