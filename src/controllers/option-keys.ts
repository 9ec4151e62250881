/**
 * Keyboard for a form of options: number keys 1-9 choose (radio) or toggle (checkbox) the nth
 * option; Enter on an option calls `proceed` (not the form's submission, which a sandboxed frame
 * without `allow-forms` never fires). Returns the input a number key changed.
 */
export function handleOptionKeys(event: KeyboardEvent, proceed: () => void): HTMLInputElement | undefined {
  const form = event.currentTarget as HTMLFormElement;
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
    event.preventDefault();
    proceed();
    return undefined;
  }
  if (!/^[1-9]$/.test(event.key)) return undefined;
  const input = form.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')[Number(event.key) - 1];
  if (!input) return undefined;
  event.preventDefault();
  input.checked = input.type === 'radio' ? true : !input.checked;
  input.focus();
  return input;
}
