import { describe, expect, it } from 'vitest';
import { codeExamples } from './examples';

describe('codeExamples', () => {
  const examples = codeExamples('https://dash.example.org/');

  it('gives curl, Python and R for each of the four questions, each with its own id', () => {
    expect(examples).toHaveLength(12);
    expect(new Set(examples.map((example) => example.id)).size).toBe(12);
    expect(examples.map((example) => example.language)).toEqual(
      Array.from({ length: 4 }, () => ['curl', 'python', 'r']).flat(),
    );
  });

  it.each([
    ['latest-readiness-curl', 'curl -sf "https://dash.example.org/api/v1/scores/latest.csv"'],
    [
      'system-over-time-python',
      'scores = pd.read_csv("https://dash.example.org/api/v1/systems/E54000008/scores.csv")',
    ],
    [
      'standard-adoption-r',
      'adoption <- read.csv("https://dash.example.org/api/v1/standards/nhs-number/adoption.csv", fileEncoding = "UTF-8-BOM")',
    ],
    ['product-health-curl', 'curl -sf "https://dash.example.org/api/v1/products.csv"'],
  ])('%s reads its file from the given origin, without a doubled slash', (id, line) => {
    const example = examples.find((candidate) => candidate.id === id);
    expect(example?.code.split('\n')).toContain(line);
  });

  it('puts the path it reads into its code', () => {
    for (const example of examples) {
      expect(example.code).toContain(`https://dash.example.org${example.path}`);
    }
  });
});
