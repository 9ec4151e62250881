/**
 * `applyOverlay(base, overlay)`: an authority's adaptation of a tree without copying it. An
 * overlay adds or replaces referrals (with their address and their text), sets which referrals
 * an outcome lists, replaces texts in any locale and adds languages; it never changes routing,
 * rules or ids, so a tree keeps the contract its tests check. The result is checked like any
 * tree: problems come back with JSON Pointers (into the overlay for its own shape, into the
 * result for the rest), never as a throw.
 */
import { readPlainData } from './plain-data.js';
import { loadTree } from './load-tree.js';
import { checkTree } from './validate-tree.js';
import { isRecord } from './is-record.js';
import { pointer, type TreeProblem, type TreeProblemCode } from './tree-problem.js';
import type * as OverlaySchema from './tree-overlay.schema.types.js';
import type { DeepReadonly, TreeDefinition } from './tree.types.js';

/** An overlay's shape (generated from schema/tree-overlay.schema.json, as the tree's is). */
export type TreeOverlay = DeepReadonly<OverlaySchema.TreeOverlay>;

export interface OverlayResult {
  /** The adapted tree, checked; `undefined` when there are problems. */
  readonly tree: TreeDefinition | undefined;
  readonly problems: readonly TreeProblem[];
}

/** Records merged key by key; strings and lists replaced. */
function merge(base: unknown, change: unknown): unknown {
  if (!isRecord(base) || !isRecord(change)) return change;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change)) merged[key] = merge(base[key], value);
  return merged;
}

export function applyOverlay(base: TreeDefinition, overlay: TreeOverlay | unknown): OverlayResult {
  const problems: TreeProblem[] = [];
  const report = (path: string, code: TreeProblemCode, message: string) => problems.push({ path, code, message: `Overlay: ${message}` });
  // The base first: an overlay adapts a tree, and anything else gets the tree's problems, never a TypeError.
  const checkedBase = loadTree(base);
  if (!checkedBase.tree) return { tree: undefined, problems: checkedBase.problems.map((p) => ({ ...p, message: `Base tree: ${p.message}` })) };
  base = checkedBase.tree;
  const data = readPlainData(overlay, report);
  if (problems.length > 0) return { tree: undefined, problems };
  if (!isRecord(data)) return { tree: undefined, problems: [{ path: '', code: 'wrong-type', message: 'Overlay: an overlay must be an object (see "Overlays" in README).' }] };
  const known = new Set(['$schema', 'base', 'version', 'locales', 'referrals', 'outcomes', 'text']);
  for (const key of Object.keys(data)) if (!known.has(key)) report(pointer(key), 'invalid-value', `"${key}" cannot be overlaid: an overlay changes referrals, outcome referral lists, text and languages only.`);
  if (data.base !== base.id) report('/base', typeof data.base === 'string' ? 'invalid-value' : 'missing-field', `"base" must be the id of the tree it adapts, "${base.id}".`);
  if (typeof data.version !== 'string' || data.version.trim() === '') report('/version', 'missing-field', '"version" must name the overlay\'s version, e.g. "helsinki-1".');
  for (const [name, kind] of [['locales', 'array'], ['referrals', 'object'], ['outcomes', 'object'], ['text', 'object']] as const) {
    const value = data[name];
    if (value !== undefined && (kind === 'array' ? !Array.isArray(value) : !isRecord(value))) report(pointer(name), 'wrong-type', `"${name}" must be ${kind === 'array' ? 'a list' : 'an object'}.`);
  }
  const outcomeIds = new Set(base.outcomes.map((o) => o.id));
  const outcomes = isRecord(data.outcomes) ? data.outcomes : {};
  for (const [id, change] of Object.entries(outcomes)) {
    if (!outcomeIds.has(id)) report(pointer('outcomes', id), 'unknown-outcome', `"${id}" is not an outcome of "${base.id}".`);
    else if (!isRecord(change) || !Array.isArray(change.referrals) || Object.keys(change).some((k) => k !== 'referrals')) {
      report(pointer('outcomes', id), 'wrong-type', 'An outcome in an overlay gives only "referrals": the list of referral ids it shows.');
    }
  }
  if (problems.length > 0) return { tree: undefined, problems };

  const result = {
    ...base,
    version: `${base.version}+${data.version as string}`,
    locales: [...base.locales, ...((data.locales as string[] | undefined) ?? []).filter((l) => !base.locales.includes(l))],
    referrals: { ...base.referrals, ...(data.referrals as Record<string, unknown> | undefined) },
    outcomes: base.outcomes.map((o) => (isRecord(outcomes[o.id]) ? { ...o, referrals: (outcomes[o.id] as { referrals: string[] }).referrals } : o)),
    text: merge(base.text, data.text ?? {}),
  };
  const checked = checkTree(result);
  return { tree: checked.copy, problems: checked.problems };
}
