import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

/** The guide's own styles, over the shared ones. */
export const guideStyles = [
  sharedStyles,
  css`
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

  .outcome {
    margin: var(--_space) 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .outcome.primary {
    border: 3px solid var(--_accent);
  }

  .badge {
    display: inline-block;
    margin-inline-end: 0.5em;
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

  @media (forced-colors: active) {
    .option:has(input:checked),
    .outcome.primary {
      border-style: double;
    }
  }
  `,
];
