/**
 * User-level actions on a <digituki-guide> in the browser: what a supporter does, through real
 * input (vitest's userEvent drives Chromium), never by calling private methods.
 */
import { userEvent } from 'vitest/browser';
import type { AnswerValue } from '../../machines/index.js';
import type { DigitukiGuide } from '../../src/components/guide/guide.js';

export class GuideHarness {
  constructor(readonly element: DigitukiGuide) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The question being asked (its inputs' name), or undefined at the result. */
  get questionId(): string | undefined {
    return this.root.querySelector<HTMLInputElement>('fieldset input')?.name;
  }

  get heading(): string {
    return this.root.querySelector('h2')?.textContent?.trim() ?? '';
  }

  /** Outcome ids shown, in order. */
  get outcomes(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[data-outcome]')].map((el) => el.dataset.outcome!);
  }

  input(optionId: string): HTMLInputElement {
    const input = this.root.querySelector<HTMLInputElement>(`fieldset input[value="${optionId}"]`);
    if (!input) throw new Error(`No option "${optionId}" on question "${this.questionId}"`);
    return input;
  }

  button(name: RegExp | string): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button')];
    const found = buttons.find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!.trim())));
    if (!found) throw new Error(`No button ${name}; there are: ${buttons.map((b) => b.textContent!.trim()).join(' | ')}`);
    return found;
  }

  /** Answers the current question by clicking its options and Continue. */
  async answer(value: AnswerValue): Promise<void> {
    for (const optionId of typeof value === 'string' ? [value] : value) await userEvent.click(this.input(optionId));
    await userEvent.click(this.root.querySelector<HTMLButtonElement>('form button.primary')!);
    await this.element.updateComplete;
  }

  /** Answers the current question with the keyboard only: number keys, then Enter. */
  async answerByKeyboard(value: AnswerValue): Promise<void> {
    const inputs = [...this.root.querySelectorAll<HTMLInputElement>('fieldset input')];
    for (const optionId of typeof value === 'string' ? [value] : value) {
      await userEvent.keyboard(String(inputs.findIndex((i) => i.value === optionId) + 1));
    }
    await userEvent.keyboard('{Enter}');
    await this.element.updateComplete;
  }

  /** Answers whatever the guide asks from `answers`, until the result or a question `answers` lacks. */
  async walk(answers: Record<string, AnswerValue>, by: 'mouse' | 'keyboard' = 'mouse'): Promise<void> {
    for (let step = 0; step < 20 && this.questionId; step++) {
      const value = answers[this.questionId];
      if (value === undefined) return;
      await (by === 'mouse' ? this.answer(value) : this.answerByKeyboard(value));
    }
  }

  async click(name: RegExp | string): Promise<void> {
    await userEvent.click(this.button(name));
    await this.element.updateComplete;
  }
}
