// `npm start`: serves demo/ with the TypeScript sources compiled on the fly.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  server: { open: false, port: 5173, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  build: { rollupOptions: { input: { guide: `${root}index.html`, quiz: `${root}quiz.html`, answerKey: `${root}answer-key.html` } } },
});
