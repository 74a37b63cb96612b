/**
 * A fast accept path for observation rows, which can number a million. It only ever ACCEPTS: a row
 * that is not plainly valid goes to the zod path, which then produces the value or the same
 * messages as for any other table. A test checks that both paths give the same value for the rows
 * accepted here.
 */
import { AdoptionStatusSchema, HttpUrlSchema, ObservationSchema } from './feed-schema';
import type { Observation } from './feed-schema';

/** Ids already accepted in their own tables (so known to meet the field rules). */
export interface KnownIds {
  systems: ReadonlyMap<string, unknown>;
  standards: ReadonlyMap<string, unknown>;
  periods: ReadonlyMap<string, unknown>;
}

const STATUSES: ReadonlySet<unknown> = new Set(AdoptionStatusSchema.options);
const NOTE_MAX_LENGTH = ObservationSchema.shape.note.unwrap().maxLength ?? 0;

/**
 * URL checks cost about a microsecond each and feeds repeat the same evidence links, so verdicts
 * from the schema itself are remembered, up to a bound that keeps memory flat.
 */
const urlVerdicts = new Map<string, boolean>();
const MAX_REMEMBERED_URLS = 10_000;

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const known = urlVerdicts.get(value);
  if (known !== undefined) return known;
  const valid = HttpUrlSchema.safeParse(value).success;
  if (urlVerdicts.size < MAX_REMEMBERED_URLS) urlVerdicts.set(value, valid);
  return valid;
}

function isPlainCoverage(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function plainNote(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const note = value.trim();
  return note.length >= 1 && note.length <= NOTE_MAX_LENGTH ? note : undefined;
}

/** The parsed observation when `raw` is plainly valid and names known ids, else undefined. */
export function acceptObservationFast(raw: unknown, known: KnownIds): Observation | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const row = raw as Record<string, unknown>;
  const { system, standard, period, status } = row;
  if (typeof system !== 'string' || !known.systems.has(system)) return undefined;
  if (typeof standard !== 'string' || !known.standards.has(standard)) return undefined;
  if (typeof period !== 'string' || !known.periods.has(period)) return undefined;
  if (!STATUSES.has(status)) return undefined;
  const value: Observation = { system, standard, period, status: status as Observation['status'] };
  if (Object.hasOwn(row, 'coverage')) {
    if (!isPlainCoverage(row.coverage)) return undefined;
    value.coverage = row.coverage;
  }
  if (Object.hasOwn(row, 'evidenceUrl')) {
    if (!isHttpUrl(row.evidenceUrl)) return undefined;
    value.evidenceUrl = row.evidenceUrl;
  }
  if (Object.hasOwn(row, 'note')) {
    const note = plainNote(row.note);
    if (note === undefined) return undefined;
    value.note = note;
  }
  return value;
}
