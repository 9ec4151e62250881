// Two builds:
// - the library: ES modules in dist/ with .d.ts beside them; dependencies stay external so an
//   app bundles one copy of lit and xstate;
// - the standalone bundle: dist/digituki-guide.js, one self-contained minified ES module for a
//   <script type="module"> tag, with lit, xstate and the default tree inside.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const external = (id) => /^(xstate|lit|@lit)(\/|$)/.test(id);

export const library = {
  input: {
    index: 'src/index.ts',
    engine: 'machines/index.ts',
    'trees/digital-support': 'machines/trees/digital-support/index.ts',
  },
  external,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [typescript({ tsconfig: './tsconfig.build.json' })],
};

export const standalone = {
  input: 'src/index.ts',
  output: { file: 'dist/digituki-guide.js', format: 'es', sourcemap: true },
  plugins: [
    // 'production' explicitly: under NODE_ENV=test (vitest) the plugin would pick Lit's dev build.
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist', sourceMap: true }),
    terser({ format: { comments: false } }),
  ],
};

export default [library, standalone];
