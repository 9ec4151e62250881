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

// The React entry's `react` and `@lit/react` stay the app's too (`@lit/react` is matched by `@lit`).
const external = (id) => /^(xstate|lit|@lit|react)(\/|$)/.test(id);

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

/** Which languages a build keeps: all real ones, or only those listed. */
const keeps = (only) => (locale) => !isPseudoLocale(locale) && (!only || only.includes(locale));

/** Every string inside `value` emptied: what is left is the content's structure (ids, routing). */
const withoutText = (value) =>
  typeof value === 'string' ? '' : Array.isArray(value) ? value.map(withoutText) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutText(v)])) : value;

/**
 * JSON content as ES modules: a constant object per file, without the editor-only `$schema` key,
 * with only the languages the build keeps (in `locales` and in every record keyed by locale).
 * `textless` empties every text string: the measure of "code" in the budget test. `treeText`
 * keeps only these parts of a tree's text in each language (the quiz shows the principles and
 * nothing else of the tree's words).
 */
const contentJson = ({ only, textless = false, treeText } = {}) => {
  const plugin = json({ preferConst: true, compact: true, namedExports: false });
  return {
    ...plugin,
    transform(code, id) {
      if (!id.endsWith('.json')) return null;
      const data = JSON.parse(code);
      delete data.$schema;
      if (Array.isArray(data.locales)) {
        const dropped = data.locales.filter((l) => !keeps(only)(l));
        data.locales = data.locales.filter(keeps(only));
        for (const [key, record] of Object.entries(data)) {
          if (!record || typeof record !== 'object' || Array.isArray(record) || !Object.keys(record).some((k) => data.locales.includes(k) || dropped.includes(k))) continue;
          data[key] = Object.fromEntries(Object.entries(record).filter(([l]) => !dropped.includes(l)).map(([l, text]) => [l, textless ? withoutText(text) : text]));
        }
      }
      if (treeText && id.endsWith('.tree.json')) {
        for (const [locale, text] of Object.entries(data.text)) data.text[locale] = Object.fromEntries(treeText.map((part) => [part, text[part]]));
      }
      return plugin.transform.call(this, JSON.stringify(data), id);
    },
  };
};

/**
 * The generated UI catalogues (src/generated/<element>/catalogue.ts) with only the languages the
 * build keeps: pseudo-locales never (their lines end in `// pseudo-locale`), others when listed.
 */
const uiCatalogue = ({ only, textless = false } = {}) => ({
  name: 'ui-catalogue',
  transform(code, id) {
    if (/[\\/]src[\\/]generated[\\/][^\\/]+[\\/][a-zA-Z-]+\.ts$/.test(id) && textless && !id.endsWith('catalogue.ts') && !id.endsWith('locale-codes.ts')) {
      return { code: code.replace(/`(?:[^`\\]|\\.)*`/g, '``'), map: null }; // UI translations are text too
    }
    if (!/[\\/]src[\\/]generated[\\/][^\\/]+[\\/]catalogue\.ts$/.test(id)) return null;
    // It sees the TypeScript plugin's output (4-space indents); lines are blanked, keeping the line numbers.
    const kept = code
      .split('\n')
      .map((line) => {
        const locale = /from '\.\/([a-zA-Z-]+)\.js'/.exec(line)?.[1] ?? /^\s*'([a-zA-Z-]+)':/.exec(line)?.[1];
        return locale === undefined || keeps(only)(locale) ? line : '';
      })
      .join('\n');
    return { code: kept, map: null };
  },
});

export const library = {
  input: {
    index: 'src/index.ts',
    guide: 'src/digituki-guide.ts',
    quiz: 'src/digituki-quiz.ts',
    engine: 'machines/index.ts',
    'quiz-engine': 'machines/quiz/index.ts',
    'trees/digital-support': 'machines/trees/digital-support/index.ts',
    'trees/digital-support/tree': 'machines/trees/digital-support/tree.ts',
    'trees/digital-support/scenarios': 'machines/trees/digital-support/scenario-bank.ts',
    react: 'src/react/index.ts',
  },
  external,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  // The content (trees, scenario banks) is JSON: bundled as plain objects, without the `$schema`
  // line. Translator notes stay out of what an app bundles.
  plugins: [stripTranslatorNotes, contentJson(), uiCatalogue(), typescript({ tsconfig: './tsconfig.build.json' })],
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

/**
 * A minified ES module for a script tag, with lit, xstate and the default tree inside: in every
 * language, or only in `only` (e.g. `['fi']`). `textless` is for measuring only.
 */
export const standaloneBundle = (element, { only, textless = false } = {}) => ({
  input: `src/digituki-${element}.ts`,
  // The entry may export what the lazily loaded chunk imports from it: no facade module.
  preserveEntrySignatures: 'allow-extension',
  // One module per page, plus what it loads only when needed (the tree validator, for a host's
  // own tree), beside it in dist/: same origin, so a strict CSP (script-src 'self') allows it.
  output: {
    dir: 'dist',
    entryFileNames: `digituki-${element}${only ? `.${only.join('-')}` : ''}.js`,
    chunkFileNames: ({ name }) => `digituki-${element}-${name === 'load-tree' ? 'validator' : name}-[hash].js`,
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    stripTranslatorNotes,
    minifyTemplates,
    trustedTypesPolicy(`digituki-${element}`),
    contentJson({ only, textless, treeText: element === 'quiz' ? ['principles'] : undefined }),
    uiCatalogue({ only, textless }),
    // 'production' explicitly: under NODE_ENV=test (vitest) the plugin would pick Lit's dev build.
    nodeResolve({ exportConditions: ['production'] }),
    // noCheck: the library build and `npm run typecheck` check the same files; here only emit.
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: undefined, outDir: 'dist', sourceMap: true, noCheck: true }),
    terser({ format: { comments: false } }),
  ],
});

/** The languages a one-language standalone bundle is built for. */
export const BUNDLE_LANGUAGES = ['fi', 'sv', 'en'];

export const standalone = standaloneBundle('guide');
export const standaloneQuiz = standaloneBundle('quiz');

export default [
  library,
  standalone,
  standaloneQuiz,
  ...['guide', 'quiz'].flatMap((element) => BUNDLE_LANGUAGES.map((language) => standaloneBundle(element, { only: [language] }))),
];
