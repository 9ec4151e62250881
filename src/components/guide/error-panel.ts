/** The panels shown instead of the guide when the page gave it something it cannot use. Renders only. */
import { html, type TemplateResult } from 'lit';
import type { TreeProblem } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

/** An invalid tree: every problem with its JSON Pointer. */
export function treeErrorPanel(msg: Msg, problems: readonly TreeProblem[]): TemplateResult {
  return html`
    <div part="base error" class="base error-panel" role="alert">
      <h2>${msg('This guide cannot be shown: its tree is invalid', { id: 'ui.error.tree', desc: 'Heading of the error panel for an invalid custom tree.' })}</h2>
      <p>${msg('Fix these problems in the tree given to the page:', { id: 'ui.error.tree.intro', desc: 'Above the list of tree problems.' })}</p>
      <ul>
        ${problems.map((p) => html`<li><code>${p.path || '/'}</code>: ${p.message}</li>`)}
      </ul>
    </div>
  `;
}

/** Presets or answers set by the page that the tree does not have, each named. */
export function answersErrorPanel(msg: Msg, reason: 'invalid-preset' | 'invalid-answers', problems: readonly string[]): TemplateResult {
  return html`
    <div part="base error" class="base error-panel" role="alert">
      <h2>
        ${reason === 'invalid-answers'
          ? msg('This guide cannot be shown: an answer the page gave is invalid', { id: 'ui.error.answers', desc: 'Heading of the error panel for answers set by the page that the tree does not have.' })
          : msg('This guide cannot be shown: a preset answer is invalid', { id: 'ui.error.preset', desc: 'Heading of the error panel for invalid preset answers.' })}
      </h2>
      <ul>
        ${problems.map((p) => html`<li>${p}</li>`)}
      </ul>
    </div>
  `;
}
