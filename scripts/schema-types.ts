/**
 * The TypeScript types of the content formats, generated from their JSON Schemas in `schema/`
 * (the one source of both): `npm run schema` writes them, test/build/schema-types.test.ts checks
 * they are current. machines/ wraps each generated type in `DeepReadonly`.
 */
import { readFileSync } from 'node:fs';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

/** Each schema and the module its types are written to. */
export const SCHEMA_TYPES: readonly { readonly schema: string; readonly types: string }[] = [
  { schema: 'schema/tree.schema.json', types: 'machines/tree/tree.schema.types.ts' },
  { schema: 'schema/scenario-bank.schema.json', types: 'machines/scenarios/scenario-bank.schema.types.ts' },
  { schema: 'schema/tree-overlay.schema.json', types: 'machines/tree/tree-overlay.schema.types.ts' },
];

export async function schemaTypes(schemaFile: string): Promise<string> {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as JSONSchema;
  return compile(schema, String(schema.title), {
    cwd: 'schema',
    declareExternallyReferenced: true,
    bannerComment: `/* Generated from ${schemaFile} by \`npm run schema\`: edit the schema, not this file. */`,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, printWidth: 140 },
  });
}
