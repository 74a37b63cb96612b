/**
 * A fast accept path for observation rows, which can number a million. It only ever ACCEPTS: a row
 * that is not plainly valid goes to the zod path, which then produces the value or the same
 * messages as for any other table. A test checks that both paths give the same value for the rows
 * accepted here.
 */
import { AdoptionStatusSchema, HttpUrlSchema, ObservationSchema } from './feed-schema';
import type { Observation } from './feed-schema';
import { hasUndefinedOwn, isPlainRecord, keysFollow, trimmedText } from './plain-row';

const STATUSES: ReadonlySet<unknown> = new Set(AdoptionStatusSchema.options);
const NOTE_MAX_LENGTH = ObservationSchema.shape.note.unwrap().maxLength ?? 0;
/** zod's output lists the fields in the schema's order; a row in that order can be kept as is. */
const FIELD_ORDER = Object.keys(ObservationSchema.shape);

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

/**
 * The parsed observation when `raw` is plainly valid in shape, else undefined. Ids are NOT checked
 * against the accepted tables here (the caller does that with integer positions); a padded id is
 * returned as it is and then fails that lookup, which sends the row to zod. When the row already
 * equals zod's output (same keys in the schema's order, nothing to trim) it is returned itself.
 */
export function plainObservation(raw: unknown): Observation | undefined {
  if (!isPlainRecord(raw)) return undefined;
  const { system, standard, period, status, coverage, evidenceUrl, note } = raw;
  if (typeof system !== 'string' || typeof standard !== 'string') return undefined;
  if (typeof period !== 'string' || !STATUSES.has(status)) return undefined;
  // An optional field is taken only as an own property; an inherited one (a polluted prototype)
  // is odd enough to leave to zod.
  let fields = 4;
  if (coverage !== undefined) {
    if (typeof coverage !== 'number' || !(coverage >= 0 && coverage <= 1)) return undefined;
    if (!Object.hasOwn(raw, 'coverage')) return undefined;
    fields++;
  }
  if (evidenceUrl !== undefined) {
    if (!isHttpUrl(evidenceUrl) || !Object.hasOwn(raw, 'evidenceUrl')) return undefined;
    fields++;
  }
  let trimmedNote: string | undefined;
  if (note !== undefined) {
    trimmedNote = trimmedText(note, NOTE_MAX_LENGTH);
    if (trimmedNote === undefined || !Object.hasOwn(raw, 'note')) return undefined;
    fields++;
  }
  if (trimmedNote === note && keysFollow(raw, FIELD_ORDER, fields)) return raw as Observation;
  if (hasUndefinedOwn(raw, FIELD_ORDER)) return undefined;
  const value: Observation = { system, standard, period, status: status as Observation['status'] };
  if (coverage !== undefined) value.coverage = coverage;
  if (evidenceUrl !== undefined) value.evidenceUrl = evidenceUrl;
  if (trimmedNote !== undefined) value.note = trimmedNote;
  return value;
}
