/**
 * Which feed contract this dashboard reads, and what it says about a feed that is newer. A minor
 * version may add optional fields and new values to a list of allowed values (docs/feed-contract.md,
 * "Versioning"); a newer feed is still read, and the reader is told what that means.
 */

export const CONTRACT_MAJOR = 1;
/** The newest minor version this dashboard knows. Raise it when the schema gains a 1.x addition. */
export const CONTRACT_MINOR = 2;
export const DASHBOARD_CONTRACT = `${CONTRACT_MAJOR}.${CONTRACT_MINOR}`;

/** The minor version of a "1.<minor>" schemaVersion, or undefined for anything else. */
export function contractMinor(schemaVersion: string): number | undefined {
  const match = /^1\.(\d+)$/.exec(schemaVersion);
  return match ? Number(match[1]) : undefined;
}

/** True for a 1.x feed with a minor version this dashboard does not know yet. */
export function isNewerContract(schemaVersion: string): boolean {
  const minor = contractMinor(schemaVersion);
  return minor !== undefined && minor > CONTRACT_MINOR;
}

/** The note for readers and publishers when the feed is newer than the dashboard, else undefined. */
export function newerContractNote(schemaVersion: string): string | undefined {
  if (!isNewerContract(schemaVersion)) return undefined;
  return `This feed uses contract ${schemaVersion}; this dashboard reads 1.x up to ${DASHBOARD_CONTRACT}. Newer fields are ignored, and rows with values this dashboard does not know are set aside and listed on the Data page.`;
}

/**
 * Why a row with an unknown value in a list of allowed values is set aside when the feed is newer:
 * the value may be a legitimate addition, but guessing what it means would change scores.
 */
export function newerValueReason(label: string, value: string, schemaVersion: string): string {
  return `${label} ${JSON.stringify(value)} is not a value this dashboard knows: it reads contract 1.x up to ${DASHBOARD_CONTRACT}, and this feed uses ${schemaVersion}, which may have added it. The row is set aside rather than guessed at`;
}
