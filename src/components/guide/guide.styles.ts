import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

/** The guide's own styles, over the shared ones. */
export const guideStyles = [
  sharedStyles,
  css`
  .base {
    container: digituki / inline-size;
  }

  .answers {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }

  .answers dl {
    margin: 0;
  }

  .answers .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
    padding: calc(var(--_space) * 0.5) 0;
    border-bottom: 1px solid var(--_surface);
  }

  .answers dt {
    flex: 1 1 14rem;
    color: var(--_muted);
  }

  .answers dd {
    flex: 1 1 14rem;
    margin: 0;
    font-weight: 600;
  }

  .answers .change {
    flex: 0 0 auto;
  }

  /* A preset's or a kept answer's note lines up with the Change buttons of the other rows. */
  .answers .change .status {
    display: inline-block;
    padding-block: 0.25em;
  }

  .result-head,
  .details-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }

  .result-head h2,
  .details-head h3 {
    margin: 0;
  }

  /* The answer at a glance: compact lists, so "Do now" and "Never" fit one screen at the desk. */
  .do-now,
  .never ul {
    margin: calc(var(--_space) * 0.5) 0 var(--_space);
    padding-inline-start: 1.25em;
    line-height: 1.35;
  }

  .do-now li,
  .never li {
    margin: 0 0 0.2em;
  }

  .do-now li.primary {
    font-weight: 600;
  }

  .never h3 {
    margin-bottom: 0;
  }

  /* The critical items as warnings (GOV.UK's warning text): an icon and bold text, always in sight. */
  .never .warnings {
    padding: 0;
    list-style: none;
  }

  .never .warnings li {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }

  .warning-icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_background);
    font-weight: 700;
    line-height: 1.5em;
    text-align: center;
    /* Drawn as a ring where forced colours replace the background. */
    border: 1px solid transparent;
  }

  .never .more {
    font-size: 0.9375em;
  }

  /* Two columns where the guide is wide enough, each item kept whole. */
  @container digituki (min-width: 40rem) {
    .never .more {
      columns: 2;
      column-gap: calc(var(--_space) * 1.5);
      font-size: 0.875em;
    }

    .never .more li {
      break-inside: avoid;
    }
  }

  [part~='details'] {
    margin-top: calc(var(--_space) * 1.5);
  }

  .outcome {
    margin: calc(var(--_space) * 0.5) 0;
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .outcome.primary {
    border: 3px solid var(--_accent);
  }

  .outcome > summary {
    font-weight: 600;
  }

  .start-over {
    margin-inline-start: auto;
  }

  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-bottom: var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  .undo p {
    margin: 0;
  }

  .badge {
    display: inline-block;
    margin-inline-end: 0.25em;
    padding: 0 0.5em;
    border-radius: var(--_radius);
    color: var(--_on-accent);
    background: var(--_accent);
    font-size: 0.8125em;
    vertical-align: 0.1em;
  }

  .action {
    font-weight: 600;
  }

  .status,
  .inferred {
    color: var(--_muted);
    font-style: italic;
  }

  .contacts[hidden] {
    display: none;
  }

  textarea {
    display: block;
    width: 100%;
    min-height: 10em;
    font: inherit;
    font-size: 0.9375em;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em;
  }

  details > summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
  }

  /* The customer view: large type for a tablet turned to the customer. */
  .customer-controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }

  .customer-controls [role='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  .customer-controls .actions {
    margin: 0;
  }

  /* The customer's language, marked by more than colour: bold, a tick and a thick underline. */
  .customer-controls [aria-pressed='true'] {
    font-weight: 700;
    text-decoration: underline 0.2em;
    text-underline-offset: 0.25em;
  }

  .customer-controls [aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  .customer-contacts {
    font-size: 1.25em;
  }

  .customer-texts h2 {
    font-size: 1.75em;
  }

  .customer-text {
    font-size: 1.5em;
    line-height: 1.45;
    margin: 0 0 calc(var(--_space) * 1.25);
    max-width: 40em;
  }

  /* Printed, the customer view alone, on one A4 page. */
  @media print {
    .customer-controls,
    [role='status'] {
      display: none;
    }

    .customer-texts h2 {
      font-size: 18pt;
    }

    .customer-text {
      font-size: 13pt;
      line-height: 1.4;
      margin-bottom: 9pt;
    }
  }

  @media (forced-colors: active) {
    .option:has(input:checked),
    .outcome.primary {
      border-style: double;
    }
  }
  `,
];
