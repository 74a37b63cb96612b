import type { WhatsNewEntry } from '../../domain/whats-new/whats-new-schema';
import { DATA_ISSUE_ENTRIES } from './data-issue-entries';

/**
 * The dated log of what changed, newest first, written from the project's own history: each date
 * is the day the change was committed. The page, the Atom feed (/whats-new.atom, written at build
 * time) and the data-issue notices all read this one list; whats-new-entries.test.ts validates it
 * against WhatsNewSchema. Add an entry when a change lands; never change an id once published.
 */
const OTHER_ENTRIES: WhatsNewEntry[] = [
  {
    id: 'whats-new-and-site-search',
    date: '2026-12-06',
    category: 'new-feature',
    title: "What's new, its Atom feed, and search in the header",
    summary:
      "This page lists what changed and when, and the same entries are published as an Atom feed at /whats-new.atom. A search box in every page's header finds systems by name, short name, ONS or ODS code or the name of an ICB that was merged into them, and finds standards and pages.",
  },
  {
    id: 'importers-and-contract-1-2',
    date: '2026-12-05',
    category: 'data-update',
    title: 'Contract 1.2: measures of use, and importers for published statistics',
    summary:
      "Feeds and data products may now carry measures (a share, rate or count) and their measurements by month, quarter or financial year, checked under the same row rules as adoption. npm run import reads the publishers' own NHS App management information, POMI and DSPT files into source-aligned data products with their lineage. The pages do not show measures yet.",
  },
  {
    id: 'lighter-first-view',
    date: '2026-12-05',
    category: 'new-feature',
    title: 'Pages load less before they first show',
    summary:
      'Charts, the geographic map and image export now load when first needed, so the first view of most pages carries about a third less JavaScript. npm start serves the build with compressed copies, as a static host would, and every build fails if a page grows past its size budget.',
  },
  {
    id: 'data-mesh-default',
    date: '2026-12-05',
    category: 'new-feature',
    title: "Each system's data is its own data product",
    summary:
      'The dashboard now loads a data mesh: a catalogue of data products, one per ICB, each checked on its own under the published contract. A product that fails is isolated: its system shows "No data", never a zero, and the rest load. The Data products page shows each product\'s state, freshness and quality checks, and the national page says how many products its figures are based on.',
  },
  {
    id: 'change-over-year-by-label',
    date: '2026-12-05',
    category: 'method-change',
    title: 'Change over the year compares the same quarter a year earlier',
    summary:
      'The map, the national spread, the Systems list, the standards and the trends now all compare a quarter with the same quarter a year earlier, found by its label. Before, some views counted four quarters back, which gave a different answer when a quarter was missing from the feed. Where the quarter a year earlier is missing, no change is shown.',
  },
  {
    id: 'one-rounding-rule',
    date: '2026-12-05',
    category: 'method-change',
    title: 'One rounding rule for every number',
    summary:
      'Every screen, tooltip, summary sentence and CSV now rounds the same way: half away from zero on the decimal value meant, so 27.65 shows as 27.7 everywhere. Before, a few places could differ by one in the last digit.',
  },
  {
    id: 'fixed-map-colour-classes',
    date: '2026-12-05',
    category: 'method-change',
    title: 'Maps use the same ten colour classes every quarter',
    summary:
      'Map colours are fixed classes of 10 points (0 to under 10, up to 90 to 100), chosen by the number shown on the map, so a colour means the same score in every quarter and every view. The legend keeps every class and counts the systems in each.',
  },
  {
    id: 'feed-faults-and-staleness',
    date: '2026-12-05',
    category: 'new-feature',
    title: 'Loading problems and stale data are named on every page',
    summary:
      'A feed that cannot be fetched or read now says what went wrong and whether trying again might help; temporary faults are retried and the reader can stop the wait. Every page says when the data is stale, dated in the future, or newer than the dashboard can read.',
  },
  {
    id: 'place-words-from-feed',
    date: '2026-12-05',
    category: 'new-feature',
    title: 'Place names come from the data',
    summary:
      'The words for the nation, its regions and the population and deprivation sources now come from the feed, so the same dashboard can show another nation\'s data without saying "England". Where there is too little data to judge a divide, the Divides page says "cannot be judged" and why.',
  },
  {
    id: 'exports-and-board-report',
    date: '2026-11-25',
    category: 'new-feature',
    title: 'Downloads, links to a view, and a one-page board report',
    summary:
      'Every chart and map downloads as PNG, SVG and CSV, and every table as CSV. Copy link reopens the same view, and each system has a one-page board report for printing.',
  },
  {
    id: 'systems-compare-divides',
    date: '2026-11-25',
    category: 'new-feature',
    title: 'System profiles, Compare and Digital divides',
    summary:
      'Each system has a profile with its peer group, chosen by a documented distance on population, density and deprivation. Compare sets two to eight systems side by side. Digital divides shows the spread between systems over time, which divides are widening, and which systems are falling behind.',
  },
  {
    id: 'scoring-method',
    date: '2026-11-25',
    category: 'method-change',
    title: 'The readiness scoring method is published',
    summary:
      'Standard, category and overall readiness scores, with completeness, rank intervals and trends, are computed by a published method. The Methodology page works through an example, and the weights can be changed to see what-if scores.',
  },
  {
    id: 'reference-data-and-sample-feed',
    date: '2026-11-25',
    category: 'data-update',
    title: 'Reference data and an illustrative sample feed',
    summary:
      'The 42 ICBs of April 2023 and the 7 created on 1 April 2026, with their codes, names, regions, populations and deprivation, the 37 national standards, and the crosswalk from ended to new ICBs come from published sources. Every adoption figure is illustrative: a seeded sample, not real returns.',
  },
  {
    id: 'dashboard-opens',
    date: '2026-11-25',
    category: 'new-feature',
    title: 'The dashboard opens with the national picture',
    summary:
      'A keyboard-operable hex map of every ICS with period and measure controls, a national summary and a regional chart, a Standards list with a page for each standard, and a Data page that checks the feed against its published contract.',
  },
];

/** The whole log, newest first (a stable sort keeps the written order within a day). */
export const WHATS_NEW_ENTRIES: WhatsNewEntry[] = [...DATA_ISSUE_ENTRIES, ...OTHER_ENTRIES].sort(
  (a, b) => b.date.localeCompare(a.date),
);
