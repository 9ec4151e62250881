// The library build: ES modules in dist/ with .d.ts beside them; dependencies stay external so
// an app bundles one copy of xstate (and, later, lit).
import typescript from '@rollup/plugin-typescript';

const external = (id) => /^(xstate|lit|@lit)(\/|$)/.test(id);

export default [
  {
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
  },
];
