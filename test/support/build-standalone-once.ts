/**
 * Global setup of the `bundles` test project: builds the two standalone bundles once per run, with
 * the project's rollup config, and hands them to every test file of the project (`inject`), so the
 * budget and strict-CSP checks share one production build instead of each making its own.
 */
import type { TestProject } from 'vitest/node';
import { buildStandalone } from '../../scripts/build-standalone.js';

/** One standalone bundle as built: its file name, its code and the modules it still imports. */
export interface BuiltBundle {
  readonly fileName: string;
  readonly code: string;
  readonly imports: readonly string[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    standalone: { readonly guide: readonly BuiltBundle[]; readonly quiz: readonly BuiltBundle[] };
  }
}

const plain = (chunks: Awaited<ReturnType<typeof buildStandalone>>): BuiltBundle[] =>
  chunks.map(({ fileName, code, imports }) => ({ fileName, code, imports: [...imports] }));

export default async function setup(project: TestProject): Promise<void> {
  const guide = await buildStandalone('guide');
  const quiz = await buildStandalone('quiz');
  project.provide('standalone', { guide: plain(guide), quiz: plain(quiz) });
}
