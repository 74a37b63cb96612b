import { PageHeading } from '../../components/ui/page-heading';
import { QuarterSelect } from '../../components/ui/quarter-select';
import {
  MIN_COMPARED,
  peerGroupSelection,
  removeFromSelection,
} from '../../domain/compare/compare-selection';
import { compareRows } from '../../domain/compare/compare-table';
import { defaultPeers } from '../../domain/peers/peer-groups';
import { ChosenSystems } from './chosen-systems';
import { CompareScoreTable } from './compare-score-table';
import { CompareTrendSection } from './compare-trend-section';
import { SelectionNotices } from './selection-notices';
import { SystemPicker } from './system-picker';
import { useCompareView } from './use-compare-view';
import './compare.css';

const CHOOSE_HEADING = 'compare-choose';

export function ComparePage() {
  const compare = useCompareView();
  const { period, setPeriod, feed } = compare;
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
          <CompareView compare={compare} period={period} />
        </>
      )}
    </>
  );
}

function CompareView({
  compare,
  period,
}: {
  compare: ReturnType<typeof useCompareView>;
  period: string;
}) {
  // For a mesh, `unavailable` says why a system has no score; its cells say so instead of a blank.
  const { feed, scores, unavailable, inPeriod, selection, byCode, chosen } = compare;
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
