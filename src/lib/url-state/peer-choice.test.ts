import { describe, expect, it } from 'vitest';
import {
  parsePeerList,
  peersStorageKey,
  readStoredPeers,
  resolvePeers,
  samePeers,
  writeStoredPeers,
} from './peer-choice';

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
    ['the URL wins over storage', ['C'], 'D', { peers: ['C'], source: 'url' }],
    ['storage wins over the default', null, 'D,C', { peers: ['D', 'C'], source: 'storage' }],
    ['the default when neither', null, null, { peers: ['A', 'B'], source: 'default' }],
    ['a stale URL falls back to storage', ['ZZ'], 'D', { peers: ['D'], source: 'storage' }],
    [
      'a stale memory falls back to the default',
      null,
      'ZZ',
      { peers: ['A', 'B'], source: 'default' },
    ],
    ['an empty URL list is kept', [], 'D', { peers: [], source: 'url' }],
  ])('%s', (_label, requested: string[] | null, stored, expected) => {
    expect(resolvePeers({ ...base, requested, stored })).toEqual(expected);
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
