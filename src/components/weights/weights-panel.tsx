import type { Weights } from '../../domain/scoring/weights';
import { MeasuredUseToggle } from './measured-use-toggle';
import type { LinkedMeasure } from './measured-use-toggle';
import { WeightInput } from './weight-input';

interface Named {
  id: string;
  name: string;
}

/**
 * What-if weights: one box per category, and under each category its standards, each of which can
 * be reweighted or switched off. Changes go straight to `onChange`; nothing is saved elsewhere.
 */
export function WeightsPanel({
  categories,
  standards,
  weights,
  published,
  onChange,
  linkedMeasures = [],
}: {
  categories: readonly Named[];
  standards: readonly (Named & { categoryId: string })[];
  weights: Weights;
  published: Weights;
  onChange: (next: Weights) => void;
  /** Measures linked to a standard, for the "include measured use" toggle. */
  linkedMeasures?: readonly LinkedMeasure[];
}) {
  const setCategory = (id: string, value: number) =>
    onChange({ ...weights, categories: { ...weights.categories, [id]: value } });
  const setStandard = (id: string, value: number) =>
    onChange({ ...weights, standards: { ...weights.standards, [id]: value } });
  const setMeasuredUse = (on: boolean) => {
    // Off removes the key, so the weights are exactly the ones scored before the toggle existed.
    const rest = { categories: weights.categories, standards: weights.standards };
    onChange(on ? { ...rest, measuredUse: true } : rest);
  };
  return (
    <div className="app-weights-panel">
      <MeasuredUseToggle
        linked={linkedMeasures}
        on={weights.measuredUse === true}
        onChange={setMeasuredUse}
      />
      {categories.map((category) => (
        <div className="app-weights-category" key={category.id}>
          <WeightInput
            label={`Weight of ${category.name}`}
            value={weights.categories[category.id] ?? 0}
            published={published.categories[category.id] ?? 0}
            onCommit={(value) => setCategory(category.id, value)}
          />
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">Standards in {category.name}</span>
            </summary>
            <div className="nhsuk-details__text">
              {standards
                .filter((standard) => standard.categoryId === category.id)
                .map((standard) => (
                  <StandardWeight
                    key={standard.id}
                    name={standard.name}
                    value={weights.standards[standard.id] ?? 0}
                    published={published.standards[standard.id] ?? 0}
                    onChange={(value) => setStandard(standard.id, value)}
                  />
                ))}
            </div>
          </details>
        </div>
      ))}
    </div>
  );
}

function StandardWeight({
  name,
  value,
  published,
  onChange,
}: {
  name: string;
  value: number;
  published: number;
  onChange: (value: number) => void;
}) {
  const off = value === 0;
  return (
    <div className="app-standard-weight">
      <WeightInput label={name} value={value} published={published} onCommit={onChange} />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        aria-pressed={!off}
        onClick={() => onChange(off ? published || 1 : 0)}
      >
        {off ? `Count ${name} again` : `Switch ${name} off`}
      </button>
    </div>
  );
}
