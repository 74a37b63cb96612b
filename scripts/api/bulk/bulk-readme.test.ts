import { describe, expect, it } from 'vitest';
import { bulkFacts, describeFile } from './bulk-readme';

describe('describeFile', () => {
  it.each([
    ['systems.csv', 'every system: codes, name, region, geography vintage and successors'],
    [
      'systems/QYG/scores.csv',
      "system QYG: every period's readiness, category and standard scores, rank",
    ],
    ['scores/latest.csv', "every system's overall readiness in the latest period"],
    ['scores/2026-Q3.csv', "every system's overall readiness in 2026-Q3"],
    ['standards/fhir-r4/adoption.csv', 'adoption of standard fhir-r4 by system and period'],
    ['regions.csv', 'region and England figures per period'],
    ['measures/dspt.csv', 'measure dspt: values by system and period'],
    ['regions.csv-metadata.json', 'CSV on the Web metadata describing the columns of regions.csv'],
    ['all-data.json', 'every JSON response of the API in one object, keyed by path'],
    ['something/new.csv', 'a table of the API (see index.json)'],
  ])('%s is described as %s', (path, expected) => {
    expect(describeFile(path)).toBe(expected);
  });
});

describe('bulkFacts', () => {
  it.each([
    [
      'text fields',
      { source: 'NHS', licence: 'OGL', generatedFrom: 'feed.json', illustrative: false },
      { source: 'NHS', licence: 'OGL', generatedFrom: 'feed.json', illustrative: false },
    ],
    [
      'object fields',
      {
        source: { publisher: 'NHS' },
        licence: { name: 'OGL', url: 'u' },
        generatedFrom: { generatedAt: '2026-11-01' },
        illustrative: true,
      },
      { source: 'NHS', licence: 'OGL, u', generatedFrom: '2026-11-01', illustrative: true },
    ],
    [
      'no index',
      null,
      {
        source: 'not stated in index.json',
        licence: 'not stated in index.json',
        generatedFrom: 'not stated in index.json',
        illustrative: null,
      },
    ],
    [
      'flag as text is not a flag',
      { illustrative: 'yes' },
      {
        source: 'not stated in index.json',
        licence: 'not stated in index.json',
        generatedFrom: 'not stated in index.json',
        illustrative: null,
      },
    ],
  ])('%s', (_name, index, expected) => {
    expect(bulkFacts(index)).toEqual(expected);
  });
});
