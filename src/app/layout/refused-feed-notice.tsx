/** Long enough to recognise the link, short enough not to flood the page with a data: payload. */
const SHOWN_CHARS = 80;

/**
 * Says that the link's `?feed=` was refused and why, and that the published feed is shown
 * instead. An alert, so a screen reader hears it as the page loads.
 */
export function RefusedFeedNotice({
  param,
  reason,
  onDismiss,
}: {
  param: string;
  reason: string;
  onDismiss: () => void;
}) {
  const shown = param.length > SHOWN_CHARS ? `${param.slice(0, SHOWN_CHARS)}…` : param;
  return (
    <div className="nhsuk-warning-callout" role="alert">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        The link&apos;s feed was refused
      </h2>
      <p>
        The link you followed asked for the feed <code>{shown}</code>, but {reason}. The published
        feed is shown instead.
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
        onClick={onDismiss}
      >
        Dismiss
      </button>
    </div>
  );
}
