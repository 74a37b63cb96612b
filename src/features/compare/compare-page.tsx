import { useFeed } from '../../api/feed-query';
import { useUnavailableSystems } from '../../api/mesh/use-unavailable-systems';
import { useScores } from '../../api/scores-query';
import { PageHeading } from '../../components/ui/page-heading';
import { QuarterSelect } from '../../components/ui/quarter-select';
import {
  MIN_COMPARED,
  peerGroupSelection,
  removeFromSelection,
} from '../../domain/compare/compare-selection';
import { compareRows } from '../../domain/compare/compare-table';
import type { Feed } from '../../domain/feed/feed-schema';
import { systemsInPeriod } from '../../domain/geography/system-validity';
import { defaultPeers } from '../../domain/peers/peer-groups';
import type { FeedScores } from '../../domain/scoring/score-types';
import { usePeriod } from '../../lib/url-state/use-view-params';
import { useWeights } from '../../lib/url-state/use-weights';
import { ChosenSystems } from './chosen-systems';
import { CompareScoreTable } from './compare-score-table';
import { CompareTrendSection } from './compare-trend-section';
import { SelectionNotices } from './selection-notices';
import { SystemPicker } from './system-picker';
import { useCompareSelection } from './use-compare-selection';
import './compare.css';

const CHOOSE_HEADING = 'compare-choose';

export function ComparePage() {
  const loaded = useFeed();
  const { feed } = loaded;
  const unavailable = useUnavailableSystems(loaded);
  const { weights, key } = useWeights(feed);
  const [period, setPeriod] = usePeriod(feed);
  const scores = useScores(feed, weights, key);
  return (
    <>
      <PageHeading
        title="Compare systems"
        lead="Put two to eight systems side by side, or a system and its peers, standard by standard and over time."
      />
      {period === null ? (
        <p>The feed has no quarters to show.</p>
      ) : (
        <>
          <QuarterSelect periods={feed.periods} period={period} onChange={setPeriod} />
          <CompareView feed={feed} scores={scores} period={period} unavailable={unavailable} />
        </>
      )}
    </>
  );
}

function CompareView({
  feed,
  scores,
  period,
  unavailable,
}: {
  feed: Feed;
  scores: FeedScores;
  period: string;
  /** For a mesh, why a system has no score; its cells say so instead of a blank. */
  unavailable: ReadonlyMap<string, string>;
}) {
  const inPeriod = systemsInPeriod(feed.geography.systems, period);
  const selection = useCompareSelection(feed.geography.systems, inPeriod);
  const byCode = new Map(feed.geography.systems.map((system) => [system.code, system]));
  const chosen = selection.codes.flatMap((code) => byCode.get(code) ?? []);
  const offered = [...inPeriod].sort((a, b) => a.shortName.localeCompare(b.shortName, 'en-GB'));
  const categoryName = (id: string | null) =>
    feed.categories.find((category) => category.id === id)?.name ?? '';
  return (
    <>
      <SelectionNotices selection={selection} systems={byCode} period={period} />
      {/* Focus comes here when the last chosen system is removed. */}
      <h2 className="nhsuk-heading-m" id={CHOOSE_HEADING} tabIndex={-1}>
        Choose systems
      </h2>
      <SystemPicker
        systems={offered}
        chosen={selection.codes}
        onChange={selection.setCodes}
        onLoadPeers={(code) =>
          selection.setCodes(peerGroupSelection(code, defaultPeers(inPeriod, code)))
        }
      />
      <ChosenSystems
        systems={chosen}
        onRemove={(code) => selection.setCodes(removeFromSelection(selection.codes, code))}
        onClear={() => selection.setCodes([])}
        returnFocusTo={CHOOSE_HEADING}
      />
      {chosen.length < MIN_COMPARED ? (
        <div className="nhsuk-inset-text">
          <p>
            {chosen.length === 0
              ? `Choose at least ${MIN_COMPARED} systems to compare: add them one at a time, or load a system’s peer group.`
              : `Add at least one more system to compare with ${chosen[0]?.shortName ?? ''}, or load a system’s peer group.`}
          </p>
        </div>
      ) : (
        <>
          <CompareScoreTable
            rows={compareRows(feed, scores, period, selection.codes)}
            systems={chosen}
            period={period}
            categoryName={categoryName}
            unavailable={unavailable}
          />
          <CompareTrendSection
            feed={feed}
            scores={scores}
            codes={selection.codes}
            period={period}
          />
        </>
      )}
    </>
  );
}
