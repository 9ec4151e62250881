/** `npm run paths`: writes docs/paths.md from the default tree. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tree } from '../machines/trees/digital-support/index.js';
import { renderPathsDoc } from './paths-doc.js';

mkdirSync('docs', { recursive: true });
const doc = renderPathsDoc(tree);
writeFileSync('docs/paths.md', doc);
console.log(`docs/paths.md: ${doc.split('\n').filter((l) => /^\| \d/.test(l)).length} paths, ${(doc.length / 1024).toFixed(0)} KB`);
