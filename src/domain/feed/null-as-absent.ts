/**
 * `null` for a field that may be left out means the same as leaving it out (docs/feed-contract.md).
 * Publishers' tools often write `null` for "no value"; rejecting it took a whole system and every
 * row that refers to it with it, for the lack of a field that was never needed.
 */
import type { z } from 'zod';
import { isPlainRecord } from './plain-row';

type AnySchema = z.core.$ZodType;

interface WrapperDef {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
}

const defOf = (schema: AnySchema): WrapperDef => schema._zod.def;

function acceptsNull(schema: AnySchema): boolean {
  const def = defOf(schema);
  if (def.type === 'nullable') return true;
  const wrapper = def.type === 'optional' || def.type === 'default';
  return wrapper && def.innerType !== undefined && acceptsNull(def.innerType);
}

/** A field that may be left out (optional, or with a default) and where null is not a value. */
const mayBeLeftOut = (schema: AnySchema) => {
  const type = defOf(schema).type;
  return (type === 'optional' || type === 'default') && !acceptsNull(schema);
};

function objectShape(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape;
  const wrapper = def.type === 'optional' || def.type === 'default' || def.type === 'nullable';
  return wrapper && def.innerType ? objectShape(def.innerType) : undefined;
}

/**
 * `raw` without the `null`s of fields that may be left out, at any depth of nested objects. The
 * input is never changed: when there is nothing to drop it is returned itself, else a copy.
 */
export function withoutNullOptionals(schema: AnySchema, raw: unknown): unknown {
  const shape = objectShape(schema);
  if (shape === undefined || !isPlainRecord(raw)) return raw;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(raw)) {
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (field === undefined) continue;
    const value = raw[key];
    const dropped = value === null && mayBeLeftOut(field);
    const next = dropped ? undefined : withoutNullOptionals(field, value);
    if (!dropped && next === value) continue;
    copy ??= { ...raw };
    if (dropped) delete copy[key];
    else copy[key] = next;
  }
  return copy ?? raw;
}
