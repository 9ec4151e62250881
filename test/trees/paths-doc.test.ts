import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tree } from '../../machines/trees/digital-support/index.js';
import { renderPathsDoc } from '../../scripts/paths-doc.js';

describe('docs/paths.md', { timeout: 60_000 }, () => {
  const committed = readFileSync(new URL('../../docs/paths.md', import.meta.url), 'utf8');
  const fresh = renderPathsDoc(tree);

  it('is up to date with the tree (run `npm run paths` after changing it)', () => {
    // Compared line by line so a stale file fails with the first differing path, not a 900 KB diff.
    const committedLines = committed.split('\n');
    const freshLines = fresh.split('\n');
    const first = freshLines.findIndex((line, i) => line !== committedLines[i]);
    expect(first === -1 ? null : { line: first + 1, committed: committedLines[first], fresh: freshLines[first] }).toBeNull();
    expect(committedLines.length).toBe(freshLines.length);
  });

  it('lists one row per path, with the primary outcome in bold', () => {
    const rows = fresh.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.length).toBe(24_448);
    for (const row of rows) expect(row).toMatch(/\| \*\*[^*]+\*\*/);
  });
});
