/** `npm run review`: writes docs/review/<locale>.md, one review document per language of the default tree (pseudo-locales have none). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tree } from '../machines/trees/digital-support/index.js';
import { renderReviewDoc, reviewLocales } from './review-doc.js';

mkdirSync('docs/review', { recursive: true });
for (const locale of reviewLocales(tree)) {
  const doc = renderReviewDoc(tree, locale);
  writeFileSync(`docs/review/${locale}.md`, doc);
  console.log(`docs/review/${locale}.md: ${doc.split('\n').length} lines, ${(Buffer.byteLength(doc) / 1024).toFixed(0)} KB`);
}
