/** Finding the LMS's SCORM 1.2 API: the standard search up the parent chain, then the opener's, with a limit. */
import { describe, expect, it } from 'vitest';
import { API_SEARCH_DEPTH, findScorm12Api, isScorm12Api, type ApiWindow, type Scorm12Api } from '../../src/scorm/scorm12-api.js';

const api = (): Scorm12Api => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
  LMSGetDiagnostic: () => '',
});

interface FakeWindow {
  API?: unknown;
  parent: FakeWindow | null;
  opener?: FakeWindow | null;
}

/** A top window and `depth` frames nested under it; returns the innermost. */
function nested(depth: number, top: Partial<FakeWindow> = {}): { top: FakeWindow; inner: FakeWindow } {
  const root: FakeWindow = { parent: null, ...top };
  root.parent = root; // a top window is its own parent
  let inner = root;
  for (let i = 0; i < depth; i++) inner = { parent: inner };
  return { top: root, inner };
}

describe('findScorm12Api', () => {
  it('finds the API on the window itself', () => {
    const own = api();
    expect(findScorm12Api({ API: own, parent: null })).toBe(own);
  });

  it('finds the nearest API up the parent chain', () => {
    const lms = api();
    const { inner } = nested(3, { API: lms });
    expect(findScorm12Api(inner)).toBe(lms);
    const nearer = api();
    (inner.parent as FakeWindow).API = nearer;
    expect(findScorm12Api(inner)).toBe(nearer);
  });

  it(`goes at most ${API_SEARCH_DEPTH} parents up`, () => {
    expect(findScorm12Api(nested(API_SEARCH_DEPTH, { API: api() }).inner)).toBeDefined();
    expect(findScorm12Api(nested(API_SEARCH_DEPTH + 1, { API: api() }).inner)).toBeUndefined();
  });

  it("then searches the opener's window and its parents (a package opened in a new window)", () => {
    const lms = api();
    const { inner: lmsFrame } = nested(2, { API: lms });
    const { inner: popup } = nested(1);
    popup.opener = lmsFrame;
    expect(findScorm12Api(popup)).toBe(lms);
  });

  it('passes over a window of another origin (reading it throws) and goes on up', () => {
    const lms = api();
    const { inner } = nested(2, { API: lms });
    const foreign = inner.parent as FakeWindow;
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    expect(findScorm12Api(inner)).toBe(lms);
  });

  it('ignores an API that lacks the functions, and finds nothing without one', () => {
    expect(findScorm12Api(nested(2, { API: { LMSInitialize: () => 'true' } }).inner)).toBeUndefined();
    expect(findScorm12Api(nested(0).inner)).toBeUndefined();
    expect(findScorm12Api({ parent: null, opener: null } satisfies ApiWindow)).toBeUndefined();
  });

  it('passes over an API whose properties throw when read (a getter or a Proxy), without throwing', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(isScorm12Api(hostile)).toBe(false);
    expect(findScorm12Api(nested(1, { API: hostile }).inner)).toBeUndefined();
  });

  it('isScorm12Api wants all eight functions', () => {
    expect(isScorm12Api(api())).toBe(true);
    const seven: Partial<Scorm12Api> = api();
    delete seven.LMSGetDiagnostic;
    expect(isScorm12Api(seven)).toBe(false);
    expect(isScorm12Api(null)).toBe(false);
  });
});
