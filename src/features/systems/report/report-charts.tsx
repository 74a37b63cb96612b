import { categoryChartInput } from '../category-chart-input';
import { CategoryComparisonChart } from '../../../components/charts/category-comparison-chart';
import { TrendChart } from '../../../components/charts/trend-chart';
import type { ProfileModel } from '../../../domain/profile/profile-model';

/**
 * The category chart and the trend, side by side on paper. The full profile has each with its
 * table; here the figures that matter are in the headline and the sentences beside them.
 */
export function ReportCharts({ model }: { model: ProfileModel }) {
  const name = model.system.shortName;
  return (
    <div className="app-board-report__charts">
      <section aria-labelledby="report-categories">
        <h2 className="nhsuk-heading-s" id="report-categories">
          Readiness by category
        </h2>
        <p className="nhsuk-body-s app-u-visually-hidden-print">
          {name} against {model.place.nationalInText}, {model.regionName} and its peer median in
          each category; the full profile has the numbers as a table.
        </p>
        <CategoryComparisonChart {...categoryChartInput(model)} />
      </section>
      <section aria-labelledby="report-trend">
        <h2 className="nhsuk-heading-s" id="report-trend">
          Readiness over time
        </h2>
        <TrendChart
          series={model.trend.series.map((series) => ({
            key: series.key,
            label: series.label,
            points: series.points,
            emphasis: series.key === 'system',
          }))}
          marker={model.trend.marker ?? undefined}
        />
      </section>
    </div>
  );
}
