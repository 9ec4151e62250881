/**
 * The SCORM 1.2 value formats the adapter writes, checked here because an LMS may not check them
 * (scorm-again accepts any text as a choice response and 64,000 characters of suspend data):
 * CMIIdentifier, a choice interaction's response, CMIString4096 and CMITimespan.
 */

/** `cmi.suspend_data` is a CMIString4096 in SCORM 1.2. */
export const SUSPEND_DATA_LIMIT = 4096;

/** One choice of a `choice` interaction: a single character, 0 to 9 or a to z. */
const CHOICE = /^[0-9a-z]$/;

/** A CMIIdentifier: 1 to 255 printable ASCII characters, no white space. */
const IDENTIFIER = /^[!-~]{1,255}$/;

/**
 * A `choice` interaction's `student_response` or `correct_responses.n.pattern`: the choices
 * joined by commas (`a`, `b,d`), or `undefined` when there is none or one is not a single
 * character 0-9 or a-z.
 */
export function choicePattern(choices: readonly string[]): string | undefined {
  return choices.length > 0 && choices.every((c) => CHOICE.test(c)) ? choices.join(',') : undefined;
}

/** Whether `value` is a `choice` response as `choicePattern` writes it. */
export function isChoicePattern(value: string): boolean {
  return value.split(',').every((c) => CHOICE.test(c));
}

/** Whether `value` can be a CMIIdentifier (an interaction's `id`). */
export function isCmiIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

/** What SCORM 1.2's strictest reading of CMIIdentifier allows: letters, digits, `-` and `_`. */
const STRICT_IDENTIFIER = /^[A-Za-z0-9_-]{1,255}$/;

/**
 * A quiz item's interaction id: its id with `:` as `_` (`SC13:single` → `SC13_single`), naming
 * the scenario and the item kind, the same in every attempt and for every learner; `undefined`
 * when it would hold anything but letters, digits, `-` and `_`.
 */
export function interactionId(itemId: string): string | undefined {
  const id = itemId.replaceAll(':', '_');
  return STRICT_IDENTIFIER.test(id) ? id : undefined;
}

/** A duration as a CMITimespan (`HHHH:MM:SS.SS`, hours of 2 to 4 digits), capped at 9999 hours. */
export function cmiTimespan(milliseconds: number): string {
  const centiseconds = Math.min(Math.max(0, Math.round(milliseconds / 10)), 9999 * 360_000 + 359_999);
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = (centiseconds % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
