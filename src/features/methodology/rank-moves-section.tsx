import { RankMovesTable } from '../../components/weights/rank-moves-table';
import type { Feed } from '../../domain/feed/feed-schema';
import { formatQuarter } from '../../domain/periods/quarter';
import { rankMoves } from '../../domain/scoring/rank-moves';
import { rankSystems } from '../../domain/scoring/ranks';
import type { FeedScores } from '../../domain/scoring/score-feed';

/** How ranks moved against the published weights in the latest period. */
export function RankMovesSection({
  feed,
  scores,
  published,
  period,
}: {
  feed: Feed;
  scores: FeedScores;
  published: FeedScores;
  period: string;
}) {
  const current = scores.byPeriod[period];
  const before = published.byPeriod[period];
  if (!current || !before) return null;
  const names = new Map(feed.geography.systems.map((system) => [system.code, system.shortName]));
  const moves = rankMoves(
    current.systems.map((system) => system.code),
    rankSystems(before.systems),
    rankSystems(current.systems),
  );
  const moved = moves.filter((move) => move.moved !== 0).length;
  return (
    <section aria-labelledby="rank-moves">
      <h2 className="nhsuk-heading-m" id="rank-moves">
        How ranks moved
      </h2>
      <p>
        With your weights, {moved} of {moves.length} systems change rank in {formatQuarter(period)}.
      </p>
      <RankMovesTable
        caption={`Ranks with your weights against the published weights, ${formatQuarter(period)}`}
        rows={moves.map((move) => ({ ...move, name: names.get(move.code) ?? move.code }))}
      />
    </section>
  );
}
