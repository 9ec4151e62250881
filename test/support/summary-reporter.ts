/**
 * Prints one plain closing line after vitest's own report, honest about everything that failed:
 * `tests: N passed, N failed`, and when anything went wrong `FAILED` with the failed files (and
 * how many of them failed before any test ran), the unhandled errors and an interrupted run. When
 * something failed and there is no Chromium, a last line says what to install.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';
import { chromiumMissing } from '../../scripts/chromium.js';

export interface RunCounts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly files: number;
  readonly failedFiles: number;
  /** Failed files none of whose tests ran (an error while loading or setting up the file). */
  readonly filesWithoutTests: number;
  readonly unhandledErrors: number;
  readonly interrupted: boolean;
}

export function countRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): RunCounts {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let failedFiles = 0;
  let filesWithoutTests = 0;
  for (const module of testModules) {
    let ran = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') passed++;
      else if (state === 'failed') failed++;
      else skipped++;
      if (state === 'passed' || state === 'failed') ran++;
    }
    if (module.state() === 'failed' || module.errors().length > 0) {
      failedFiles++;
      if (ran === 0) filesWithoutTests++;
    }
  }
  return { passed, failed, skipped, files: testModules.length, failedFiles, filesWithoutTests, unhandledErrors: unhandledErrors.length, interrupted: reason === 'interrupted' };
}

const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`;

/** The closing line: never "0 failed" alone when a file, an error or an interruption failed the run. */
export function summaryLine(counts: RunCounts): string {
  const tests = `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`;
  const problems: string[] = [];
  if (counts.failedFiles > 0) {
    const before = counts.filesWithoutTests > 0 ? ` (${counts.filesWithoutTests} before any of their tests ran)` : '';
    problems.push(`${counts.failedFiles} of ${files(counts.files)} failed${before}`);
  }
  if (counts.unhandledErrors > 0) problems.push(`${counts.unhandledErrors} unhandled error${counts.unhandledErrors === 1 ? '' : 's'}`);
  if (counts.interrupted) problems.push('the run was interrupted');
  if (problems.length === 0 && counts.failed === 0) return `tests: ${tests} (${files(counts.files)})`;
  return `tests FAILED: ${tests}${problems.length ? `; ${problems.join('; ')}` : ''}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const line = summaryLine(countRun(testModules, unhandledErrors, reason));
    console.log(line);
    const missing = chromiumMissing();
    if (missing && line.startsWith('tests FAILED')) console.log(missing);
  }
}
