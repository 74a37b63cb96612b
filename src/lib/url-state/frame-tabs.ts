/**
 * Which chart frames show their table instead of their chart, held as one list in the URL
 * (`?tables=readiness-map,region-chart`), so a shared link reopens the same tabs.
 */
export type FrameTab = 'chart' | 'table';

export function frameTabIn(tables: readonly string[], frameId: string): FrameTab {
  return tables.includes(frameId) ? 'table' : 'chart';
}

/** The list with this frame's tab set; other frames keep theirs. */
export function tablesWithFrameTab(
  tables: readonly string[],
  frameId: string,
  tab: FrameTab,
): string[] {
  const others = tables.filter((id) => id !== frameId);
  return tab === 'table' ? [...others, frameId] : others;
}
