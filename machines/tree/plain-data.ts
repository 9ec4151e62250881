/**
 * Reads untrusted input as plain JSON data and returns a copy of it, so that what is checked is
 * what is used and a later change to the caller's object changes nothing. Never throws: a value
 * JSON cannot hold (a function, a symbol, a bigint, NaN, a Date or Map, a hole in an array, a
 * cycle), a getter that throws or a revoked Proxy is reported with its JSON Pointer and left out
 * of the copy (so a copy read with problems is incomplete: check it only once they are fixed).
 * A key named `__proto__` stays an own property of the copy; lookups by id still check own
 * properties (ids never take the names of `Object.prototype` members: see ids.ts). Runs in time
 * linear in the size of the input.
 */
import { pointer } from './tree-problem.js';

export type PlainDataCode = 'wrong-type' | 'unreadable' | 'too-deep';

export type PlainDataReport = (path: string, code: PlainDataCode, message: string) => void;

/** Deeper than any tree or bank needs; keeps the copy's recursion far from the stack's limit. */
export const MAX_DEPTH = 64;

/** Stands for a value that could not be copied (already reported). */
const SKIP = Symbol('skip');

/** A copy of `value` as plain data, or `undefined` when `value` itself cannot be one. */
export function readPlainData(value: unknown, report: PlainDataReport): unknown {
  // The path is kept as segments and joined only for a report: most values have nothing to report.
  const segments: (string | number)[] = [];
  /** The objects being copied, from the top down to here: meeting one again is a cycle. */
  const open = new Set<object>();
  const problem = (code: PlainDataCode, message: string) => report(pointer(...segments), code, message);

  const read = (object: object, key: string | number): unknown => {
    try {
      return (object as Record<string | number, unknown>)[key];
    } catch (error) {
      // A getter that throws, a Proxy trap that throws.
      problem('unreadable', `Could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return SKIP;
    }
  };

  const copy = (item: unknown): unknown => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') {
      if (Number.isFinite(item)) return item;
      problem('wrong-type', `${describe(item)} is not a JSON value.`);
      return SKIP;
    }
    if (item === SKIP) return SKIP;
    if (item === undefined) {
      problem('wrong-type', 'Is undefined, which JSON cannot hold.');
      return SKIP;
    }
    if (typeof item !== 'object') {
      problem('wrong-type', `${describe(item)} is not a JSON value.`);
      return SKIP;
    }
    if (segments.length >= MAX_DEPTH) {
      problem('too-deep', `Nested more than ${MAX_DEPTH} levels deep.`);
      return SKIP;
    }
    if (open.has(item)) {
      problem('wrong-type', 'Contains itself (a cycle), which JSON cannot hold.');
      return SKIP;
    }
    open.add(item);
    try {
      return Array.isArray(item) ? copyArray(item) : copyObject(item);
    } catch (error) {
      // A revoked Proxy, or a Proxy whose traps throw.
      problem('unreadable', `Could not be read: ${error instanceof Error ? error.message : String(error)}`);
      return SKIP;
    } finally {
      open.delete(item);
    }
  };

  const copyArray = (list: readonly unknown[]): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < list.length; i++) {
      segments.push(i);
      if (!(i in list)) problem('wrong-type', `Item ${i} is missing (a hole in the list).`);
      else {
        const item = copy(read(list, i));
        if (item !== SKIP) out.push(item);
      }
      segments.pop();
    }
    return out;
  };

  const copyObject = (object: object): unknown => {
    const prototype = Object.getPrototypeOf(object);
    if (prototype !== Object.prototype && prototype !== null) {
      problem('wrong-type', `${describe(object)} is not a plain JSON object.`);
      return SKIP;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      segments.push(key);
      const value = read(object, key);
      // A key set to undefined is a key left out, as JSON.stringify has it (`{ next: undefined }`).
      const item = value === undefined ? SKIP : copy(value);
      if (item !== SKIP) {
        if (key === '__proto__') Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        else out[key] = item;
      }
      segments.pop();
    }
    return out;
  };

  const result = copy(value);
  return result === SKIP ? undefined : result;
}

function describe(value: unknown): string {
  if (typeof value === 'number' || value === undefined) return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return `an object of type ${Object.prototype.toString.call(value).slice(8, -1)}`;
  return `a ${typeof value}`;
}
