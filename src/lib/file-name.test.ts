import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-name';

describe('fileSlug', () => {
  it.each([
    [['readiness', 'map', '2026-Q3'], 'readiness-map-2026-Q3'],
    [['Readiness map', '2026-Q3'], 'readiness-map-2026-Q3'],
    [['trend', 'Frimley ICB', '2025-Q1'], 'trend-frimley-icb-2025-Q1'],
    [
      ['standard', 'GP Connect: Access Record (Structured)'],
      'standard-gp-connect-access-record-structured',
    ],
    [['Côte', '', null, undefined, '  '], 'cote'],
    [['=HYPERLINK("http://x")'], 'hyperlink-http-x'],
    [['../../etc/passwd'], 'etc-passwd'],
    [[], 'download'],
    [['!!!'], 'download'],
  ] as const)('%j -> %s', (parts, expected) => {
    expect(fileSlug(...parts)).toBe(expected);
  });
});
