import type { Feed } from '../../../domain/feed/feed-schema';
import type { ProfileModel } from '../../../domain/profile/profile-model';
import { formatIsoDate } from '../../../lib/format-date';
import { formatPercent } from '../../../domain/format/format-number';

/** What a reader must know before quoting the page. */
export function ReportCaveats({
  feed,
  model,
  customWeights,
  peerText,
  rankGaps,
}: {
  feed: Feed;
  model: ProfileModel;
  customWeights: boolean;
  /** Who chose the peers and on what (domain/peers/peer-basis). */
  peerText: string;
  /** For a mesh, what the ranks could not see (profile-format.ts, rankGapSentence). */
  rankGaps?: string | null;
}) {
  const { metadata } = feed;
  const caveats = [
    metadata.illustrative
      ? 'Illustrative data: the adoption figures are synthetic, not real measurements of any system.'
      : null,
    customWeights
      ? 'Scored with custom weights, not the published ones: scores and ranks differ from the published figures.'
      : null,
    model.headline?.lowConfidence
      ? `Low confidence: only ${formatPercent(model.headline.completeness)} of what the score weighs was reported.`
      : null,
    model.periodNote === 'ended' && model.system.validTo
      ? `${model.system.shortName} ended on ${formatIsoDate(model.system.validTo)}: its last quarter is shown.`
      : model.periodNote === 'not-yet-begun'
        ? `${model.system.shortName} began on ${formatIsoDate(model.system.validFrom)}: its first quarter is shown.`
        : null,
    'Higher, similar and lower mean more than 5 points apart. Ranks carry a 90% interval from re-scoring under varied weights.',
    rankGaps ?? null,
    peerText,
  ].filter((caveat) => caveat !== null);
  return (
    <footer className="app-board-report__caveats">
      <h2 className="nhsuk-heading-xs">Data and caveats</h2>
      <ul>
        {caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <p>
        Source: {metadata.publisher}, {metadata.title}, {formatIsoDate(metadata.generatedAt)}.
        Licence: {metadata.licence.name}.
      </p>
    </footer>
  );
}
