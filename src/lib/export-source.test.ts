import { describe, expect, it } from 'vitest';
import { exportSource, sourceLine } from './export-source';
import type { Metadata } from '../domain/feed/feed-schema';

const metadata: Metadata = {
  schemaVersion: '1.0',
  title: 'Feed',
  publisher: 'NHS England',
  generatedAt: '2026-11-01T09:00:00Z',
  licence: { name: 'Open Government Licence v3.0' },
  illustrative: true,
  sourceNotes: [],
};

describe('exportSource and sourceLine', () => {
  it('names the publisher, date, illustrative status and licence', () => {
    const source = exportSource(metadata, false);
    expect(source.weightsNote).toBeNull();
    expect(sourceLine(source)).toBe(
      'Source: NHS England, data of 1 November 2026. Illustrative data, not real adoption figures. Licence: Open Government Licence v3.0.',
    );
  });

  it('leaves out the illustrative warning for real data and notes custom weights', () => {
    const source = exportSource({ ...metadata, illustrative: false }, true);
    expect(sourceLine(source)).toBe(
      'Source: NHS England, data of 1 November 2026. Licence: Open Government Licence v3.0.',
    );
    expect(source.weightsNote).toMatch(/custom weights/);
  });
});
