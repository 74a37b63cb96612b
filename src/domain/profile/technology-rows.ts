/**
 * The products a system uses for each technology component, and how common each is: how many of
 * the period's systems report the same product for the same component.
 */
import type { Feed, TechnologyComponent } from '../feed/feed-schema';
import { systemsInPeriod } from '../geography/system-validity';

export const COMPONENT_NAMES: Record<TechnologyComponent, string> = {
  'shared-care-record': 'Shared care record',
  'acute-epr': 'Acute electronic patient record',
  'gp-system': 'GP system',
  'integration-engine': 'Integration engine',
};

const COMPONENT_ORDER = Object.keys(COMPONENT_NAMES) as TechnologyComponent[];

export interface TechnologyRow {
  component: TechnologyComponent;
  componentName: string;
  product: string;
  supplier: string;
  /** Systems of the period reporting this product for this component, this one included. */
  systemsUsing: number;
  /** Systems of the period reporting any product for this component. */
  systemsReporting: number;
}

/** One row per product in use, in component order, then by how common, then by name. */
export function technologyRows(
  feed: Pick<Feed, 'technology' | 'geography'>,
  code: string,
  period: string,
): TechnologyRow[] {
  const valid = new Set(systemsInPeriod(feed.geography.systems, period).map((s) => s.code));
  const users = new Map<string, Set<string>>();
  const reporting = new Map<string, Set<string>>();
  const own = new Map<
    string,
    { component: TechnologyComponent; product: string; supplier: string }
  >();
  for (const row of feed.technology) {
    if (row.period !== period || !valid.has(row.system)) continue;
    const key = `${row.component}|${row.product}`;
    users.set(key, (users.get(key) ?? new Set()).add(row.system));
    reporting.set(row.component, (reporting.get(row.component) ?? new Set()).add(row.system));
    if (row.system === code) own.set(key, row);
  }
  const rows = [...own].map(([key, row]) => ({
    component: row.component,
    componentName: COMPONENT_NAMES[row.component],
    product: row.product,
    supplier: row.supplier,
    systemsUsing: users.get(key)?.size ?? 0,
    systemsReporting: reporting.get(row.component)?.size ?? 0,
  }));
  return rows.sort(
    (a, b) =>
      COMPONENT_ORDER.indexOf(a.component) - COMPONENT_ORDER.indexOf(b.component) ||
      b.systemsUsing - a.systemsUsing ||
      (a.product < b.product ? -1 : a.product > b.product ? 1 : 0),
  );
}
