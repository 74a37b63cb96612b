import type { LegendEntry } from '../../domain/charts/map-legend-entries';

/**
 * The key to the map: the numbers at each colour step, the hatching and the shapes, in words,
 * each with how many systems it covers. The count sits in its own span so the entry's words stay
 * findable on their own.
 */
export function MapLegend({ title, items }: { title: string; items: readonly LegendEntry[] }) {
  return (
    <div className="app-map-legend">
      <p className="nhsuk-body-s app-map-legend__title">{title}</p>
      <ul className="app-map-legend__list">
        {items.map((item) => (
          <li key={item.label} className="app-map-legend__item">
            <span
              aria-hidden="true"
              className={`app-map-legend__swatch${item.swatch === 'hatch' ? ' app-map-legend__swatch--hatch' : ''}`}
              style={item.swatch === 'hatch' ? undefined : { backgroundColor: item.swatch }}
            >
              {item.shape ?? ''}
            </span>
            {item.label} <span className="app-map-legend__count">({item.count})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
