/**
 * The attempt's result: the score, passed or not, on a pass the link to apply for the badge (when
 * the page gives one), what to do next otherwise (practise again; the organisation's guide when
 * the page links it), each missed situation with its right answer and a way back to it, numbered
 * as the item it was, and Take it again. Printed, the buttons stay off the paper. Renders only.
 */
import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuizResultView } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';
import { scoreLine } from './quiz-text.js';

export interface ResultActions {
  /** The badge's application page, when the page gives a usable one. */
  readonly badgeUrl: string | undefined;
  /** The organisation's guide, when the page gives a usable link. */
  readonly guideUrl: string | undefined;
  retake(): void;
  /** Shows a missed item again, by its place in the attempt. */
  review(index: number): void;
}

export function resultScreen(msg: Msg, view: QuizResultView, actions: ResultActions): TemplateResult {
  return html`
    <section part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1" data-focus-target>${scoreLine(msg, view)}</h2>
      <p class="verdict ${view.pass ? 'right' : 'wrong'}">
        <strong>
          ${view.pass
            ? msg('Passed.', { id: 'quiz.passed', desc: 'Result when the pass rule is met.' })
            : msg(str`Not passed: ${view.passScore} right needed.`, { id: 'quiz.failed', desc: 'Result when the pass rule is not met.' })}
        </strong>
      </p>
      ${view.pass && actions.badgeUrl
        ? html`<p part="badge"><a href=${actions.badgeUrl}>${msg('Apply for the badge', { id: 'quiz.badge', desc: 'Link on a pass to the page where the skills badge is applied for.' })}</a></p>`
        : html`<p part="next">
            ${view.pass
              ? msg('You passed this practice. Your organisation tells you how to apply for the badge.', { id: 'quiz.next.passed', desc: 'On a pass when the page links no badge application: the next step.' })
              : msg('Practise again: Take it again draws situations you have not had yet.', { id: 'quiz.next.practise', desc: 'On a fail: the next step. "Take it again" is the button below.' })}
          </p>`}
      ${actions.guideUrl
        ? html`<p part="next"><a href=${actions.guideUrl}>${msg('Open the digital support guide', { id: 'quiz.guide', desc: 'Link on the result to the organisation’s digital-support guide.' })}</a></p>`
        : nothing}
      ${view.missed.length > 0
        ? html`<h3>${msg('To review', { id: 'quiz.review', desc: 'Heading above the missed items.' })}</h3>
            <ol class="review">
              ${view.missed.map(
                (item) => html`<li value=${item.index + 1}>
                  <strong>${item.heading}</strong>
                  ${item.situation ? html`<p>${item.situation}</p>` : nothing}
                  <p>${msg('Right answer:', { id: 'quiz.review.right', desc: 'Before the right option(s) of a missed item.' })} ${item.right.join(' / ')}</p>
                  <p class="help">${msg('Your answer:', { id: 'quiz.review.yours', desc: 'Before the option(s) the user chose.' })} ${item.chosen.join(' / ')}</p>
                  <button part="button" type="button" class="link" data-review=${item.index} @click=${() => actions.review(item.index)}>
                    ${msg(str`Go through item ${item.index + 1} again`, { id: 'quiz.review.open', desc: 'Button on a missed item: shows the item with every option, why and the principles.' })}
                  </button>
                </li>`,
              )}
            </ol>`
        : nothing}
      <div part="actions" class="actions">
        <button part="button" class="primary" type="button" @click=${actions.retake}>${msg('Take it again', { id: 'quiz.retake', desc: 'Button for a new attempt.' })}</button>
      </div>
    </section>
  `;
}
