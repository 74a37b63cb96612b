/**
 * Which ids a table accepted (first valid row wins) and which it rejected, so later tables can say
 * "unknown" or "was rejected" precisely. Map-based: lookups stay O(1) for any id, `__proto__` too.
 */
import type { RowProblem, RowVerdict } from './feed-issues';
import { capitalise } from '../format/capitalise';

export interface Registered<T> {
  value: T;
  /** JSON path of the accepted row. */
  path: string;
  /** Position among accepted rows: 0, 1, 2... */
  ordinal: number;
}

export interface IdRegistry<T> {
  accepted: Map<string, Registered<T>>;
  /** Id of a rejected row -> path of the first rejected row with that id. */
  rejected: Map<string, string>;
}

/** How a referenced table is named in messages. */
export interface RefKind {
  noun: string;
  list: string;
}

export const REGION_REF: RefKind = { noun: 'region', list: 'geography.regions' };
export const SYSTEM_REF: RefKind = { noun: 'system', list: 'geography.systems' };
export const CATEGORY_REF: RefKind = { noun: 'category', list: 'categories' };
export const STANDARD_REF: RefKind = { noun: 'standard', list: 'standards' };
export const PERIOD_REF: RefKind = { noun: 'period', list: 'periods' };

export function createRegistry<T>(): IdRegistry<T> {
  return { accepted: new Map(), rejected: new Map() };
}

/** The trimmed id of a raw row, when it has one, so a rejected row can still be named. */
export function rawId(raw: unknown, field: string): string | undefined {
  if (raw === null || typeof raw !== 'object' || !Object.hasOwn(raw, field)) return undefined;
  const id = (raw as Record<string, unknown>)[field];
  return typeof id === 'string' ? id.trim() : undefined;
}

/** Records the verdict on a row under its id and passes the verdict through. */
export function settle<T>(
  registry: IdRegistry<T>,
  id: string | undefined,
  path: string,
  verdict: RowVerdict<T>,
): RowVerdict<T> {
  if (id === undefined) return verdict;
  if (verdict.ok) {
    registry.accepted.set(id, { value: verdict.value, path, ordinal: registry.accepted.size });
  } else if (!registry.accepted.has(id) && !registry.rejected.has(id)) {
    registry.rejected.set(id, path);
  }
  return verdict;
}

export function duplicateProblem<T>(
  registry: IdRegistry<T>,
  id: string,
  path: string,
  what: string,
): RowProblem | undefined {
  const first = registry.accepted.get(id);
  if (!first) return undefined;
  return {
    path,
    reason: `Duplicate ${what} "${id}": the first is at ${first.path} and is the one kept`,
  };
}

/** Undefined when `id` names an accepted row; otherwise why the reference fails. */
export function referenceProblem<T>(
  registry: IdRegistry<T>,
  id: string,
  path: string,
  kind: RefKind,
  rowNoun: string,
): RowProblem | undefined {
  if (registry.accepted.has(id)) return undefined;
  const rejectedAt = registry.rejected.get(id);
  if (rejectedAt !== undefined) {
    const reason = `${capitalise(kind.noun)} "${id}" was rejected (see ${rejectedAt}), so this ${rowNoun} is rejected too`;
    return { path, reason };
  }
  return { path, reason: `Unknown ${kind.noun} "${id}": it is not listed in ${kind.list}` };
}
