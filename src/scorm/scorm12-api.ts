/**
 * The SCORM 1.2 run-time API an LMS puts on a window as `API` (the RTE's eight functions; every
 * value goes in and comes out as text, `'true'`/`'false'` for success), and how to find it: the
 * standard search up the `parent` chain of the launch window, then of its `opener`.
 */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(errorCode: string): string;
  LMSGetDiagnostic(errorCode: string): string;
}

/** What the search reads of a window: its `API`, its `parent` and its `opener`. */
export interface ApiWindow {
  readonly API?: unknown;
  readonly parent: ApiWindow | null;
  readonly opener?: ApiWindow | null;
}

/** How many parents up the search goes from each start (the ADL wrapper's 7). */
export const API_SEARCH_DEPTH = 7;

const API_FUNCTIONS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const;

/** Whether `value` has the eight functions of the SCORM 1.2 API. */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  // A getter or a Proxy that throws is not an API.
  return read(() => typeof value === 'object' && value !== null && API_FUNCTIONS.every((name) => typeof (value as Record<string, unknown>)[name] === 'function')) ?? false;
}

/**
 * The `API` of `start` or of the nearest of its parents (at most `depth` up), else of its
 * `opener` and the opener's parents. A window of another origin cannot be read: it is passed
 * over, and the search goes on to its parent.
 */
export function findScorm12Api(start: ApiWindow, depth = API_SEARCH_DEPTH): Scorm12Api | undefined {
  return searchUp(start, depth) ?? searchUp(read(() => start.opener), depth);
}

function searchUp(start: ApiWindow | null | undefined, depth: number): Scorm12Api | undefined {
  let win = start;
  for (let level = 0; win && level <= depth; level++) {
    const api = read(() => win!.API);
    if (isScorm12Api(api)) return api;
    const parent = read(() => win!.parent);
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/** A property of a window that may be of another origin (reading it then throws). */
function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
