/** User-level actions on a <digituki-quiz> in the browser, through real input (vitest's userEvent). */
import { userEvent } from 'vitest/browser';
import type { QuizItem } from '../../machines/index.js';
import type { DigitukiQuiz } from '../../src/components/quiz/quiz.js';

export class QuizHarness {
  constructor(readonly element: DigitukiQuiz) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get heading(): string {
    return this.root.querySelector('h2')?.textContent?.trim() ?? '';
  }

  /** The item on screen: its options' values in the order shown. */
  get optionIds(): string[] {
    return [...this.root.querySelectorAll<HTMLInputElement>('fieldset input')].map((i) => i.value);
  }

  button(name: RegExp): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => name.test(b.textContent!.trim()));
    if (!found) throw new Error(`No button ${name}`);
    return found;
  }

  async click(name: RegExp): Promise<void> {
    await userEvent.click(this.button(name));
    await this.element.updateComplete;
  }

  /** Chooses options by clicking, then checks the answer. */
  async answer(optionIds: readonly string[]): Promise<void> {
    for (const id of optionIds) await userEvent.click(this.root.querySelector<HTMLInputElement>(`fieldset input[value="${id}"]`)!);
    await userEvent.click(this.root.querySelector<HTMLButtonElement>('form button.primary')!);
    await this.element.updateComplete;
  }

  /** Chooses options with number keys, then Enter. */
  async answerByKeyboard(optionIds: readonly string[]): Promise<void> {
    const shown = this.optionIds;
    for (const id of optionIds) await userEvent.keyboard(String(shown.indexOf(id) + 1));
    await userEvent.keyboard('{Enter}');
    await this.element.updateComplete;
  }
}

export const rightOptions = (item: QuizItem) => item.options.filter((o) => o.correct).map((o) => o.id);
export const wrongOptions = (item: QuizItem) => item.options.filter((o) => !o.correct).map((o) => o.id);
