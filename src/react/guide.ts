/**
 * `<DigitukiGuide>`: the guide as a React component (`@lit/react`), with its properties as typed
 * props (objects such as `tree` and `answers` go in as properties, not attributes) and its events
 * as `onDigitukiAnswer`, `onDigitukiOutcome` and `onDigitukiError`. Renders `<digituki-guide>`,
 * which importing this module defines.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { DigitukiAnswerEvent, DigitukiErrorEvent, DigitukiGuide as DigitukiGuideElement, DigitukiOutcomeEvent } from '../digituki-guide.js';
import type { GuideProperties } from './element-properties.js';

/** The guide's events as React props. */
export interface GuideEventProps {
  /** The user answered or changed an answer. */
  onDigitukiAnswer?: (event: DigitukiAnswerEvent) => void;
  /** The answers reached a recommendation: `event.detail.outcomes`, primary first. */
  onDigitukiOutcome?: (event: DigitukiOutcomeEvent) => void;
  /** The tree, a preset, the answers or the locale cannot be used. */
  onDigitukiError?: (event: DigitukiErrorEvent) => void;
}

/** `<DigitukiGuide>`'s props: the element's properties and events, React's HTML attributes (`children` for the `contacts` slot) and a ref to the element. */
export type DigitukiGuideProps = Omit<React.HTMLAttributes<DigitukiGuideElement>, keyof GuideProperties | keyof GuideEventProps> &
  GuideProperties &
  GuideEventProps &
  React.RefAttributes<DigitukiGuideElement>;

export const DigitukiGuide = createComponent({
  react: React,
  tagName: 'digituki-guide',
  elementClass: DigitukiGuideElement,
  events: {
    onDigitukiAnswer: DigitukiAnswerEvent.eventName as EventName<DigitukiAnswerEvent>,
    onDigitukiOutcome: DigitukiOutcomeEvent.eventName as EventName<DigitukiOutcomeEvent>,
    onDigitukiError: DigitukiErrorEvent.eventName as EventName<DigitukiErrorEvent>,
  },
  displayName: 'DigitukiGuide',
}) as React.ForwardRefExoticComponent<DigitukiGuideProps>;
