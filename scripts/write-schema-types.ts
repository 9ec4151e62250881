/** `npm run schema`: writes the TypeScript types generated from the JSON Schemas in `schema/`. */
import { writeFileSync } from 'node:fs';
import { SCHEMA_TYPES, schemaTypes } from './schema-types.js';

for (const { schema, types } of SCHEMA_TYPES) {
  writeFileSync(types, await schemaTypes(schema));
  console.log(`${types} from ${schema}`);
}
