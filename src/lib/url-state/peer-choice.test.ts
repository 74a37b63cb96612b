import { describe, expect, it } from 'vitest';
import {
  PEERS_PARAM,
  paramsWithPeers,
  parsePeerList,
  peersStorageKey,
  readStoredPeers,
  resolvePeers,
  samePeers,
  writeStoredPeers,
} from './peers-param';

const valid = new Set(['A', 'B', 'C', 'D']);

describe('parsePeerList', () => {
  it.each([
    ['no list', null, null],
    ['an empty list: a deliberate empty group', '', []],
    ['commas only', ',,', []],
    ['valid codes in order', 'C,A', ['C', 'A']],
    ['duplicates and spaces', ' B , B,A', ['B', 'A']],
    ['invalid codes dropped', 'A,ZZ,B', ['A', 'B']],
    ['the system itself dropped', 'S,A', ['A']],
    ['nothing valid: falls back', 'ZZ,S', null],
  ])('%s', (_label, text, expected) => {
    expect(parsePeerList(text, valid, 'S')).toEqual(expected);
  });
});

describe('resolvePeers', () => {
  const base = { defaults: ['A', 'B'], valid, self: 'S' };
  it.each([
    ['the URL wins over storage', 'C', 'D', { peers: ['C'], source: 'url' }],
    ['storage wins over the default', null, 'D,C', { peers: ['D', 'C'], source: 'storage' }],
    ['the default when neither', null, null, { peers: ['A', 'B'], source: 'default' }],
    ['a stale URL falls back to storage', 'ZZ', 'D', { peers: ['D'], source: 'storage' }],
    [
      'a stale memory falls back to the default',
      null,
      'ZZ',
      { peers: ['A', 'B'], source: 'default' },
    ],
    ['an empty URL list is kept', '', 'D', { peers: [], source: 'url' }],
  ])('%s', (_label, param, stored, expected) => {
    expect(resolvePeers({ ...base, param, stored })).toEqual(expected);
  });
});

describe('samePeers', () => {
  it.each([
    [['A', 'B'], ['B', 'A'], true],
    [['A', 'B'], ['A'], false],
    [['A', 'B'], ['A', 'C'], false],
    [[], [], true],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(samePeers(a, b)).toBe(expected);
  });
});

describe('paramsWithPeers', () => {
  it('writes a changed group and keeps other parameters', () => {
    const next = paramsWithPeers(new URLSearchParams('period=2026-Q1'), ['A', 'C'], ['A', 'B']);
    expect(next.get('period')).toBe('2026-Q1');
    expect(next.get(PEERS_PARAM)).toBe('A,C');
  });

  it('leaves no trace for the default group in any order', () => {
    const next = paramsWithPeers(new URLSearchParams('peers=A&x=1'), ['B', 'A'], ['A', 'B']);
    expect(next.toString()).toBe('x=1');
  });

  it('writes an empty group as an empty value', () => {
    expect(paramsWithPeers(new URLSearchParams(), [], ['A']).toString()).toBe('peers=');
  });
});

describe('stored peers', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
      items,
    };
  }

  it('remembers per system under interop:peers:<code>', () => {
    const storage = memoryStorage();
    writeStoredPeers(storage, 'E54000008', ['A', 'B']);
    expect(peersStorageKey('E54000008')).toBe('interop:peers:E54000008');
    expect(storage.items.get('interop:peers:E54000008')).toBe('A,B');
    expect(readStoredPeers(storage, 'E54000008')).toBe('A,B');
    expect(readStoredPeers(storage, 'E54000010')).toBeNull();
    writeStoredPeers(storage, 'E54000008', null);
    expect(readStoredPeers(storage, 'E54000008')).toBeNull();
  });

  it('survives missing or refusing storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readStoredPeers(null, 'X')).toBeNull();
    expect(readStoredPeers(refusing, 'X')).toBeNull();
    expect(() => writeStoredPeers(refusing, 'X', ['A'])).not.toThrow();
    expect(() => writeStoredPeers(null, 'X', null)).not.toThrow();
  });
});
