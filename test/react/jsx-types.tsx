/**
 * Type test, checked by `npm run typecheck` (tsc) and never run: the React snippet issue 11
 * reported failing in `.tsx` (`'digituki-guide' does not exist on JSX.IntrinsicElements`, and a
 * ref that TypeScript took for `null`) type-checks with `digituki-guide/react`, for the plain tags
 * and the wrappers, events typed by their classes; each wrong prop below is an error
 * (`@ts-expect-error` fails the check when it is not).
 */
import { useEffect, useRef } from 'react';
import type { TreeDefinition } from '../../machines/index.js';
import {
  DigitukiGuide,
  DigitukiQuiz,
  type DigitukiAnswerEvent,
  type DigitukiGuideElement,
  type DigitukiOutcomeEvent,
  type DigitukiQuizElement,
} from '../../src/react/index.js';

/** The README's old snippet, typed: the plain tag, a ref to the element, a listener. */
export function PlainGuide({ tree, onOutcome }: { tree?: TreeDefinition; onOutcome: (outcomes: readonly string[]) => void }) {
  const ref = useRef<DigitukiGuideElement>(null);
  useEffect(() => {
    const guide = ref.current;
    if (!guide) return;
    if (tree) guide.tree = tree;
    const listener = (event: DigitukiOutcomeEvent) => onOutcome(event.detail.outcomes);
    guide.addEventListener('digituki-outcome', listener);
    return () => guide.removeEventListener('digituki-outcome', listener);
  }, [tree, onOutcome]);
  return (
    <digituki-guide ref={ref} locale="fi" preset="setting=service-situation">
      <p slot="contacts">Asiakaspalvelu, puh. 09 000 0000</p>
    </digituki-guide>
  );
}

/** React 19: properties and events on the plain tags. */
export function PlainTags({ tree }: { tree: TreeDefinition }) {
  return (
    <>
      <digituki-guide tree={tree} answers={{ setting: 'general-support' }} persist="desk" ondigituki-outcome={(event) => event.detail.outcomes.join()} />
      <digituki-guide locale={null} tree={null} ondigituki-error={(event) => event.detail.reason} />
      <digituki-quiz locale="sv" items={5} pass-score="4" badge-url="https://example.fi/badge" seed="a" actor={{ account: { homePage: 'https://lms.example.fi', name: '42' } }} />
      <digituki-quiz ondigituki-quiz-complete={(event) => event.detail.statement} ondigituki-quiz-progress={(event) => event.detail.attempt} />
      {/* @ts-expect-error locale is a string */}
      <digituki-guide locale={5} />
      {/* @ts-expect-error tree is a tree object, not a URL */}
      <digituki-guide tree="/our-tree.json" />
      {/* @ts-expect-error digituki-outcome is not a DigitukiAnswerEvent */}
      <digituki-guide ondigituki-outcome={(event: DigitukiAnswerEvent) => event.detail.questionId} />
      {/* @ts-expect-error actor is an xAPI Agent object */}
      <digituki-quiz actor="learner@example.fi" />
      {/* @ts-expect-error attemptState is what digituki-quiz-progress gave */}
      <digituki-quiz attemptState={{ answers: [] }} />
    </>
  );
}

/** The wrappers: typed props, events and refs. */
export function Wrappers({ tree }: { tree: TreeDefinition }) {
  const guide = useRef<DigitukiGuideElement>(null);
  const quiz = useRef<DigitukiQuizElement>(null);
  const outcomes: (event: DigitukiOutcomeEvent) => readonly string[] = (event) => event.detail.outcomes;
  return (
    <>
      <DigitukiGuide ref={guide} locale="en" tree={tree} answers={{ setting: 'general-support' }} preset={{ setting: 'general-support' }} onDigitukiOutcome={outcomes} onDigitukiAnswer={(event) => event.detail.optionIds} onDigitukiError={(event) => event.detail.ids}>
        <p slot="contacts">Asiakaspalvelu</p>
      </DigitukiGuide>
      <DigitukiQuiz ref={quiz} locale="fi" items={10} passScore={8} seed={7} badgeUrl="https://example.fi/badge" persist="badge" attemptState={null} onDigitukiQuizComplete={(event) => event.detail.pass} onDigitukiQuizProgress={(event) => event.detail.answered?.correct} onDigitukiError={(event) => event.detail.reason} />
      {/* @ts-expect-error locale is a string */}
      <DigitukiGuide locale={5} />
      {/* @ts-expect-error onDigitukiOutcome gets a DigitukiOutcomeEvent */}
      <DigitukiGuide onDigitukiOutcome={(event: DigitukiAnswerEvent) => event.detail.questionId} />
      {/* @ts-expect-error restart() is a method of the element, not a prop */}
      <DigitukiGuide restart={() => undefined} />
      {/* @ts-expect-error the guide has no onDigitukiQuizComplete */}
      <DigitukiGuide onDigitukiQuizComplete={() => undefined} />
      {/* @ts-expect-error a ref to the quiz is no ref to the guide */}
      <DigitukiGuide ref={quiz} />
      {/* @ts-expect-error passScore is a number or a string */}
      <DigitukiQuiz passScore={{ score: 8 }} />
      {/* @ts-expect-error actor is an xAPI Agent object */}
      <DigitukiQuiz actor="learner@example.fi" />
    </>
  );
}
