import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { FEED_TABLES } from './feed-issues';
import { GeographySchema } from './feed-schema';
import { FeedContractSchema } from './feed-json-schema';
import {
  CONTRACT_SLA,
  ODCS_CONTRACT_ID,
  ODCS_CONTRACT_VERSION,
  odcsContract,
  renderOdcsContract,
} from './odcs-contract';

const contractFile = new URL('../../../public/schema/feed-v1.odcs.yaml', import.meta.url);
const referenceFile = new URL('../../../public/data/mesh/reference.json', import.meta.url);

type Property = { name?: string; properties?: Property[]; items?: Property } & Record<
  string,
  unknown
>;
const contract = odcsContract();
const table = (name: string) => contract.schema.find((object) => object.name === name);
const property = (tableName: string, ...path: string[]) =>
  path.reduce<Property | undefined>(
    (node, name) => {
      const children = node?.properties ?? node?.items?.properties;
      return children?.find((child) => child.name === name);
    },
    table(tableName) as Property | undefined,
  );

/** Every field path of a zod schema ("licence.url"), through optional, default, array. */
function zodFields(schema: z.ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as {
    type: string;
    innerType: z.ZodType;
    element: z.ZodType;
    shape: Record<string, z.ZodType>;
  };
  if (['optional', 'nullable', 'default'].includes(def.type))
    return zodFields(def.innerType, prefix);
  if (def.type === 'array') return zodFields(def.element, prefix);
  if (def.type !== 'object') return [];
  const shape = def.shape;
  return Object.entries(shape).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...zodFields(child, path)];
  });
}

function odcsFields(properties: readonly Property[] = [], prefix = ''): string[] {
  return properties.flatMap((node) => {
    const path = prefix ? `${prefix}.${String(node.name)}` : String(node.name);
    const children = node.properties ?? node.items?.properties;
    return [path, ...odcsFields(children, path)];
  });
}

/** The contract's tables by the zod schema: the feed's sections, with geography's lists. */
const zodTables: Record<string, z.ZodType> = Object.fromEntries(
  [
    ...Object.entries(FeedContractSchema.shape).filter(([name]) => name !== 'geography'),
    ...Object.entries(GeographySchema.shape),
  ].map(([name, schema]): [string, z.ZodType] => [name, schema]),
);

describe('the published ODCS contract (public/schema/feed-v1.odcs.yaml)', () => {
  it('is up to date with the zod schema (run `npm run build:schema` if not)', () => {
    expect(readFileSync(contractFile, 'utf8')).toBe(renderOdcsContract());
  });

  it('has the keys ODCS v3.1.0 requires, with the contract version', () => {
    const parsed = parse(readFileSync(contractFile, 'utf8')) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      apiVersion: 'v3.1.0',
      kind: 'DataContract',
      id: ODCS_CONTRACT_ID,
      version: '1.2.0',
      status: 'active',
    });
    expect(ODCS_CONTRACT_VERSION).toBe('1.2.0');
  });

  it('has one schema object per table of the zod schema, in order', () => {
    // The contract keeps its own table list (odcs-contract.ts); it must follow the feed's row tables.
    expect(contract.schema.map((object) => object.name)).toEqual([
      'metadata',
      'product',
      ...FEED_TABLES,
    ]);
    expect(new Set(contract.schema.map((o) => o.name))).toEqual(new Set(Object.keys(zodTables)));
  });

  it.each(Object.entries(zodTables))('lists every field of %s that zod checks', (name, schema) => {
    const expected = zodFields(schema);
    // periods is a list of quarter ids, so its one ODCS field is the value itself.
    expect(odcsFields(table(name)?.properties)).toEqual(expected.length ? expected : ['period']);
  });

  it.each<[string, string[], Record<string, unknown>]>([
    [
      'a required bounded text',
      ['observations', 'system'],
      {
        logicalType: 'string',
        required: true,
        logicalTypeOptions: { minLength: 1, maxLength: 40 },
      },
    ],
    [
      'an optional share',
      ['observations', 'coverage'],
      { logicalType: 'number', required: false, logicalTypeOptions: { minimum: 0, maximum: 1 } },
    ],
    [
      'an enum, told in the description',
      ['observations', 'status'],
      { required: true, description: 'One of: not-started, planned, piloting, partial, live.' },
    ],
    [
      'a whole number above 0, no safe-integer noise',
      ['systems', 'population'],
      { logicalType: 'integer', logicalTypeOptions: { exclusiveMinimum: 0 } },
    ],
    [
      'a nullable date with its default',
      ['systems', 'validTo'],
      { logicalType: 'date', required: false, description: 'Default: null.' },
    ],
    [
      'a timestamp with a zone',
      ['metadata', 'generatedAt'],
      { logicalType: 'timestamp', logicalTypeOptions: { timezone: true } },
    ],
    [
      'a web link, http(s) only',
      ['standards', 'evidenceUrl'],
      { logicalTypeOptions: { maxLength: 2000, pattern: '^https?://', format: 'uri' } },
    ],
    [
      'a nested object field',
      ['metadata', 'licence', 'name'],
      { logicalType: 'string', required: true },
    ],
    [
      'a field of a list of objects',
      ['crosswalk', 'to', 'populationShare'],
      { logicalType: 'number', logicalTypeOptions: { exclusiveMinimum: 0, maximum: 1 } },
    ],
    [
      'a choice of values',
      ['product', 'sla', 'frequency'],
      { logicalType: 'string', description: 'One of: quarterly, monthly, annual.' },
    ],
    [
      'a period of any kind',
      ['measurements', 'period'],
      {
        logicalType: 'string',
        logicalTypeOptions: { pattern: expect.stringContaining('Q[1-4]') as string },
      },
    ],
    [
      'a web address or an email',
      ['product', 'owner', 'contact'],
      { logicalType: 'string', description: 'Any of these forms: uri, email.' },
    ],
    [
      'a reference to another table',
      ['observations', 'standard'],
      { relationships: [{ type: 'foreignKey', to: 'standards.id' }] },
    ],
    [
      "a measurement's measure",
      ['measurements', 'measure'],
      { relationships: [{ type: 'foreignKey', to: 'measures.id' }] },
    ],
  ])('describes %s', (_name, [tableName = '', ...path], expected) => {
    expect(property(tableName, ...path)).toMatchObject(expected);
  });

  it('points every relationship at a field the contract has', () => {
    const targets = contract.schema.flatMap((object) =>
      (object.properties as Property[]).flatMap((p) =>
        ((p.relationships as { to: string }[] | undefined) ?? []).map((r) => r.to),
      ),
    );
    expect(targets.length).toBe(13);
    for (const target of targets) {
      const [tableName = '', field = ''] = target.split('.');
      expect(property(tableName, field), target).toBeDefined();
    }
  });

  it('gives every table its row rules as quality checks', () => {
    for (const object of contract.schema)
      expect(object.quality.length, object.name).toBeGreaterThan(0);
    expect(table('observations')?.quality).toContainEqual(
      expect.objectContaining({
        metric: 'duplicateValues',
        mustBe: 0,
        arguments: { properties: ['system', 'standard', 'period'] },
      }),
    );
  });

  it('states the SLA the sample mesh products agree to, and the platform team', () => {
    const reference = JSON.parse(readFileSync(referenceFile, 'utf8')) as {
      product: { sla: unknown; owner: { team: string } };
    };
    expect(reference.product.sla).toEqual(CONTRACT_SLA);
    expect(contract.slaProperties).toEqual([
      expect.objectContaining({ property: 'frequency', value: 'quarterly' }),
      expect.objectContaining({ property: 'latency', value: 14, unit: 'd' }),
    ]);
    expect(contract.team.name).toBe(reference.product.owner.team);
  });
});
