/** What `validateTree` reports: where a problem is (a JSON Pointer into the definition) and what. */

export const TREE_PROBLEM_CODES = [
  'wrong-type',
  'unreadable',
  'too-deep',
  'invalid-id',
  'missing-field',
  'invalid-value',
  'duplicate-id',
  'reserved-id',
  'unknown-target',
  'dead-end',
  'cycle',
  'unreachable-question',
  'unreachable-outcome',
  'missing-exclusive',
  'misplaced-exclusive',
  'unknown-question',
  'unknown-option',
  'unknown-outcome',
  'unknown-principle',
  'unknown-referral',
  'unknown-never-item',
  'unused-never-item',
  'unknown-locale',
  'missing-text',
  'unknown-text',
  'too-many-problems',
] as const;
export type TreeProblemCode = (typeof TREE_PROBLEM_CODES)[number];

export interface TreeProblem {
  /** A JSON Pointer to where the problem is, e.g. `/questions/owner/options/2/next`. */
  readonly path: string;
  readonly code: TreeProblemCode;
  /** A plain sentence saying what is wrong and, where it helps, what to do. */
  readonly message: string;
}

/** Thrown by `compileTree` and `recommend` for a tree that does not validate. */
export class TreeValidationError extends Error {
  readonly problems: readonly TreeProblem[];

  constructor(problems: readonly TreeProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `  ${p.path || '/'}: ${p.message}`);
    const more = problems.length > 10 ? [`  ...and ${problems.length - 10} more`] : [];
    super([`The tree is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n'));
    this.name = 'TreeValidationError';
    this.problems = problems;
  }
}

/** Builds a JSON Pointer (RFC 6901) from path segments. */
export function pointer(...segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    const s = String(segment);
    path += '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
  }
  return path;
}
