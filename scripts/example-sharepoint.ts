/**
 * `npm run example:sharepoint`: builds examples/sharepoint's `.sppkg`, the guide's and the
 * quiz's SPFx web parts, from the library and the npm registry alone (scripts/sharepoint-package.ts
 * says how; examples/sharepoint/README.md how to deploy it), and prints where it is and its size.
 */
import { relative } from 'node:path';
import { buildSharePointPackage, ROOT } from './sharepoint-package.js';

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const built = await buildSharePointPackage({ output: (chunk) => process.stdout.write(chunk) });
console.log('');
for (const { step, seconds } of built.steps) console.log(`${seconds.toFixed(0).padStart(5)} s  ${step}`);
console.log(`${built.seconds.toFixed(0).padStart(5)} s  in all; examples/sharepoint now holds ${megabytes(built.diskBytes)} (node_modules ${megabytes(built.nodeModulesBytes)})`);
console.log(`${relative(ROOT, built.path)}: ${built.bytes} bytes`);
