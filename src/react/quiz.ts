/**
 * `<DigitukiQuiz>`: the badge quiz as a React component (`@lit/react`), with its properties as
 * typed props (`actor` and `attemptState` go in as properties) and its events as
 * `onDigitukiQuizComplete`, `onDigitukiQuizProgress` and `onDigitukiError`. Renders
 * `<digituki-quiz>`, which importing this module defines.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { DigitukiErrorEvent, DigitukiQuiz as DigitukiQuizElement, DigitukiQuizCompleteEvent, DigitukiQuizProgressEvent } from '../digituki-quiz.js';
import type { QuizProperties } from './element-properties.js';

/** The quiz's events as React props. */
export interface QuizEventProps {
  /** An attempt ended: score, pass or not, and the xAPI statement. */
  onDigitukiQuizComplete?: (event: DigitukiQuizCompleteEvent) => void;
  /** A step of the attempt: the attempt to resume from, and after an answer what was chosen. */
  onDigitukiQuizProgress?: (event: DigitukiQuizProgressEvent) => void;
  /** The quiz's settings cannot be used, or the locale is unknown. */
  onDigitukiError?: (event: DigitukiErrorEvent) => void;
}

/** `<DigitukiQuiz>`'s props: the element's properties and events, React's HTML attributes and a ref to the element. */
export type DigitukiQuizProps = Omit<React.HTMLAttributes<DigitukiQuizElement>, keyof QuizProperties | keyof QuizEventProps> &
  QuizProperties &
  QuizEventProps &
  React.RefAttributes<DigitukiQuizElement>;

export const DigitukiQuiz = createComponent({
  react: React,
  tagName: 'digituki-quiz',
  elementClass: DigitukiQuizElement,
  events: {
    onDigitukiQuizComplete: DigitukiQuizCompleteEvent.eventName as EventName<DigitukiQuizCompleteEvent>,
    onDigitukiQuizProgress: DigitukiQuizProgressEvent.eventName as EventName<DigitukiQuizProgressEvent>,
    onDigitukiError: DigitukiErrorEvent.eventName as EventName<DigitukiErrorEvent>,
  },
  displayName: 'DigitukiQuiz',
}) as React.ForwardRefExoticComponent<DigitukiQuizProps>;
