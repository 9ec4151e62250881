/**
 * Whether a value is a plain object to read keys from (not null, not an array). A file of its own:
 * the guide's bundle needs it to check answers, and importing it from the tree reader would bring
 * the whole reader along, which belongs in the validator chunk loaded only for a host's own tree.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
