import { useMemo } from 'react';
import { WeightsPanel } from '../../components/weights/weights-panel';
import type { Feed } from '../../domain/feed/feed-schema';
import { linkedMeasures } from '../../domain/say-and-do/say-and-do';
import type { WeightsState } from '../../lib/url-state/use-weights';
import { useScoreThenSetWeights } from './use-score-then-set-weights';

/** The published weights, and the what-if panel that changes every view. */
export function WeightsSection({ feed, weightsState }: { feed: Feed; weightsState: WeightsState }) {
  const { weights, published, setWeights, reset, isCustom } = weightsState;
  const scoreThenSet = useScoreThenSetWeights(feed, published, setWeights);
  // Per feed, not per weight change: a new list each time re-rendered the measured-use box.
  const linked = useMemo(() => {
    const standardNames = new Map(feed.standards.map((s) => [s.id, s.name]));
    return linkedMeasures(feed).map((m) => ({
      measure: m.name,
      standard: standardNames.get(m.standardId!) ?? m.standardId!,
    }));
  }, [feed]);
  return (
    <section aria-labelledby="weights">
      <h2 className="nhsuk-heading-l" id="weights">
        Weights
      </h2>
      <p>
        Each category’s weight says how much it counts towards overall readiness; within a category,
        each standard’s weight says how much it counts towards the category. The feed publishes
        default weights. Change them here to see what difference a different judgement makes: every
        page follows, the address bar keeps your weights so a link reproduces the view, and a banner
        says the figures are no longer the published ones. Setting a weight to 0 switches that
        category or standard off.
      </p>
      {weights.measuredUse ? (
        <p>
          <strong>Measured use is included.</strong> Each standard with a linked measure scores half
          what the system reported and half its measured use on 0 to 100 (a share as a percentage; a
          rate from the quarter’s lowest, 0, to its highest, 100). Standards a system did not report
          stay unreported.
        </p>
      ) : null}
      {isCustom ? (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={reset}>
          Reset to the published weights
        </button>
      ) : null}
      <WeightsPanel
        categories={feed.categories}
        standards={feed.standards}
        weights={weights}
        published={published}
        onChange={scoreThenSet}
        linkedMeasures={linked}
      />
    </section>
  );
}
