/**
 * The JSON Schemas of the content formats (schema/): the TypeScript types are generated from them
 * and must be current; their id patterns are those of machines/tree/ids.ts; every tree
 * validateTree accepts, the schema accepts, and every structural problem validateTree reports,
 * the schema reports too (the semantic checks, such as routing and reachability, stay
 * validateTree's alone).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { KEBAB_ID, LOCALE_ID, MAX_ID_LENGTH, PRINCIPLE_ID, PRINCIPLE_STATUSES, QUESTION_KINDS, RULE_ID, validateScenarios, validateTree } from '../../machines/index.js';
import { SCENARIO_ID } from '../../machines/scenarios/read-bank.js';
import { scenarios, tree } from '../../machines/trees/digital-support/index.js';
import { SCHEMA_TYPES, schemaTypes } from '../../scripts/schema-types.js';
import { generateTree } from '../../scripts/generate-tree.js';
import { malformedTrees } from '../fixtures/trees/malformed-trees.js';
import { smallTree } from '../fixtures/trees/small-tree.js';

const treeSchema = JSON.parse(readFileSync('schema/tree.schema.json', 'utf8'));
const bankSchema = JSON.parse(readFileSync('schema/scenario-bank.schema.json', 'utf8'));
// `tsType` is json-schema-to-typescript's: the TypeScript type of a field where the schema's own would be looser.
const ajv = new Ajv({ allErrors: true, strict: true }).addKeyword('tsType');
const validate = ajv.compile(treeSchema);
const validateBankSchema = ajv.compile(bankSchema);
const validateOverlaySchema = ajv.compile(JSON.parse(readFileSync('schema/tree-overlay.schema.json', 'utf8')));
const schemaErrors = (data: unknown) => (validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`));
const bankSchemaErrors = (data: unknown) => (validateBankSchema(data) ? [] : validateBankSchema.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`));
type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the JSON Schemas', () => {
  it.each(SCHEMA_TYPES)('$types is generated from $schema (run `npm run schema`)', { timeout: 30_000 }, async ({ schema, types }) => {
    expect(readFileSync(types, 'utf8')).toBe(await schemaTypes(schema));
  });

  it('use the id patterns, length limit and enumerations of the engine', () => {
    const d = treeSchema.definitions;
    expect(d.KebabId.pattern).toBe(KEBAB_ID.source);
    expect(d.PrincipleId.pattern).toBe(PRINCIPLE_ID.source);
    expect(d.RuleId.pattern).toBe(RULE_ID.source);
    expect(d.LocaleId.pattern).toBe(LOCALE_ID.source);
    for (const id of ['KebabId', 'PrincipleId', 'RuleId', 'LocaleId']) expect(d[id].maxLength, id).toBe(MAX_ID_LENGTH);
    expect(d.PrincipleDefinition.properties.status.enum).toEqual([...PRINCIPLE_STATUSES]);
    expect(d.QuestionDefinition.properties.kind.enum).toEqual([...QUESTION_KINDS]);
    expect(bankSchema.definitions.ScenarioId.pattern).toBe(SCENARIO_ID.source);
  });

  it('accept the example overlay and reject an overlay that changes routing, as applyOverlay does', () => {
    const overlay = JSON.parse(readFileSync('examples/overlay/city-overlay.json', 'utf8'));
    expect(validateOverlaySchema(overlay), JSON.stringify(validateOverlaySchema.errors)).toBe(true);
    expect(validateOverlaySchema({ ...overlay, questions: {} })).toBe(false);
    expect(validateOverlaySchema({ ...overlay, version: undefined })).toBe(false);
  });

  it('accept the default scenario bank, as validateScenarios does', () => {
    expect(validateScenarios(scenarios, tree)).toEqual([]);
    expect(bankSchemaErrors(JSON.parse(JSON.stringify(scenarios)))).toEqual([]);
  });

  it.each([
    ['a bank without a version', (b: Mutable) => delete b.version],
    ['a scenario id that is not SC and a number', (b: Mutable) => (b.scenarios[0].id = 'S1')],
    ['expected as a string', (b: Mutable) => (b.scenarios[0].expected = 'guide-own-service')],
    ['a "Choose 2" with three answers', (b: Mutable) => (b.scenarios.find((s: Mutable) => s.quiz.chooseTwo).quiz.chooseTwo.push('fraud-stop'))],
    ['a distractor without principles', (b: Mutable) => delete b.scenarios[0].quiz.distractors[0].principles],
    ['a scenario text without its right answers', (b: Mutable) => delete b.text.en[b.scenarios[0].id].right],
    ['a right answer without why', (b: Mutable) => delete (Object.values(b.text.fi[b.scenarios[0].id].right)[0] as Mutable).why],
    ['a competence statement whose correct is a string', (b: Mutable) => (b.competences[0].options[0].correct = 'yes')],
  ])('reject what validateScenarios rejects by shape: %s', (_name, change) => {
    const bank = JSON.parse(JSON.stringify(scenarios)) as Mutable;
    change(bank);
    expect(validateScenarios(bank, tree)).not.toEqual([]);
    expect(bankSchemaErrors(bank)).not.toEqual([]);
  });

  it('accept the default tree, the small test tree and a generated tree, as validateTree does', () => {
    for (const definition of [tree, smallTree(), generateTree(40)]) {
      expect(validateTree(definition)).toEqual([]);
      expect(schemaErrors(JSON.parse(JSON.stringify(definition)))).toEqual([]);
    }
  });

  // The corpus cases validateTree reports as a matter of shape, in data JSON can hold.
  const STRUCTURAL = new Set(['wrong-type', 'missing-field', 'invalid-id', 'invalid-value']);
  const structural = malformedTrees.filter((c) => STRUCTURAL.has(c.expect.code) && isJson(c.definition));

  it('cover enough of the malformed corpus to mean something', () => {
    expect(structural.length).toBeGreaterThanOrEqual(10);
  });

  it.each(structural)('reject what validateTree rejects by shape: $name', ({ definition }) => {
    expect(schemaErrors(definition)).not.toEqual([]);
  });
});

/** Whether `value` is JSON data as it is (no undefined, functions, NaN, holes, cycles or throwing getters). */
function isJson(value: unknown): boolean {
  try {
    return !notJson(value);
  } catch {
    return false;
  }
}

function notJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (value === undefined || typeof value === 'function' || (typeof value === 'number' && !Number.isFinite(value))) return true;
  if (Array.isArray(value)) return value.length !== Object.keys(value).length || value.some((v) => notJson(v, depth + 1));
  if (typeof value === 'object' && value !== null) return Object.getPrototypeOf(value) !== Object.prototype || Object.values(value).some((v) => notJson(v, depth + 1));
  return false;
}
