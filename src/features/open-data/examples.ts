/**
 * The ready-to-copy examples of the "Access our data" page, kept as data so the end-to-end test
 * runs exactly what the page shows (e2e/access-our-data.e2e.ts) against the built API files.
 * The base URL is the page's own origin, filled in at render, so an example copied from any
 * deployment (a CDN, a laptop preview) asks that deployment.
 */

export type ExampleLanguage = 'curl' | 'python' | 'r';

export const LANGUAGE_LABELS: Record<ExampleLanguage, string> = {
  curl: 'curl',
  python: 'Python (pandas)',
  r: 'R',
};

/** A system and a standard in the bundled data, so every example has a real file to fetch. */
export const EXAMPLE_SYSTEM = { code: 'E54000008', name: 'Cheshire and Merseyside' } as const;
export const EXAMPLE_STANDARD = { id: 'nhs-number', name: 'NHS Number' } as const;

interface Question {
  id: string;
  question: string;
  /** The API file each example of this question reads. */
  path: string;
  /** What the Python and R examples do with the table once read, in each language. */
  python: (url: string) => string;
  r: (url: string) => string;
}

// The R examples name the encoding because each CSV starts with a byte-order mark (so that
// spreadsheet programs read it as UTF-8), which R on Windows would otherwise keep in the first
// column's name.
const QUESTIONS: readonly Question[] = [
  {
    id: 'latest-readiness',
    question: "Every system's readiness last quarter",
    path: '/api/v1/scores/latest.csv',
    python: (url) =>
      [
        'import pandas as pd',
        '',
        `scores = pd.read_csv("${url}")`,
        'ranked = scores.sort_values("overall", ascending=False)',
        'print(ranked[["period", "shortName", "overall", "rank"]].to_string(index=False))',
      ].join('\n'),
    r: (url) =>
      [
        `scores <- read.csv("${url}", fileEncoding = "UTF-8-BOM")`,
        'scores[order(-scores$overall), c("period", "shortName", "overall", "rank")]',
      ].join('\n'),
  },
  {
    id: 'system-over-time',
    question: `One system's scores over time (${EXAMPLE_SYSTEM.name})`,
    path: `/api/v1/systems/${EXAMPLE_SYSTEM.code}/scores.csv`,
    python: (url) =>
      [
        'import pandas as pd',
        '',
        `scores = pd.read_csv("${url}")`,
        '# One row per period, category and standard; the overall score has level "overall"',
        'overall = scores[scores["level"] == "overall"]',
        'print(overall[["period", "score", "rank", "rankLow", "rankHigh"]].to_string(index=False))',
      ].join('\n'),
    r: (url) =>
      [
        `scores <- read.csv("${url}", fileEncoding = "UTF-8-BOM")`,
        '# One row per period, category and standard; the overall score has level "overall"',
        'scores[scores$level == "overall", c("period", "score", "rank", "rankLow", "rankHigh")]',
      ].join('\n'),
  },
  {
    id: 'standard-adoption',
    question: `One standard's adoption by system (${EXAMPLE_STANDARD.name})`,
    path: `/api/v1/standards/${EXAMPLE_STANDARD.id}/adoption.csv`,
    python: (url) =>
      [
        'import pandas as pd',
        '',
        `adoption = pd.read_csv("${url}")`,
        'latest = adoption[adoption["period"] == adoption["period"].max()]',
        'print(latest[["systemName", "status", "score"]].to_string(index=False))',
      ].join('\n'),
    r: (url) =>
      [
        `adoption <- read.csv("${url}", fileEncoding = "UTF-8-BOM")`,
        'latest <- adoption[adoption$period == max(adoption$period), ]',
        'latest[, c("systemName", "status", "score")]',
      ].join('\n'),
  },
  {
    id: 'product-health',
    question: "The data products' health",
    path: '/api/v1/products.csv',
    python: (url) =>
      [
        'import pandas as pd',
        '',
        `products = pd.read_csv("${url}")`,
        'print(products["state"].value_counts())',
      ].join('\n'),
    r: (url) =>
      [`products <- read.csv("${url}", fileEncoding = "UTF-8-BOM")`, 'table(products$state)'].join(
        '\n',
      ),
  },
];

export interface CodeExample {
  id: string;
  questionId: string;
  question: string;
  language: ExampleLanguage;
  /** The API path the example reads, relative to the site. */
  path: string;
  code: string;
}

/** Every example for every question, with `baseUrl` (an origin, no trailing slash) filled in. */
export function codeExamples(baseUrl: string): CodeExample[] {
  const base = baseUrl.replace(/\/+$/, '');
  return QUESTIONS.flatMap((question) => {
    const url = `${base}${question.path}`;
    const code: Record<ExampleLanguage, string> = {
      curl: `curl -sf "${url}"`,
      python: question.python(url),
      r: question.r(url),
    };
    return (['curl', 'python', 'r'] as const).map((language) => ({
      id: `${question.id}-${language}`,
      questionId: question.id,
      question: question.question,
      language,
      path: question.path,
      code: code[language],
    }));
  });
}
