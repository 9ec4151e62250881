/**
 * The guide in a React 19 app written in TypeScript: through the `<DigitukiGuide>` wrapper (typed
 * props and events, state, a ref to the element) and as a plain `<digituki-guide>` tag (typed by
 * the JSX types `digituki-guide/react` brings, its event through React 19's `on` + event name);
 * and the badge quiz through `<DigitukiQuiz>`.
 */
import { useRef, useState } from 'react';
import { DigitukiGuide, DigitukiQuiz, type DigitukiAnswerEvent, type DigitukiGuideElement, type DigitukiOutcomeEvent, type DigitukiQuizProgressEvent } from 'digituki-guide/react';

type Locale = 'fi' | 'sv' | 'en';

export function App() {
  const guide = useRef<DigitukiGuideElement>(null);
  const [locale, setLocale] = useState<Locale>('en');
  const [answered, setAnswered] = useState(0);
  const [outcomes, setOutcomes] = useState<readonly string[]>([]);
  const [plainQuestions, setPlainQuestions] = useState<readonly string[]>([]);
  const [quizAnswers, setQuizAnswers] = useState<readonly boolean[]>([]);

  const handleOutcome = (event: DigitukiOutcomeEvent) => setOutcomes(event.detail.outcomes);
  const handlePlainAnswer = (event: DigitukiAnswerEvent) => setPlainQuestions((ids) => [...ids, event.detail.questionId]);
  const handleQuizProgress = ({ detail: { answered } }: DigitukiQuizProgressEvent) => {
    if (answered) setQuizAnswers((answers) => [...answers, answered.correct]);
  };
  const startAgain = () => {
    guide.current?.restart();
    setOutcomes([]);
  };

  return (
    <main>
      <h1>digituki-guide in React</h1>

      <section aria-labelledby="wrapper-heading">
        <h2 id="wrapper-heading">The wrapper</h2>
        <label>
          Language{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
            <option value="fi">suomi</option>
            <option value="sv">svenska</option>
            <option value="en">English</option>
          </select>
        </label>
        <DigitukiGuide ref={guide} id="wrapped" locale={locale} onDigitukiAnswer={() => setAnswered((n) => n + 1)} onDigitukiOutcome={handleOutcome}>
          <p slot="contacts">Example City digital support, tel. 09 000 0000</p>
        </DigitukiGuide>
        <p>
          Answers given: <output id="answered">{answered}</output>
        </p>
        <h3>Courses of action the app received</h3>
        <ol id="outcomes">
          {outcomes.map((id) => (
            <li key={id}>{id}</li>
          ))}
        </ol>
        <button type="button" id="start-again" onClick={startAgain}>
          Start again (through the ref)
        </button>
      </section>

      <section aria-labelledby="plain-heading">
        <h2 id="plain-heading">The plain tag</h2>
        <digituki-guide id="plain" locale="fi" preset="setting=general-support" ondigituki-answer={handlePlainAnswer} />
        <p>
          Questions answered: <output id="plain-questions">{plainQuestions.join(' ')}</output>
        </p>
      </section>

      <section aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">The badge quiz</h2>
        <DigitukiQuiz id="quiz" locale="en" items={2} passScore={2} seed="react-example" onDigitukiQuizProgress={handleQuizProgress} />
        <p>
          Items answered right: <output id="quiz-right">{quizAnswers.filter(Boolean).length}</output> of{' '}
          <output id="quiz-answered">{quizAnswers.length}</output>
        </p>
      </section>
    </main>
  );
}
