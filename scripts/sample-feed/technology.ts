/**
 * Which (fictional, see technology-catalogue.ts) products each system runs, per quarter. The
 * shared care record platform follows the hand-made plan; acute EPRs (1-3), GP systems (1-2) and
 * the integration engine are drawn from the seed and mostly stable, with a few replacements.
 */
import type { Technology, TechnologyComponent } from '../../src/domain/feed/feed-schema';
import type { Predecessor } from './geography';
import { random } from './prng';
import {
  ACUTE_EPRS,
  GP_SYSTEMS,
  INTEGRATION_ENGINES,
  SHARED_CARE_RECORD_PLAN,
  SHARED_CARE_RECORD_PLATFORMS,
  SHARED_CARE_RECORD_SWITCHES,
  type Product,
} from './technology-catalogue';

interface Stack {
  sharedCareRecord: Product;
  acuteEprs: Product[];
  gpSystems: Product[];
  integrationEngine: Product;
}

function shuffled<T>(items: readonly T[], seed: string, ...keys: string[]): T[] {
  const rnd = random(seed, 'shuffle', ...keys);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = rnd.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function platformAt(system: string, period: string): Product {
  const base = SHARED_CARE_RECORD_PLAN[system];
  if (!base) throw new Error(`no shared care record plan for ${system}`);
  const switched = SHARED_CARE_RECORD_SWITCHES.filter(
    (s) => s.system === system && period >= s.fromPeriod,
  ).at(-1);
  return SHARED_CARE_RECORD_PLATFORMS[switched?.to ?? base];
}

/** A 2023 system's stack in one quarter; `t` is the quarter's index in the sample. */
export function stackOf(system: string, period: string, t: number, seed: string): Stack {
  const rnd = random(seed, 'stack', system);
  const eprCount = rnd.next() < 0.35 ? 1 : rnd.next() < 0.7 ? 2 : 3;
  const eprs = shuffled(ACUTE_EPRS, seed, 'epr', system);
  const eprSwitchAt = rnd.chance(0.2) ? rnd.int(2, 8) : Infinity;
  const acuteEprs = eprs.slice(0, eprCount);
  const replacement = eprs[eprCount];
  if (t >= eprSwitchAt && replacement) acuteEprs[0] = replacement;
  const gps = shuffled(GP_SYSTEMS, seed, 'gp', system).slice(0, rnd.chance(0.75) ? 2 : 1);
  const engines = shuffled(INTEGRATION_ENGINES, seed, 'engine', system);
  const engineSwitchAt = rnd.chance(0.1) ? rnd.int(2, 8) : Infinity;
  const integrationEngine = (t >= engineSwitchAt ? engines[1] : engines[0]) as Product;
  return {
    sharedCareRecord: platformAt(system, period),
    acuteEprs,
    gpSystems: gps,
    integrationEngine,
  };
}

/** Products ranked by the residents each predecessor brings, most first, without repeats. */
function rankByPeople(entries: { product: Product; people: number }[]): Product[] {
  const people = new Map<string, { product: Product; people: number }>();
  for (const entry of entries) {
    const seen = people.get(entry.product.product);
    people.set(entry.product.product, {
      product: entry.product,
      people: (seen?.people ?? 0) + entry.people,
    });
  }
  return [...people.values()].sort((a, b) => b.people - a.people).map((e) => e.product);
}

/** A new system keeps its predecessors' products; one platform or engine: the majority's. */
export function inheritedStack(
  parts: Predecessor[],
  period: string,
  t: number,
  seed: string,
): Stack {
  const stacks = parts.map((p) => ({
    people: p.populationMoved,
    stack: stackOf(p.code, period, t, seed),
  }));
  const ranked = (pick: (s: Stack) => Product[]) =>
    rankByPeople(
      stacks.flatMap(({ people, stack }) => pick(stack).map((product) => ({ product, people }))),
    );
  const [sharedCareRecord] = ranked((s) => [s.sharedCareRecord]);
  const [integrationEngine] = ranked((s) => [s.integrationEngine]);
  if (!sharedCareRecord || !integrationEngine) throw new Error('a new system needs predecessors');
  return {
    sharedCareRecord,
    acuteEprs: ranked((s) => s.acuteEprs).slice(0, 3),
    gpSystems: ranked((s) => s.gpSystems).slice(0, 2),
    integrationEngine,
  };
}

export function technologyRows(system: string, period: string, stack: Stack): Technology[] {
  const row = (component: TechnologyComponent, p: Product): Technology => ({
    system,
    period,
    component,
    product: p.product,
    supplier: p.supplier,
  });
  return [
    row('shared-care-record', stack.sharedCareRecord),
    ...stack.acuteEprs.map((p) => row('acute-epr', p)),
    ...stack.gpSystems.map((p) => row('gp-system', p)),
    row('integration-engine', stack.integrationEngine),
  ];
}
