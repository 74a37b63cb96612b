/**
 * `npm run bench`: how long a feed takes to ingest, on the bundled feed and on a generated large
 * one (about a million observations). Prints a table and ratio lines, or the figures as JSON with
 * --json, and the data mesh against the single feed (--no-browser skips the page loads). Exits 0
 * even when a goal is missed: it measures, it does not judge. See README "Speed".
 */
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchFeed } from './bench-feed';
import { VIEW_GOAL_MS, benchViews } from './bench-views';
import type { ViewMedians } from './bench-views';
import { LARGE_SCALE, ensureLargeFeed } from './large-feed';
import { meshGoals, meshLines } from './mesh-bench-report';
import { findings, formatReport } from './report';
import { benchMesh } from './run-mesh-bench';
import type { BenchFeed } from './report';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);

function machine() {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      browser: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const largePath = ensureLargeFeed(root, log);
  const plans = [
    {
      role: 'bundled',
      name: 'bundled feed',
      path: `${root}public/data/feed.json`,
      runs: 15,
      warmUp: 20,
    },
    {
      role: 'large',
      name: `large feed (scale ${LARGE_SCALE})`,
      path: largePath,
      runs: 5,
      warmUp: 1,
    },
  ] as const;
  const feeds: BenchFeed[] = plans.map(({ role, ...plan }) => {
    log(`Measuring the ${plan.name}: ${plan.warmUp} warm-up + ${plan.runs} runs ...`);
    return { role, figures: benchFeed(plan) };
  });
  log('Measuring what one interaction costs on the bundled feed: 10 warm-up + 15 runs ...');
  const views = benchViews(plans[0].path);
  const mesh = await benchMesh(root, log, values.browser);
  const about = machine();
  if (values.json) {
    const goals = feeds.flatMap(findings).filter((finding) => finding.goal);
    const meshReport = { ...mesh, goals: meshGoals(mesh) };
    console.log(JSON.stringify({ machine: about, feeds, views, goals, mesh: meshReport }, null, 2));
    return 0;
  }
  const header = `Ingest benchmark: Node ${about.node}, ${about.platform}, ${about.cores} cores (${about.cpu}), ${about.memoryGb} GB. Median of the runs after warm-up.`;
  console.log(formatReport(header, feeds));
  console.log(['', ...viewLines(views)].join('\n'));
  console.log(['', ...meshLines(mesh)].join('\n'));
  // A minute or more of its own in a browser, so it is a separate command.
  console.log(
    '\nThe big-feed page load (longest main-thread task, time to the map): npm run bench:big',
  );
  return 0;
}

const VIEW_NAMES: Record<keyof ViewMedians, string> = {
  dividesAnalysisMs: 'divides analysis (one quarter and measure)',
  borderScoresMs: 'cross-border scores (85 borders)',
  profileModelMs: 'system profile model (one system)',
  peerGroupsAllMs: 'peer groups of every system',
};

function viewLines(views: ViewMedians): string[] {
  return [
    `Per interaction on the bundled feed (goal < ${VIEW_GOAL_MS} ms each):`,
    ...(Object.keys(VIEW_NAMES) as (keyof ViewMedians)[]).map(
      (key) =>
        `  ${VIEW_NAMES[key]}: ${views[key].toFixed(2)} ms${views[key] < VIEW_GOAL_MS ? '' : ' MISSED'}`,
    ),
  ];
}

process.exitCode = await main();
