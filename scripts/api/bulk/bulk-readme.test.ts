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

const NONE = 'not stated in index.json';

describe('bulkFacts', () => {
  it.each([
    [
      'text fields at the top',
      {
        source: 'NHS',
        generatedAt: '2026-11-01',
        licence: 'OGL',
        generatedFrom: 'f.json',
        illustrative: false,
      },
      {
        source: 'NHS',
        dataDate: '2026-11-01',
        licence: 'OGL',
        generatedFrom: 'f.json',
        illustrative: false,
      },
    ],
    [
      'objects under meta (the API index)',
      {
        meta: {
          source: { title: 'Readiness', publisher: 'NHS', generatedAt: '2026-10-15T09:00:00Z' },
          licence: { name: 'OGL', url: 'u' },
          illustrative: true,
          generatedFrom: 'data/mesh/catalogue.json',
        },
        endpoints: [],
      },
      {
        source: 'NHS, Readiness',
        dataDate: '2026-10-15T09:00:00Z',
        licence: 'OGL, u',
        generatedFrom: 'data/mesh/catalogue.json',
        illustrative: true,
      },
    ],
    [
      'no index',
      null,
      { source: NONE, dataDate: NONE, licence: NONE, generatedFrom: NONE, illustrative: null },
    ],
    [
      'a flag as text is not a flag',
      { illustrative: 'yes' },
      { source: NONE, dataDate: NONE, licence: NONE, generatedFrom: NONE, illustrative: null },
    ],
  ])('%s', (_name, index, expected) => {
    expect(bulkFacts(index)).toEqual(expected);
  });
});
