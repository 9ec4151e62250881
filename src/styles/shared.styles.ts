import { css } from 'lit';

/**
 * What every digituki element shares: the design tokens (each overridable by the host, defaults
 * meeting 4.5:1), headings, focus, option cards, buttons, errors. `:host` gets `display` only;
 * everything else styles the inner `part="base"`.
 */
export const sharedStyles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    --_text: var(--digituki-color-text, #1b1b1b);
    --_muted: var(--digituki-color-muted, #4b4b4b);
    --_background: var(--digituki-color-background, #ffffff);
    --_surface: var(--digituki-color-surface, #f3f4f6);
    --_accent: var(--digituki-color-accent, #0b4f8a);
    --_on-accent: var(--digituki-color-on-accent, #ffffff);
    --_border: var(--digituki-color-border, #6b6b6b);
    --_focus: var(--digituki-color-focus, #b34700);
    --_error: var(--digituki-color-error, #a4161a);
    --_space: var(--digituki-space, 1rem);
    --_radius: var(--digituki-radius, 0.25rem);

    box-sizing: border-box;
    max-width: var(--digituki-max-width, 48rem);
    padding: var(--_space);
    color: var(--_text);
    background: var(--_background);
    font-family: var(--digituki-font-family, inherit);
    font-size: var(--digituki-font-size, 1em);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  h2 {
    font-size: 1.375em;
  }

  h3 {
    font-size: 1.15em;
  }

  h4 {
    font-size: 1em;
    margin-top: calc(var(--_space) * 0.75);
  }

  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  :focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
  }

  .progress,
  .help {
    color: var(--_muted);
  }

  .progress {
    margin: 0 0 calc(var(--_space) * 0.25);
    font-size: 0.9375em;
  }

  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 0.75);
    align-items: start;
    padding: calc(var(--_space) * 0.625) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option:has(input:checked) {
    border-width: 2px;
    border-color: var(--_accent);
    background: var(--_surface);
  }

  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }

  .option-label {
    font-weight: 600;
  }

  .key {
    display: inline-block;
    min-width: 1.5em;
    margin-inline-end: 0.375em;
    color: var(--_muted);
    font-weight: 400;
  }

  .hint {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .error-message {
    color: var(--_error);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: var(--_space) 0;
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    color: var(--_accent);
    background: var(--_background);
    cursor: pointer;
  }

  button.primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }

  button.link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
  }


  ol,
  ul {
    margin: 0 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-top: 0.25em;
  }

  .error-panel {
    padding: var(--_space);
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }

  .error-panel code {
    font-size: 0.9375em;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
`;
