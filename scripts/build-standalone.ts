/** Builds the standalone bundles in memory with the project's rollup config: for the size and CSP tests and the browser benchmark. */
import { rollup, type OutputChunk, type RollupOptions } from 'rollup';
// @ts-expect-error the rollup config is plain JavaScript
import { standalone, standaloneQuiz } from '../rollup.config.mjs';

export async function buildStandalone(which: 'guide' | 'quiz' = 'guide'): Promise<OutputChunk[]> {
  const options = (which === 'guide' ? standalone : standaloneQuiz) as RollupOptions;
  const bundle = await rollup({ ...options, onwarn: () => {} });
  const { output } = await bundle.generate({ ...(options.output as object), sourcemap: false });
  await bundle.close();
  return output.filter((o): o is OutputChunk => o.type === 'chunk');
}
