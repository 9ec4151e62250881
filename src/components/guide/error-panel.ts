/** The panels shown instead of the guide: while a host's tree is checked, and when the page gave it something it cannot use. Renders only. */
import { html, type TemplateResult } from 'lit';
import type { TreeProblem } from '../../../machines/index.js';
import type { Msg } from '../../localization.js';

/** While a host's tree is loaded and checked: never the default tree's questions meanwhile. */
export function loadingPanel(msg: Msg): TemplateResult {
  return html`<div part="base" class="base" aria-busy="true"><p role="status">${msg('Loading the guide…', { id: 'ui.loading', desc: 'Shown while the organisation’s own tree for the guide is loaded and checked.' })}</p></div>`;
}

/** A host's tree that could not be checked: the validator's file, beside the guide's script, did not load. */
export function treeLoadErrorPanel(msg: Msg, reason: string): TemplateResult {
  return html`
    <div part="base error" class="base error-panel" role="alert">
      <h2>${msg('This guide cannot be shown: its tree could not be checked', { id: 'ui.error.tree-load', desc: 'Heading of the error panel when the file that checks a custom tree could not be loaded.' })}</h2>
      <p>
        ${msg('The guide checks the tree the page gives with a file beside its own script (digituki-guide-validator-….js). That file did not load: copy it beside the guide’s script and allow it wherever the page allows that script.', {
          id: 'ui.error.tree-load.intro',
          desc: 'Explains the error panel when the validator file could not be loaded. Keep the file name digituki-guide-validator-….js as it is.',
        })}
      </p>
      <p><code>${reason}</code></p>
    </div>
  `;
}

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
