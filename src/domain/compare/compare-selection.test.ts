import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToSelection,
  MAX_COMPARED,
  peerGroupSelection,
  removeFromSelection,
  selectionFromCodes,
} from './compare-selection';

// The feed knows A1..A9 and OLD; the quarter viewed holds A1..A9 but not OLD (it ended).
const feedSystems = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'OLD'].map((code) => ({
  code,
}));
const inPeriod = new Set(feedSystems.map((s) => s.code).filter((code) => code !== 'OLD'));
// The cases are written as the URL's text; lib/url-state splits it the same way before this runs.
const parse = (param: string | null) =>
  selectionFromCodes((param ?? '').split(','), feedSystems, inPeriod);

describe('selectionFromCodes', () => {
  it.each([
    { param: null, codes: [], unknown: [], notInPeriod: [], overLimit: [] },
    { param: '', codes: [], unknown: [], notInPeriod: [], overLimit: [] },
    { param: 'A2,A1', codes: ['A2', 'A1'], unknown: [], notInPeriod: [], overLimit: [] },
    // Spaces, empty entries and lower case are forgiven; repeats count once.
    { param: ' a2 ,,A2, A1 ', codes: ['A2', 'A1'], unknown: [], notInPeriod: [], overLimit: [] },
    {
      param: 'A1,NOPE,A2,nope',
      codes: ['A1', 'A2'],
      unknown: ['NOPE'],
      notInPeriod: [],
      overLimit: [],
    },
    // A system that has ended is still compared (its history is worth seeing), and flagged.
    { param: 'A1,OLD', codes: ['A1', 'OLD'], unknown: [], notInPeriod: ['OLD'], overLimit: [] },
    // It counts towards the eight like any other.
    {
      param: 'OLD,A1,A2,A3,A4,A5,A6,A7,A8',
      codes: ['OLD', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'],
      unknown: [],
      notInPeriod: ['OLD'],
      overLimit: ['A8'],
    },
    // Nine valid codes: the first eight are compared, the ninth is reported, not dropped silently.
    {
      param: 'A1,A2,A3,A4,A5,A6,A7,A8,A9',
      codes: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'],
      unknown: [],
      notInPeriod: [],
      overLimit: ['A9'],
    },
  ])('$param', ({ param, ...expected }) => {
    expect(parse(param)).toEqual(expected);
  });

  it('accounts for every distinct code it is given, and never compares more than eight', () => {
    const code = fc.constantFrom(
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'A9',
      'OLD',
      'X',
      'Y',
    );
    fc.assert(
      fc.property(fc.array(code, { maxLength: 15 }), (codes) => {
        const selection = parse(codes.join(','));
        const all = [...selection.codes, ...selection.unknown, ...selection.overLimit];
        expect(all.sort()).toEqual([...new Set(codes)].sort());
        expect(selection.codes.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(selection.notInPeriod.every((code) => selection.codes.includes(code))).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('addToSelection', () => {
  const eight = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];
  it.each([
    { codes: [], code: 'A1', expected: { ok: true, codes: ['A1'] } },
    { codes: ['A1'], code: 'A2', expected: { ok: true, codes: ['A1', 'A2'] } },
    { codes: ['A1'], code: 'A1', expected: { ok: false, reason: 'already-chosen' } },
    { codes: ['A1'], code: '', expected: { ok: false, reason: 'none-chosen' } },
    { codes: eight, code: 'A9', expected: { ok: false, reason: 'full' } },
    // Already chosen is the better message even when full.
    { codes: eight, code: 'A8', expected: { ok: false, reason: 'already-chosen' } },
  ])('$code to $codes', ({ codes, code, expected }) => {
    expect(addToSelection(codes, code)).toEqual(expected);
  });
});

describe('removeFromSelection', () => {
  it.each([
    [['A1', 'A2', 'A3'], 'A2', ['A1', 'A3']],
    [['A1'], 'A1', []],
    [['A1'], 'A9', ['A1']],
  ])('%j without %s', (codes, code, expected) => {
    expect(removeFromSelection(codes, code)).toEqual(expected);
  });
});

describe('peerGroupSelection', () => {
  const peers = (...codes: string[]) => codes.map((code) => ({ code }));
  it.each([
    // The default group: the system and its 6 peers = 7.
    {
      code: 'A1',
      peers: peers('A2', 'A3', 'A4', 'A5', 'A6', 'A7'),
      expected: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'],
    },
    { code: 'A1', peers: [], expected: ['A1'] },
    // A peer list that names the system itself or repeats a peer still gives each once.
    { code: 'A1', peers: peers('A1', 'A2', 'A2'), expected: ['A1', 'A2'] },
    // More than 7 peers are cut to fit the table's 8 columns.
    {
      code: 'A1',
      peers: peers('A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9'),
      expected: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'],
    },
  ])('$code with $peers.length peers', ({ code, peers: list, expected }) => {
    expect(peerGroupSelection(code, list)).toEqual(expected);
  });
});
