import type { ExportSource } from '../../lib/export-source';

/**
 * Under an embedded chart: whether the data is illustrative, its date, and the way back to the
 * full page (in the top window: the host page's frame is too small for the dashboard).
 */
export function EmbedFooter({
  source,
  backHref,
}: {
  source: ExportSource;
  backHref: string | null;
}) {
  return (
    <div className="app-embed__footer">
      {source.illustrative ? (
        <p className="app-embed__flag">
          <strong className="nhsuk-tag nhsuk-tag--yellow">Illustrative data</strong>
        </p>
      ) : null}
      <p className="nhsuk-body-s app-embed__date">Data of {source.dataDate}</p>
      {backHref ? (
        <p className="nhsuk-body-s app-embed__back">
          <a href={backHref} target="_top">
            View on the Interoperability readiness dashboard
          </a>
        </p>
      ) : null}
    </div>
  );
}
