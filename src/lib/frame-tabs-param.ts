/**
 * Which chart frames show their table instead of their chart, as one URL parameter
 * (`?tables=readiness-map,region-chart`), so a shared link reopens the same tabs.
 */
export const TABLES_PARAM = 'tables';

export type FrameTab = 'chart' | 'table';

export function frameTabFromParam(param: string | null, frameId: string): FrameTab {
  return (param ?? '').split(',').includes(frameId) ? 'table' : 'chart';
}

export function paramsWithFrameTab(
  params: URLSearchParams,
  frameId: string,
  tab: FrameTab,
): URLSearchParams {
  const others = (params.get(TABLES_PARAM) ?? '')
    .split(',')
    .filter((id) => id !== '' && id !== frameId);
  const ids = tab === 'table' ? [...others, frameId] : others;
  if (ids.length === 0) params.delete(TABLES_PARAM);
  else params.set(TABLES_PARAM, ids.join(','));
  return params;
}
