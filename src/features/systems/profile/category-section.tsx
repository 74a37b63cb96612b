import { categoryChartInput } from '../category-chart-input';
import { CategoryComparisonChart } from '../../../components/charts/category-comparison-chart';
import { ChartFrame } from '../../../components/frame/chart-frame';
import { frameTable } from '../../../components/frame/frame-table';
import type { DataColumn } from '../../../components/table/data-table';
import { scoreColumn, textColumn } from '../../../components/table/value-columns';
import { ComparisonLabel } from '../../../components/ui/comparison-label';
import type { ExportSource } from '../../../lib/export-source';
import type { CategoryRow } from '../../../domain/profile/category-rows';
import type { ProfileModel } from '../../../domain/profile/profile-model';
import { formatQuarter } from '../../../domain/periods/quarter';
import { fileSlug } from '../../../lib/file-name';

function columns(
  systemName: string,
  regionName: string,
  national: string,
): DataColumn<CategoryRow>[] {
  return [
    textColumn('category', 'Category', (row) => row.name, { rowHeader: true }),
    scoreColumn('system', systemName, (row) => row.value),
    scoreColumn('england', national, (row) => row.england),
    scoreColumn('region', regionName, (row) => row.region),
    scoreColumn('peers', 'Peer median', (row) => row.peerMedian),
    {
      key: 'vs-peers',
      header: 'Compared with peers',
      cell: (row) => <ComparisonLabel comparison={row.vsPeers} />,
      csv: (row) => row.vsPeers ?? '',
    },
  ];
}

function summaryOf(model: ProfileModel): string {
  const name = model.system.shortName;
  const rows = model.categoryRows.filter((row) => row.vsPeers !== null);
  if (rows.length === 0)
    return `${name}'s score in each category against ${model.place.nationalInText} and its region.`;
  const names = (kind: 'lower' | 'higher') =>
    rows.filter((row) => row.vsPeers === kind).map((row) => row.name);
  const [lower, higher] = [names('lower'), names('higher')];
  if (lower.length === 0 && higher.length === 0) {
    return `${name} is within 5 points of its peer median in all ${rows.length} categories.`;
  }
  const part = (list: string[], word: string) =>
    list.length === 0 ? `${word} in none` : `${word} in ${list.length} (${list.join(', ')})`;
  return `Against its peer median, ${name} is ${part(lower, 'lower')} and ${part(higher, 'higher')} of ${rows.length} categories; the rest are within 5 points.`;
}

/** Each category: the system against England, its region and its peer median. */
export function CategorySection({ model, source }: { model: ProfileModel; source: ExportSource }) {
  const cols = columns(model.system.shortName, model.regionName, model.place.national);
  const period = model.period ?? model.requestedPeriod;
  return (
    <ChartFrame
      id="profile-categories"
      title="Readiness by category"
      summary={summaryOf(model)}
      subtitle={`Category scores (0 to 100), ${formatQuarter(period)}`}
      fileName={fileSlug('categories', model.system.shortName, period)}
      source={source}
      {...frameTable({
        caption: `${model.system.shortName}: category scores against ${model.place.nationalInText}, region and peers`,
        columns: cols,
        rows: model.categoryRows,
        rowKey: (row) => row.id,
      })}
      about={
        <>
          <p>
            A category score is the weighted average of the scores of its standards that the system
            reported. The national figure and the region are population-weighted averages of the
            systems' category scores; the peer median is the middle value of the peers' scores.
          </p>
          <p>Higher or lower means more than 5 points apart.</p>
        </>
      }
    >
      <CategoryComparisonChart {...categoryChartInput(model)} />
    </ChartFrame>
  );
}
