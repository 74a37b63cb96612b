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
    id: 'access-our-data',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'Access our data: every file, with examples',
    summary:
      'A new page, Access our data, lists every open data file the dashboard publishes: what each answers, its JSON, CSV, CSV on the Web and JSON Schema links, the bulk downloads, the licence, and the rule that a published address keeps working. It gives copyable examples in curl, Python (pandas) and R for four common questions.',
    page: { path: '/access-our-data', name: 'Access our data' },
  },
  {
    id: 'static-api',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'Open data as files under /api/v1/',
    summary:
      "Everything the dashboard shows is also published as plain files under /api/v1/, written with every build, so no server is needed: every system (ended ones too), each system's scores in every quarter with its rank and rank interval, each quarter's scores, the standards and each standard's adoption, the regions, the data products' health and the measures of use. Each is JSON and CSV with a JSON Schema, and the figures are worked out by the same code as the pages. A system that ended keeps its address and names the systems that took it over. /api/v1/index.json lists every file.",
    page: { path: '/access-our-data', name: 'Access our data' },
  },
  {
    id: 'csv-on-the-web',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'CSV on the Web descriptions for every open data CSV',
    summary:
      'Each CSV file under /api/v1/ has a CSV on the Web (CSVW) metadata file beside it, ending .csv-metadata.json, which names each column, its type (number, text or date), which columns always have a value and which columns identify a row, so tools that read CSVW load numbers as numbers and dates as dates.',
    page: { path: '/access-our-data', name: 'Access our data' },
  },
  {
    id: 'bulk-downloads',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'Download all the data at once',
    summary:
      'The Data page has a Download all data section: one ZIP file of every open data CSV, each with its CSV on the Web description and a README giving the source, licence and what each file holds, and all-data.json, every JSON file in one. Both are built from the published data, so they never hold a feed you loaded yourself.',
    page: { path: '/data', name: 'Data' },
  },
  {
    id: 'xlsx-downloads',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'Excel (XLSX) downloads with a title sheet',
    summary:
      "Every table's CSV download now has an XLSX download beside it, each chart and map's Download panel offers XLSX, and the Data page adds all scores as XLSX. Each workbook opens on a title sheet giving the title, source, date of the data, whether it is illustrative, the licence and how many rows it has; numbers are stored as numbers, and text from a feed is always stored as text, never as a formula.",
  },
  {
    id: 'embed-this-chart',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'Embed this chart on another site',
    summary:
      "The national map, a system's readiness over time, a standard's adoption over time and the Digital divides spread chart each offer Embed this chart: a snippet of HTML to paste into another web page, showing the chart in the same view (quarter, weights, measure) with its summary, table, source, licence and the date of the data, and a link back to the full page here.",
    page: { path: '/', name: 'the national map' },
  },
  {
    id: 'measured-use-by-month',
    date: '2026-12-06',
    category: 'new-feature',
    title: "Measured use month by month on each system's profile",
    summary:
      "The Measured use section of a system's profile draws each measure over time as a chart, with England's line beside the system's, a sentence in words and a table. For a system created on 1 April 2026, the months before it began are estimated from the systems it took over, through the published crosswalk, weighting by population; those months are drawn dotted and marked 'estimated from predecessors (crosswalk)'. Where a predecessor has no value, the estimate says it cannot be judged. The national map says how many systems have a value of their own in a month on the old geography and how many can only be estimated.",
    page: { path: '/systems', name: 'Systems' },
  },
  {
    id: 'offline-last-good-data',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'Works offline with the last data that loaded',
    summary:
      'After a first visit, the dashboard keeps working without a network. It saves the last data that loaded and passed its contract on your device; if the data cannot be fetched later, pages show that saved copy with a banner giving the date it was saved and what failed, and a Retry button. If nothing has been saved yet, the error page says so.',
  },
  {
    id: 'include-measured-use',
    date: '2026-12-06',
    category: 'method-change',
    title: 'Scores can include measured use (off unless you turn it on)',
    summary:
      "The weights panel has an Include measured use option, offered when a measure of use is linked to a standard. It is off by default, and then every score is exactly as before. When it is on, each linked standard's score is half what the system reported and half its measured use on a 0 to 100 scale; a standard a system did not report stays unreported. The banner and the Methodology page say when it is on, and it travels in links.",
    page: { path: '/methodology', name: 'Methodology' },
  },
  {
    id: 'say-and-do',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'Measured use on the map and profiles, and a Say and do page',
    summary:
      "Measures of use from published statistics now show on the pages. The national map can show a measure month by month, on the geography in force in that month. Each system's profile has a Measured use section with its latest value, rank and source. A new Say and do page plots what each system reports for a standard against its measured use, with a fitted line, the systems furthest from it named, a table, and who is left out and why.",
    page: { path: '/say-and-do', name: 'Say and do' },
  },
  {
    id: 'sample-measured-use-product',
    date: '2026-12-06',
    category: 'data-update',
    title: 'The sample mesh has an illustrative measure of use',
    summary:
      'The bundled sample data mesh now has a 50th data product: NHS App users per 1,000 people for each system, month by month from October 2025 to September 2026. Like the rest of the sample it is illustrative, generated from a seed, not published figures. The single-file sample at /data/feed.json does not carry it.',
    page: { path: '/data/products', name: 'Data products' },
  },
  {
    id: 'freshness-by-frequency',
    date: '2026-12-06',
    category: 'method-change',
    title: 'Data products are judged on time by their own reporting period',
    summary:
      "A data product is now judged on time, late or missed by the reporting period it promises: months for a monthly product, financial years for an annual one, and quarters as before. Before, every product was judged by quarters, so the monthly sample product showed as missed; it is now on time. A publisher's rounding is also accepted when a measure's value is checked against its numerator and denominator (0.667 for two thirds), while a truncated or tenfold value is still refused.",
    page: { path: '/data/products', name: 'Data products' },
  },
  {
    id: 'mesh-drawn-as-it-arrives',
    date: '2026-12-06',
    category: 'new-feature',
    title: 'The national picture appears while the data products arrive',
    summary:
      "The national page is drawn as soon as the first data products have loaded and updates as the rest arrive, saying 'Loading data: N of M data products loaded'; a system whose product has not arrived says so, never No data or zero. Regional figures, Compare and Digital divides now say which data products their figures rest on, and why a system has no data. Pages no longer jump as data and notices appear, and very large feeds load without freezing the page.",
    page: { path: '/', name: 'the national picture' },
  },
  {
    id: 'cross-border-score-no-data',
    date: '2026-12-06',
    category: 'method-change',
    title: 'No cross-border score where one side has no data',
    summary:
      'On Digital divides, a border where one of the two systems reported nothing in the quarter no longer has a cross-border score. Before, it scored 0, as if nothing were live on that side; the border table and its CSV now give the reason instead.',
    page: { path: '/divides', name: 'Digital divides' },
  },
  {
    id: 'pomi-counted-once',
    date: '2026-12-06',
    category: 'method-change',
    title: 'Imported GP online services figures count each practice once',
    summary:
      'When two POMI files hold the same practice and month, the importer now counts it once, taking the later edition, and reports each figure that changed as a revision. Before, both rows were added into the ICB total. Older files, including those that use the 2020 STP codes, are now placed on the earliest ICB geography, and the import report says how each row was matched.',
  },
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
