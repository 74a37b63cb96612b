/**
 * The feed contract's row rules (docs/feed-contract.md, "What happens to a bad feed") as ODCS
 * quality checks, per table, and its references as ODCS relationships. The parser
 * (parse-geography.ts, parse-observations.ts...) is what enforces them; this is how they are told
 * to tools that read ODCS. Uniqueness is an ODCS library metric; the rest are text rules.
 */
export type OdcsQuality = Record<string, unknown>;

type Dimension = 'accuracy' | 'completeness' | 'conformity' | 'consistency' | 'uniqueness';

const text = (id: string, dimension: Dimension, description: string): OdcsQuality => ({
  id,
  type: 'text',
  dimension,
  severity: 'error',
  description,
});

/** Duplicates are rejected and the first valid row is kept, so a published table has none. */
const unique = (id: string, columns: readonly string[]): OdcsQuality => ({
  id,
  type: 'library',
  metric: 'duplicateValues',
  mustBe: 0,
  arguments: { properties: [...columns] },
  dimension: 'uniqueness',
  severity: 'error',
  description: `One row per ${columns.join(' x ')}: a later duplicate is rejected and the first valid row is kept.`,
});

const conforms = (table: string) =>
  text(
    `${table}_conform`,
    'conformity',
    'Each field has the type and range this contract gives and every required field is present; links are http(s) only. A row that breaks a rule is rejected alone, with its JSON path and a reason; the rest of the feed is used, and for every table accepted + rejected = read.',
  );

const inLife = (table: string) =>
  text(
    `${table}_within_system_life`,
    'consistency',
    "The row's quarter falls within its system's life: it starts on or after validFrom and ends on or before validTo.",
  );

const knows = (table: string, what: string) =>
  text(
    `${table}_references`,
    'consistency',
    `${what} must name accepted rows; a row that refers to a missing or rejected row is rejected too.`,
  );

/** Row rules per table, by the names the ODCS schema objects use. */
export const ROW_RULES: Readonly<Record<string, readonly OdcsQuality[]>> = {
  metadata: [
    text(
      'metadata_envelope',
      'conformity',
      'The envelope must be usable: metadata is valid and schemaVersion is 1.x, and geography, regions, systems, categories, standards and periods are lists. Otherwise the whole feed is refused with one fatal error.',
    ),
  ],
  product: [
    text(
      'product_ownership',
      'consistency',
      'A data product publishes rows only for the systems in its domain and granted to it by the catalogue; other rows are rejected with a reason. When two products claim one system, the first in the catalogue owns it.',
    ),
  ],
  regions: [conforms('regions'), unique('regions_unique', ['code'])],
  systems: [
    conforms('systems'),
    unique('systems_unique', ['code']),
    knows('systems', 'regionCode'),
    text('systems_valid_dates', 'consistency', 'validTo is not before validFrom.'),
  ],
  crosswalk: [
    conforms('crosswalk'),
    knows('crosswalk', 'from and every to.code'),
    text(
      'crosswalk_shares',
      'accuracy',
      'The populationShare values of one ended system sum to 1, within 0.001.',
    ),
  ],
  adjacency: [
    conforms('adjacency'),
    knows('adjacency', 'a and b'),
    text('adjacency_distinct', 'consistency', 'a and b are two different systems.'),
  ],
  categories: [conforms('categories'), unique('categories_unique', ['id'])],
  standards: [
    conforms('standards'),
    unique('standards_unique', ['id']),
    knows('standards', 'categoryId'),
  ],
  periods: [
    conforms('periods'),
    unique('periods_unique', ['period']),
    text('periods_ascending', 'consistency', 'Quarters are listed oldest first.'),
  ],
  observations: [
    conforms('observations'),
    unique('observations_unique', ['system', 'standard', 'period']),
    knows('observations', 'system, standard and period'),
    inLife('observations'),
  ],
  technology: [
    conforms('technology'),
    knows('technology', 'system and period'),
    inLife('technology'),
  ],
  measures: [
    conforms('measures'),
    unique('measures_unique', ['id']),
    knows('measures', 'standardId, when given,'),
    text(
      'measures_kind',
      'consistency',
      'A share or a rate has a denominator and a count has none; a share has scale 1.',
    ),
  ],
  measurements: [
    conforms('measurements'),
    unique('measurements_unique', ['system', 'measure', 'period']),
    knows('measurements', 'system and measure'),
    text(
      'measurements_period',
      'conformity',
      "The period is a month (2025-08), a quarter (2025-Q3) or a financial year (2025/26), of the measure's frequency, and falls within its system's life (validFrom to validTo); a period that begins before the geography's earliest validFrom is read on that earliest vintage, for a system that began on it.",
    ),
    text(
      'measurements_denominator',
      'consistency',
      "The denominator is present for a share or a rate and absent for a count; a share's value is at most 1.",
    ),
    text(
      'measurements_value',
      'accuracy',
      'value equals numerator / denominator x scale (the numerator itself for a count) within max(1e-6, 0.0005 x |expected|, min(half a unit in the last written decimal of the value, 0.01 x |expected|)), allowing for published rounding.',
    ),
  ],
};

/** Foreign keys, as ODCS shorthand references (table.field). */
export const REFERENCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  systems: { regionCode: 'regions.code' },
  crosswalk: { from: 'systems.code' },
  adjacency: { a: 'systems.code', b: 'systems.code' },
  standards: { categoryId: 'categories.id' },
  observations: { system: 'systems.code', standard: 'standards.id', period: 'periods.period' },
  technology: { system: 'systems.code', period: 'periods.period' },
  measures: { standardId: 'standards.id' },
  measurements: { system: 'systems.code', measure: 'measures.id' },
};
