/** Metadata is part of the envelope: a feed without usable metadata cannot be shown at all. */
import type { FeedFatal } from './feed-issues';
import { MetadataSchema } from './feed-schema';
import type { Metadata } from './feed-schema';
import { describeValue } from './describe-value';
import { validateRow } from './validate-row';

const METADATA = '$.metadata';

export type MetadataResult = { ok: true; metadata: Metadata } | { ok: false; fatal: FeedFatal };

const fatal = (path: string, reason: string): MetadataResult => ({
  ok: false,
  fatal: { path, reason },
});

/** A version whose major is not 1 gets its own message: the feed may be fine, just newer. */
function unsupportedVersion(version: unknown): MetadataResult | undefined {
  if (typeof version !== 'string') return undefined;
  const major = /^\s*(\d+)(?:\.|\s*$)/.exec(version)?.[1];
  if (major === undefined || Number(major) === 1) return undefined;
  const shown = version.trim().slice(0, 20);
  return fatal(
    `${METADATA}.schemaVersion`,
    `Feed schema version ${shown} is not supported; this dashboard reads version 1.x`,
  );
}

export function parseMetadata(root: Record<string, unknown>): MetadataResult {
  if (!Object.hasOwn(root, 'metadata')) {
    return fatal(
      METADATA,
      'The feed has no metadata: it must give schemaVersion, title, publisher, generatedAt, licence and illustrative',
    );
  }
  const raw = root.metadata;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fatal(METADATA, `metadata must be an object, got ${describeValue(raw)}`);
  }
  const version = Object.hasOwn(raw, 'schemaVersion')
    ? (raw as Record<string, unknown>).schemaVersion
    : undefined;
  const unsupported = unsupportedVersion(version);
  if (unsupported) return unsupported;
  const parsed = validateRow(MetadataSchema, raw, METADATA, 'metadata');
  if (parsed.ok) return { ok: true, metadata: parsed.value };
  const [first, ...rest] = parsed.problems;
  const more =
    rest.length === 0
      ? ''
      : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'} in metadata)`;
  return fatal(
    first?.path ?? METADATA,
    `The feed's metadata is invalid: ${first?.reason ?? ''}${more}`,
  );
}
