/** Builds standalone bundles in memory with the project's rollup config: for the size and CSP tests and the benchmarks. */
import { rollup, type OutputChunk, type RollupOptions } from 'rollup';
// @ts-expect-error the rollup config is plain JavaScript
import { standaloneBundle } from '../rollup.config.mjs';

export interface StandaloneOptions {
  /** Only these languages (a one-language bundle); all of them when absent. */
  readonly only?: readonly string[];
  /** Every content and UI translation string emptied: what is left is the code (for the budget). */
  readonly textless?: boolean;
}

export async function buildStandalone(element: 'guide' | 'quiz' = 'guide', options: StandaloneOptions = {}): Promise<OutputChunk[]> {
  const config = standaloneBundle(element, options) as RollupOptions;
  const bundle = await rollup({ ...config, onwarn: () => {} });
  const { output } = await bundle.generate({ ...(config.output as object), sourcemap: false });
  await bundle.close();
  return output.filter((o): o is OutputChunk => o.type === 'chunk').sort((a, b) => Number(b.isEntry) - Number(a.isEntry));
}
