/**
 * The closing line of a test run is honest (issue 18 item 6): failed files, unhandled errors and an
 * interrupted run make it say FAILED, never "0 failed" alone; and a run on a machine without
 * Chromium fails, ending with the line that says what to install.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { summaryLine, type RunCounts } from '../support/summary-reporter.js';

const CLEAN: RunCounts = { passed: 12, failed: 0, skipped: 0, files: 3, failedFiles: 0, filesWithoutTests: 0, unhandledErrors: 0, interrupted: false };

describe('the closing line', () => {
  it('counts a clean run', () => {
    expect(summaryLine(CLEAN)).toBe('tests: 12 passed, 0 failed (3 files)');
    expect(summaryLine({ ...CLEAN, skipped: 2 })).toBe('tests: 12 passed, 0 failed, 2 skipped (3 files)');
  });

  it('says FAILED for a failed test', () => {
    expect(summaryLine({ ...CLEAN, passed: 11, failed: 1 })).toBe('tests FAILED: 11 passed, 1 failed');
  });

  it('says FAILED, with the files, when a file failed before its tests ran', () => {
    expect(summaryLine({ ...CLEAN, failedFiles: 2, filesWithoutTests: 2 })).toBe('tests FAILED: 12 passed, 0 failed; 2 of 3 files failed (2 before any of their tests ran)');
  });

  it('says FAILED for an unhandled error or an interrupted run', () => {
    expect(summaryLine({ ...CLEAN, unhandledErrors: 1 })).toBe('tests FAILED: 12 passed, 0 failed; 1 unhandled error');
    expect(summaryLine({ ...CLEAN, interrupted: true })).toBe('tests FAILED: 12 passed, 0 failed; the run was interrupted');
  });
});

describe('a run without Chromium', () => {
  it('fails, counts the browser files as failed and ends with what to install', { timeout: 90_000 }, () => {
    // A browser file: without the fix vitest's browser pool failed after a summary of "0 failed".
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'chromium', 'test/components/smoke.browser.test.ts'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const lines = run.stdout.trim().split('\n');
    expect(run.status, run.stdout + run.stderr).not.toBe(0);
    expect(lines.at(-2)).toMatch(/^tests FAILED: 0 passed, 0 failed; 1 of 1 file failed \(1 before any of their tests ran\)$/);
    expect(lines.at(-1)).toBe('Chromium not found at /nonexistent/chromium: install it (Debian: apt-get install chromium fonts-dejavu-core; elsewhere Chrome or Chromium) or set CHROMIUM_PATH to its executable.');
  });
});
