/**
 * Turns a zod schema into the words a publisher reads after "must be": "a number between 0 and 1",
 * "one of "live" or "partial"". Reads the feed schema itself, so messages never drift from it.
 */
import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** The parts of zod's schema definitions that the descriptions read. */
interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  entries?: Record<string, string | number>;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
}

interface CheckDef {
  check: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}

function defOf(schema: AnySchema): SchemaDef {
  return schema._zod.def;
}

function checksOf(schema: AnySchema): CheckDef[] {
  return (defOf(schema).checks ?? []).map((check) => check._zod.def);
}

const SAFE = Number.MAX_SAFE_INTEGER;

function bound(checks: CheckDef[], kind: 'greater_than' | 'less_than'): CheckDef | undefined {
  // z.int() carries the safe-integer limits as bounds; they are not worth saying.
  return checks.find((c) => c.check === kind && Math.abs(c.value ?? SAFE) < SAFE);
}

function describeNumber(schema: AnySchema): string {
  const checks = checksOf(schema);
  const noun = defOf(schema).format === 'safeint' ? 'a whole number' : 'a number';
  const min = bound(checks, 'greater_than');
  const max = bound(checks, 'less_than');
  if (min?.inclusive && max?.inclusive) return `${noun} between ${min.value} and ${max.value}`;
  const parts: string[] = [];
  if (min) parts.push(`${min.inclusive ? 'no less than' : 'greater than'} ${min.value}`);
  if (max) parts.push(`${max.inclusive ? 'no more than' : 'less than'} ${max.value}`);
  return parts.length === 0 ? noun : `${noun} ${parts.join(' and ')}`;
}

const FORMATS: Record<string, string> = {
  url: 'an http or https web address',
  date: 'a date like 2026-03-31',
  datetime: 'a date and time with a time zone, like 2026-10-01T09:00:00Z',
};

/** A pattern's own message, e.g. "a quarter like 2025-Q3", read by failing the pattern once. */
function patternMessage(schema: AnySchema): string | undefined {
  const result = (schema as z.ZodType).safeParse('\u0000');
  const issue = result.error?.issues.find((i) => i.code === 'invalid_format');
  return issue && !issue.message.startsWith('Invalid') ? issue.message : undefined;
}

function describeString(schema: AnySchema): string {
  const checks = checksOf(schema);
  const format = defOf(schema).format ?? checks.find((c) => c.check === 'string_format')?.format;
  const known = format === undefined ? undefined : FORMATS[format];
  if (known) return known;
  if (format === 'regex') return patternMessage(schema) ?? 'text in the documented format';
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  const nonEmpty = checks.some((c) => c.check === 'min_length' && (c.minimum ?? 0) > 0);
  const text = nonEmpty ? 'non-empty text' : 'text';
  return max === undefined ? text : `${text} of at most ${max} characters`;
}

function describeArray(schema: AnySchema): string {
  const checks = checksOf(schema);
  const min = checks.find((c) => c.check === 'min_length')?.minimum;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (min !== undefined && max !== undefined) return `a list of ${min} to ${max} items`;
  if (max !== undefined) return `a list of at most ${max} items`;
  return min === undefined ? 'a list' : `a list of at least ${min} items`;
}

function describeEnum(schema: AnySchema): string {
  const values = Object.values(defOf(schema).entries ?? {}).map((v) => JSON.stringify(v));
  if (values.length < 2) return `one of ${values.join('')}`;
  return `one of ${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** What a value must be to satisfy `schema`, as words. */
export function describeExpected(schema: AnySchema): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return def.innerType ? describeExpected(def.innerType) : 'a valid value';
    case 'nullable':
      return def.innerType ? `${describeExpected(def.innerType)}, or null` : 'a valid value';
    case 'number':
      return describeNumber(schema);
    case 'string':
      return describeString(schema);
    case 'boolean':
      return 'true or false';
    case 'enum':
      return describeEnum(schema);
    case 'array':
      return describeArray(schema);
    case 'object':
      return 'an object';
    default:
      return 'a valid value';
  }
}

function unwrap(schema: AnySchema): AnySchema {
  const def = defOf(schema);
  const wrapper = def.type === 'optional' || def.type === 'default' || def.type === 'nullable';
  return wrapper && def.innerType ? unwrap(def.innerType) : schema;
}

/** The schema of the field at `keys` inside `schema`, if the path follows the schema. */
export function schemaAt(schema: AnySchema, keys: readonly PropertyKey[]): AnySchema | undefined {
  let current = schema;
  for (const key of keys) {
    const def = defOf(unwrap(current));
    let next: AnySchema | undefined;
    if (def.type === 'array' && typeof key === 'number') next = def.element;
    if (
      def.type === 'object' &&
      typeof key === 'string' &&
      def.shape &&
      Object.hasOwn(def.shape, key)
    ) {
      next = def.shape[key];
    }
    if (!next) return undefined;
    current = next;
  }
  return current;
}
