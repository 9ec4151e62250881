// ESLint: the TypeScript, Lit and web-component rule sets, plus the architecture rule that
// keeps machines/ free of the DOM and of Lit.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'coverage/',
      '.scratch/',
      'src/generated/',
      'custom-elements.json',
      // What the SharePoint example's own toolchain (Heft) writes when it builds.
      'examples/sharepoint/{lib,lib-commonjs,lib-dts,lib-esm,dist,release,sharepoint,temp,jest-output,.heft,.node22}/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  { files: ['src/**/*.ts'], plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['machines/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', '@lit/*'], message: 'machines/ is the pure engine: no Lit here.' }] }],
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'localStorage', 'sessionStorage', 'navigator'],
    },
  },
  {
    files: ['scripts/**/*.ts', '*.config.*', 'rollup.config.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
