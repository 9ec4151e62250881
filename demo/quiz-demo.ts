/** The demo's quiz page: a trainer's settings and the completion event shown. */
import '../src/index.js';
import type { DigitukiQuiz } from '../src/components/quiz/quiz.js';

const quiz = document.querySelector<DigitukiQuiz>('#quiz')!;
const locale = document.querySelector<HTMLSelectElement>('#locale')!;
const items = document.querySelector<HTMLSelectElement>('#items')!;
const seed = document.querySelector<HTMLInputElement>('#seed')!;
const log = document.querySelector<HTMLPreElement>('#log')!;

locale.addEventListener('change', () => (quiz.locale = locale.value));
items.addEventListener('change', () => (quiz.items = Number(items.value)));
seed.addEventListener('change', () => (quiz.seed = seed.value || undefined));
quiz.addEventListener('digituki-quiz-complete', (event) => (log.textContent = JSON.stringify(event.detail, null, 2)));
