import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvColumns, csvOf } from './csv-table';

describe('csvColumns', () => {
  it.each([
    ['a count', z.int(), 'integer', true],
    ['a figure', z.number(), 'decimal', true],
    ['a figure or nothing', z.number().nullable(), 'decimal', false],
    ['a rank or nothing', z.int().nullable(), 'integer', false],
    ['a flag', z.boolean(), 'boolean', true],
    ['a date', z.iso.date(), 'date', true],
    ['a date or nothing', z.iso.date().nullable(), 'date', false],
    ['a word', z.string(), 'string', true],
    ['a choice', z.enum(['a', 'b']), 'string', true],
  ])('reads %s as %s (required: %s)', (_what, schema, datatype, required) => {
    const [column] = csvColumns(z.object({ value: schema }));
    expect(column).toEqual({
      name: 'value',
      titles: 'value',
      datatype,
      ...(required ? { required: true } : {}),
    });
  });

  it('gives a list of codes one string cell with a separator', () => {
    const [column] = csvColumns(z.object({ successors: z.array(z.string()) }));
    expect(column).toMatchObject({ datatype: 'string', separator: ';' });
  });
});

describe('csvOf', () => {
  const Row = z.object({
    code: z.string(),
    score: z.number().nullable(),
    next: z.array(z.string()),
  });

  it('writes plain numbers, empty cells for null and joined lists, text made formula-safe', () => {
    const csv = csvOf(Row, [
      { code: '=SUM(A1)', score: 1234.5, next: ['S3', 'S4'] },
      { code: 'S2', score: null, next: [] },
    ]);
    expect(csv).toBe("\uFEFFcode,score,next\r\n'=SUM(A1),1234.5,S3;S4\r\nS2,,\r\n");
  });

  it('reads back as the same cells, whatever the text (seeded property)', () => {
    const row = fc.record({
      code: fc.string().filter((text) => !/^[=+\-@\t\r]/.test(text)),
      score: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
      next: fc.array(fc.stringMatching(/^[A-Z0-9]{1,6}$/), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const lines = parse<Record<string, string>>(csvOf(Row, rows), { bom: true, columns: true });
        expect(lines).toHaveLength(rows.length);
        lines.forEach((line, index) => {
          const expected = rows[index]!;
          expect(line.code).toBe(expected.code);
          expect(line.score).toBe(expected.score === null ? '' : String(expected.score));
          expect(line.next).toBe(expected.next.join(';'));
        });
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });
});
