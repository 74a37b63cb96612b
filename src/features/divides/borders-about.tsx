import { AppLink } from '../../components/ui/app-link';
import { EXCHANGE_STANDARDS } from '../../domain/divides/border-scores';

/** How the cross-border score is made, for the map's About panel. */
export function BordersAbout() {
  return (
    <>
      <p>
        For each pair of systems that share a land border, the score is the share of the weight of
        the {EXCHANGE_STANDARDS.length} exchange standards (cross-ICS record sharing, the National
        Record Locator, GP Connect and the transfers of care) that both systems report as live.
        Weights are the ones in use, so a what-if changes the scores.
      </p>
      <p>
        Thicker, darker edges are weaker borders; the key gives each band’s range. An island (◆) is
        a system whose every border scores below the lower quartile of all borders. “Same platform”
        says whether both sides run the same shared care record product.
      </p>
      <p>
        <AppLink to="/methodology">How the scores are made</AppLink>.
      </p>
    </>
  );
}
