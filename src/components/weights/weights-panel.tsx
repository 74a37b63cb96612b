import { memo, useCallback, useLayoutEffect, useRef } from 'react';
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
  // The handlers read the weights through a ref so they keep their identity: every box is
  // memoised and only the one whose weight changed renders again. With fresh closures all ~50
  // inputs re-rendered on each change, and React rewrites an input's name and type on every
  // update: 150 attribute writes in one commit, the larger part of a 50 ms task on a phone.
  const latest = useRef({ weights, onChange });
  useLayoutEffect(() => {
    latest.current = { weights, onChange };
  });
  const setCategory = useCallback((id: string, value: number) => {
    const { weights: now, onChange: change } = latest.current;
    change({ ...now, categories: { ...now.categories, [id]: value } });
  }, []);
  const setStandard = useCallback((id: string, value: number) => {
    const { weights: now, onChange: change } = latest.current;
    change({ ...now, standards: { ...now.standards, [id]: value } });
  }, []);
  const setMeasuredUse = useCallback((on: boolean) => {
    const { weights: now, onChange: change } = latest.current;
    // Off removes the key, so the weights are exactly the ones scored before the toggle existed.
    const rest = { categories: now.categories, standards: now.standards };
    change(on ? { ...rest, measuredUse: true } : rest);
  }, []);
  return (
    <div className="app-weights-panel">
      <MeasuredUseToggle
        linked={linkedMeasures}
        on={weights.measuredUse === true}
        onChange={setMeasuredUse}
      />
      {categories.map((category) => (
        <div className="app-weights-category" key={category.id}>
          <CategoryWeight
            id={category.id}
            name={category.name}
            value={weights.categories[category.id] ?? 0}
            published={published.categories[category.id] ?? 0}
            onSet={setCategory}
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
                    id={standard.id}
                    name={standard.name}
                    value={weights.standards[standard.id] ?? 0}
                    published={published.standards[standard.id] ?? 0}
                    onSet={setStandard}
                  />
                ))}
            </div>
          </details>
        </div>
      ))}
    </div>
  );
}

interface OneWeight {
  id: string;
  name: string;
  value: number;
  published: number;
  onSet: (id: string, value: number) => void;
}

/** A box's commit handler that keeps its identity while the box's id and onSet do (memo). */
function useCommitOne({ id, onSet }: Pick<OneWeight, 'id' | 'onSet'>) {
  return useCallback((next: number) => onSet(id, next), [onSet, id]);
}

const CategoryWeight = memo(function CategoryWeight(props: OneWeight) {
  const onCommit = useCommitOne(props);
  return (
    <WeightInput
      label={`Weight of ${props.name}`}
      value={props.value}
      published={props.published}
      onCommit={onCommit}
    />
  );
});

const StandardWeight = memo(function StandardWeight(props: OneWeight) {
  const { id, name, value, published, onSet } = props;
  const off = value === 0;
  const onCommit = useCommitOne(props);
  return (
    <div className="app-standard-weight">
      <WeightInput label={name} value={value} published={published} onCommit={onCommit} />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        aria-pressed={!off}
        onClick={() => onSet(id, off ? published || 1 : 0)}
      >
        {off ? `Count ${name} again` : `Switch ${name} off`}
      </button>
    </div>
  );
});
