import { css } from 'lit';
import { sharedStyles } from '../../styles/shared.styles.js';

/** The quiz's own styles, over the shared ones. */
export const quizStyles = [
  sharedStyles,
  css`
    .base {
      --_success: var(--digituki-color-success, #1d6b2f);
    }

    .notice {
      margin: 0 0 var(--_space);
      padding: calc(var(--_space) * 0.5) var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 6px solid var(--_accent);
      border-radius: var(--_radius);
      font-weight: 600;
    }

    .situation {
      padding: calc(var(--_space) * 0.75) var(--_space);
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
    }

    .instruction {
      margin-bottom: calc(var(--_space) * 0.5);
      font-weight: 700;
    }

    .feedback {
      padding: var(--_space);
      border: 3px solid var(--_border);
      border-radius: var(--_radius);
    }

    .feedback.right,
    .verdict.right {
      border-color: var(--_success);
      color: var(--_text);
    }

    .feedback.wrong {
      border-color: var(--_error);
    }

    .verdict.right strong {
      color: var(--_success);
    }

    .verdict.wrong strong {
      color: var(--_error);
    }

    .review > li {
      margin-bottom: var(--_space);
    }

    .answered-options {
      list-style: none;
      padding: 0;
    }

    .answered {
      margin-bottom: calc(var(--_space) * 0.5);
      padding: calc(var(--_space) * 0.5) var(--_space);
      border: 1px solid var(--_border);
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
    }

    .answered.is-right {
      border-inline-start-color: var(--_success);
    }

    .answered.is-chosen:not(.is-right) {
      border-inline-start-color: var(--_error);
      border-inline-start-style: double;
    }

    .marks {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      margin-bottom: calc(var(--_space) * 0.25);
    }

    .mark {
      padding: 0 calc(var(--_space) * 0.5);
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      font-size: 0.875em;
      font-weight: 700;
    }

    .why,
    .option-principles {
      display: block;
      margin-top: calc(var(--_space) * 0.25);
    }

    .option-principles {
      color: var(--_muted);
      font-size: 0.875em;
    }

    /* Printed, the result and its review without the buttons ("Go through item N again", "Take it again"). */
    @media print {
      button {
        display: none;
      }
    }
  `,
];
