import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves the architecture rules in eslint.config.js bite: each probe is linted as if it were a
 * file at `filePath`, with the project's real configuration.
 */
const PROBES = [
  {
    name: 'the domain importing React',
    filePath: 'src/domain/probe-react.ts',
    code: "import { useState } from 'react';\nexport const probe = useState;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'the domain importing react-query',
    filePath: 'src/domain/probe-query.ts',
    code: "import { QueryClient } from '@tanstack/react-query';\nexport const probe = QueryClient;\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'the domain calling fetch',
    filePath: 'src/domain/probe-fetch.ts',
    code: "export const probe = () => fetch('/data/feed.json');\n",
    rule: 'no-restricted-globals',
  },
  {
    name: 'the domain touching the DOM',
    filePath: 'src/domain/probe-dom.ts',
    code: 'export const probe = () => document.title + String(localStorage.length);\n',
    rule: 'no-restricted-globals',
  },
  {
    name: 'the domain reading the clock',
    filePath: 'src/domain/probe-clock.ts',
    code: 'export const probe = () => Date.now() + Math.random();\n',
    rule: 'no-restricted-properties',
  },
  {
    name: 'the domain importing the API layer',
    filePath: 'src/domain/probe-layer.ts',
    code: "import { queryKeys } from '../api/query-keys';\nexport const probe = queryKeys;\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'one feature importing another',
    filePath: 'src/features/systems/probe-feature.ts',
    code: "import { NationalPage } from '../national/national-page';\nexport const probe = NationalPage;\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'a presentational component importing the API layer',
    filePath: 'src/components/ui/probe-component.ts',
    code: "import { useFeed } from '../../api/feed-query';\nexport const probe = useFeed;\n",
    rule: 'import-x/no-restricted-paths',
  },
  {
    name: 'app code importing test fixtures',
    filePath: 'src/features/data/probe-fixture.ts',
    code: "import { minimalFeed } from '../../testing/fixtures/feeds/minimal-feed';\nexport const probe = minimalFeed;\n",
    rule: 'import-x/no-restricted-paths',
  },
];

let eslint: ESLint;
beforeAll(() => {
  // The probes exist only in memory, so the type-aware parser is told to accept them as loose
  // files; every rule comes from the project's own eslint.config.js.
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: {
      languageOptions: {
        parserOptions: {
          projectService: {
            allowDefaultProject: [
              'src/domain/probe-*.ts',
              'src/features/*/probe-*.ts',
              'src/components/ui/probe-*.ts',
            ],
            maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
          },
        },
      },
    },
  });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath });
  return results.flatMap((result) => result.messages.map((message) => message.ruleId ?? 'fatal'));
}

describe('layer boundaries', () => {
  it.each(PROBES)(
    '$name fails lint with $rule',
    async ({ code, filePath, rule }) => {
      expect(await ruleIds(code, filePath)).toContain(rule);
    },
    60_000,
  );

  it('pure domain code passes', async () => {
    const code = 'export const double = (values: number[]) => values.map((value) => value * 2);\n';
    expect(await ruleIds(code, 'src/domain/probe-pure.ts')).toEqual([]);
  }, 60_000);
});
