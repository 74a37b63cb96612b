/**
 * Validates one row with its zod schema and turns zod's issues into problems a publisher can act
 * on: "coverage must be a number between 0 and 1, got 1.4", with the JSON path of the field.
 */
import type { z } from 'zod';
import { describeExpected, schemaAt } from './describe-expected';
import { describeValue } from './describe-value';
import type { RowProblem, RowVerdict } from './feed-issues';
import { fieldLabel, joinPath, valueAt } from './json-path';
import { newerValueReason } from './contract-version';
import { withoutNullOptionals } from './null-as-absent';

export interface RowContext {
  /** The feed's schemaVersion when it is newer than this dashboard's contract (contract-version). */
  newerVersion?: string;
}

/** Stands in for zod's own wording, so the schema's custom messages can be told apart from it. */
const DEFAULT_MESSAGE = '\u0000default';
const useDefaultMessage = () => DEFAULT_MESSAGE;

function toProblem(
  schema: z.ZodType,
  raw: unknown,
  rowPath: string,
  noun: string,
  issue: z.core.$ZodIssue,
  context: RowContext,
): RowProblem {
  const keys = issue.path;
  const label = keys.length === 0 ? `This ${noun}` : fieldLabel(keys);
  const value = valueAt(raw, keys);
  const leaf = schemaAt(schema, keys) ?? schema;
  const expected = issue.message === DEFAULT_MESSAGE ? describeExpected(leaf) : issue.message;
  const path = joinPath(rowPath, keys);
  if (value === undefined && keys.length > 0) {
    return { path, reason: `${label} is missing; it must be ${expected}` };
  }
  // A newer minor version may add allowed values: say so, rather than calling the value wrong.
  if (context.newerVersion && leaf._zod.def.type === 'enum' && typeof value === 'string') {
    return { path, reason: newerValueReason(label, value, context.newerVersion) };
  }
  return { path, reason: `${label} must be ${expected}, got ${describeValue(value)}` };
}

/**
 * The parsed row (zod defaults applied, text trimmed, `null` in a field that may be left out taken
 * as absent), or one problem per bad field; paths and values quoted are those of `raw` itself.
 */
export function validateRow<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  rowPath: string,
  noun: string,
  context: RowContext = {},
): RowVerdict<z.output<S>> {
  const result = schema.safeParse(withoutNullOptionals(schema, raw), { error: useDefaultMessage });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) =>
    toProblem(schema, raw, rowPath, noun, issue, context),
  );
  return { ok: false, problems };
}
