import { useFeedPlace } from '../../api/use-feed-place';
import { SCORE_BANDS } from '../../domain/compare/score-bands';
import { formatPercent } from '../../domain/format/format-number';
import { SIMILAR_WITHIN_POINTS } from '../../domain/scoring/compare';
import { LOW_CONFIDENCE_BELOW } from '../../domain/scoring/score-system';

/** What the shades and the words in the Compare table mean. */
export function BandLegend() {
  const place = useFeedPlace();
  return (
    <div className="app-band-legend">
      <p className="nhsuk-body-s">
        Each score is out of 100, shaded by band. ▲ Higher, ● Similar and ▼ Lower compare it with
        {place.nationalInText}: more than {SIMILAR_WITHIN_POINTS} points apart is higher or lower.
        “Low confidence” means less than {formatPercent(LOW_CONFIDENCE_BELOW)} of the score’s weight
        was reported.
      </p>
      <ul className="app-band-legend__list" aria-label="Score bands">
        {SCORE_BANDS.map((band) => (
          <li key={band.index} className="app-band-legend__item">
            <span
              className={`app-band app-band--${band.index} app-band-legend__swatch`}
              aria-hidden="true"
            />
            {band.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
