/**
 * Global setup of the `bundles` test project: builds the standalone bundles once per run, with
 * the project's rollup config, and hands them to every test file of the project (`inject`), so the
 * budget and strict-CSP checks share one production build instead of each making its own: both
 * elements in all languages, in Finnish alone (the longest language), and the guide without its
 * text (its code, for the code budget).
 */
import type { TestProject } from 'vitest/node';
import { buildStandalone } from '../../scripts/build-standalone.js';

/** One chunk of a standalone build: its file name, its code and the chunks it imports up front or on demand. */
export interface BuiltBundle {
  readonly fileName: string;
  readonly code: string;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
}

export interface BuiltBundles {
  readonly guide: readonly BuiltBundle[];
  readonly quiz: readonly BuiltBundle[];
  readonly guideFi: readonly BuiltBundle[];
  readonly quizFi: readonly BuiltBundle[];
  readonly guideCode: readonly BuiltBundle[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    standalone: BuiltBundles;
  }
}

const plain = (chunks: Awaited<ReturnType<typeof buildStandalone>>): BuiltBundle[] =>
  chunks.map(({ fileName, code, imports, dynamicImports }) => ({ fileName, code, imports: [...imports], dynamicImports: [...dynamicImports] }));

export default async function setup(project: TestProject): Promise<void> {
  project.provide('standalone', {
    guide: plain(await buildStandalone('guide')),
    quiz: plain(await buildStandalone('quiz')),
    guideFi: plain(await buildStandalone('guide', { only: ['fi'] })),
    quizFi: plain(await buildStandalone('quiz', { only: ['fi'] })),
    guideCode: plain(await buildStandalone('guide', { textless: true })),
  });
}
