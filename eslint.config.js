// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = new URL('./src/features/', import.meta.url);
const features = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Packages that belong to the UI or the network, never to the pure domain. */
const packagesBannedInDomain = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router/*',
  '@tanstack/*',
  'recharts',
  'recharts/*',
  'msw',
  'msw/*',
  'nhsuk-frontend',
  'nhsuk-frontend/*',
  'html-to-image',
];

const browserGlobalsBannedInDomain = [
  'fetch',
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'XMLHttpRequest',
].map((name) => ({
  name,
  message: 'src/domain is pure: pass data in, return values; network and DOM live elsewhere.',
}));

/** One direction of imports: app -> features -> components/lib/api -> domain. */
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/app', './src/api', './src/features', './src/components', './src/lib'],
    message: 'src/domain imports nothing from other layers.',
  },
  {
    target: './src/api',
    from: ['./src/app', './src/features', './src/components'],
    message: 'src/api serves the UI; it does not import it.',
  },
  {
    target: './src/components',
    from: ['./src/app', './src/api', './src/features'],
    message: 'Components are presentational: props in, JSX out.',
  },
  {
    target: './src/lib',
    from: ['./src/app', './src/api', './src/features', './src/components'],
    message: 'src/lib holds helpers with no UI or network dependencies.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features are composed by src/app, not the other way round.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: share through domain, components or lib.',
  })),
];

/** Fixtures and mocks never reach the app, except main.tsx's dev-only msw start. */
const testingZone = {
  target: './src',
  from: './src/testing',
  message: 'Fixtures and mocks are for tests and the dev-only msw start.',
};
const testAndDevOnlyFiles = ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'src/main.tsx'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      'public',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // The domain is pure TypeScript: no framework, no network, no DOM, no hidden clock or dice.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: packagesBannedInDomain }],
      'no-restricted-globals': ['error', ...browserGlobalsBannedInDomain],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass a clock in.' },
        { object: 'Math', property: 'random', message: 'Pass a seeded random source in.' },
        { object: 'globalThis', property: 'fetch', message: 'Network code lives in src/api.' },
        { object: 'globalThis', property: 'window', message: 'The DOM lives outside src/domain.' },
        {
          object: 'globalThis',
          property: 'document',
          message: 'The DOM lives outside src/domain.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass a clock in instead of reading the current time.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: testAndDevOnlyFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...layerZones, testingZone] }] },
  },
  {
    // Tests, mocks and the dev-only msw start may use fixtures; the layer rules still hold.
    files: testAndDevOnlyFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  prettier,
);
