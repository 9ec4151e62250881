// Two builds:
// - the library: ES modules in dist/ with .d.ts beside them; dependencies stay external so an
//   app bundles one copy of lit and xstate;
// - the standalone bundles: dist/digituki-guide.js and dist/digituki-quiz.js, each one
//   self-contained minified ES module for a <script type="module"> tag, with lit, xstate and the
//   default tree (and, for the quiz, the scenario bank) inside.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyHTMLLiterals } from 'minify-literals';

const external = (id) => /^(xstate|lit|@lit)(\/|$)/.test(id);

/**
 * Drops the `desc` of msg() calls from src/: the notes are for translators (lit-localize reads
 * them from the source into the XLIFF files) and would otherwise ship in the bundle.
 */
const stripTranslatorNotes = {
  name: 'strip-translator-notes',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('desc:')) return null;
    return { code: code.replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, ''), map: null };
  },
};

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates (terser leaves template text
 * alone). It sees the TypeScript plugin's output, which writes tags as `css \``.
 */
const minifyTemplates = {
  name: 'minify-templates',
  async transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|css)\s*`/.test(code)) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result ? { code: result.code, map: result.map?.toString() ?? null } : null;
  },
};

/** Pseudo-locales (`en-XA`: regions XA to XZ) are for tests and the demo: no build ships them. */
const isPseudoLocale = (locale) => /-X[A-Z]$/.test(locale);

/**
 * JSON content as ES modules: a constant object per file, without the editor-only `$schema` key
 * and without pseudo-locales (from `locales` and from every record keyed by locale).
 */
const contentJson = () => {
  const plugin = json({ preferConst: true, compact: true, namedExports: false });
  return {
    ...plugin,
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      const data = JSON.parse(code);
      delete data.$schema;
      if (Array.isArray(data.locales)) {
        const pseudo = data.locales.filter(isPseudoLocale);
        data.locales = data.locales.filter((l) => !isPseudoLocale(l));
        for (const [key, record] of Object.entries(data)) {
          if (record && typeof record === 'object' && !Array.isArray(record)) data[key] = Object.fromEntries(Object.entries(record).filter(([l]) => !pseudo.includes(l)));
        }
      }
      return plugin.transform.call(this, JSON.stringify(data), id);
    },
  };
};

/** Leaves pseudo-locales out of the generated UI catalogues (their lines end in `// pseudo-locale`). */
const dropPseudoUiStrings = {
  name: 'drop-pseudo-ui-strings',
  transform(code, id) {
    if (!/[\\/]src[\\/]generated[\\/][^\\/]+[\\/]catalogue\.ts$/.test(id)) return null;
    return { code: code.replace(/^.*\/\/ pseudo-locale$/gm, ''), map: null };
  },
};

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
  // The content (trees, scenario banks) is JSON: bundled as plain objects, without the `$schema` line.
  plugins: [contentJson(), dropPseudoUiStrings, typescript({ tsconfig: './tsconfig.build.json' })],
};

/**
 * Gives Lit's Trusted Types policy in a standalone bundle a name of its own (Lit calls it
 * `lit-html`). A page whose CSP lists policy names (`trusted-types ...`) without
 * `'allow-duplicates'` refuses a second policy of one name, so two bundles that each carry Lit
 * would leave the second element undefined. README lists the names a host allows.
 */
const trustedTypesPolicy = (name) => ({
  name: 'trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
    const renamed = code.replace(/createPolicy\(\s*(["'])lit-html\1/, `createPolicy("${name}"`);
    if (renamed === code) this.error(`lit-html no longer creates its Trusted Types policy as expected (${id}): update trustedTypesPolicy`);
    return { code: renamed, map: null };
  },
});

/** A self-contained minified ES module for a script tag, with lit, xstate and the default tree inside. */
const standaloneBundle = (input, file, policy) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    stripTranslatorNotes,
    minifyTemplates,
    trustedTypesPolicy(policy),
    contentJson(),
    dropPseudoUiStrings,
    // 'production' explicitly: under NODE_ENV=test (vitest) the plugin would pick Lit's dev build.
    nodeResolve({ exportConditions: ['production'] }),
    // noCheck: the library build and `npm run typecheck` check the same files; here only emit.
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist', sourceMap: true, noCheck: true }),
    terser({ format: { comments: false } }),
  ],
});

export const standalone = standaloneBundle('src/digituki-guide.ts', 'dist/digituki-guide.js', 'digituki-guide');
export const standaloneQuiz = standaloneBundle('src/digituki-quiz.ts', 'dist/digituki-quiz.js', 'digituki-quiz');

export default [library, standalone, standaloneQuiz];
