/**
 * Keyboard for a form of options: number keys 1-9 choose (radio) or toggle (checkbox) the nth
 * option without moving focus to it; Enter on an option or on the question's heading (where focus
 * lands after each step) calls `proceed` (not the form's submission, which a sandboxed frame
 * without `allow-forms` never fires). Returns the input a number key changed.
 */
export function handleOptionKeys(event: KeyboardEvent, proceed: () => void): HTMLInputElement | undefined {
  const form = event.currentTarget as HTMLFormElement;
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && (target instanceof HTMLInputElement || target.hasAttribute('data-focus-target'))) {
    event.preventDefault();
    proceed();
    return undefined;
  }
  if (!/^[1-9]$/.test(event.key)) return undefined;
  const input = form.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')[Number(event.key) - 1];
  if (!input) return undefined;
  event.preventDefault();
  input.checked = input.type === 'radio' ? true : !input.checked;
  return input;
}
