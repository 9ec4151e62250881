// The React example: `npx vite --config examples/react/vite.config.ts`. An app that installed the
// package resolves `digituki-guide/react` through the package's exports to dist/; here the
// package's names resolve to this repository's sources instead (tsconfig.json's `paths` does the
// same for the type checker), so the example needs no build of the library.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const repository = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * The package's `sideEffects` names its dist/ files, where the entries that define the elements
 * are listed; read from the sources, the same entries would count as free of side effects and the
 * build would drop their definitions. This keeps them.
 */
const ELEMENT_ENTRIES = [repository('src/digituki-guide.ts'), repository('src/digituki-quiz.ts')];
const elementDefinitions: Plugin = {
  name: 'digituki-element-definitions',
  transform: (code, id) => (ELEMENT_ENTRIES.includes(id) ? { code, moduleSideEffects: true } : null),
};

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: [
      { find: /^digituki-guide\/react$/, replacement: repository('src/react/index.ts') },
      { find: /^digituki-guide\/guide$/, replacement: repository('src/digituki-guide.ts') },
      { find: /^digituki-guide\/quiz$/, replacement: repository('src/digituki-quiz.ts') },
    ],
  },
  plugins: [elementDefinitions],
  server: { fs: { allow: [repository('')] } },
});
