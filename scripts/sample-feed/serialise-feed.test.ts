import { describe, expect, it } from 'vitest';
import { minimalFeed } from '../../src/testing/fixtures/feeds/minimal-feed';
import { feedToJson, serialiseFeed } from './serialise-feed';

describe('serialiseFeed', () => {
  it('round-trips through JSON.parse', () => {
    expect(JSON.parse(feedToJson(minimalFeed))).toEqual(minimalFeed);
  });

  it('puts each array item on one line of its own', () => {
    const lines = feedToJson(minimalFeed).split('\n');
    const observationLines = lines.filter((line) => line.includes('"standard":'));
    expect(observationLines).toHaveLength(minimalFeed.observations.length);
    expect(lines).toContain(
      '    {"system":"S1","standard":"nhs-number","period":"2025-Q4","status":"live"},',
    );
  });

  it.each([
    ['empty array', { a: [] }, '{\n  "a": []\n}\n'],
    ['empty object', { a: {} }, '{\n  "a": {}\n}\n'],
    ['undefined dropped', { a: 1, b: undefined }, '{\n  "a": 1\n}\n'],
    ['nested object', { a: { b: 'x' } }, '{\n  "a": {\n    "b": "x"\n  }\n}\n'],
  ])('%s', (_name, value, expected) => {
    expect([...serialiseFeed(value)].join('')).toBe(expected);
    expect(JSON.parse(expected)).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
