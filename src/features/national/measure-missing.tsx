import './measure-missing.css';

/**
 * The place of a measure the link asks for whose data product has not arrived yet. Drawing the
 * readiness map here instead would show the wrong thing under the measure's address, and swap it
 * out (with any panel the reader had opened) when the product came. The space is held so the
 * measure's map moves nothing below it when it comes; the page's own status line announces the
 * products as they arrive.
 */
export function MeasureArriving({ id }: { id: string }) {
  return (
    <section className="app-measure-arriving" aria-labelledby="measure-arriving">
      <h2 className="nhsuk-heading-m" id="measure-arriving">
        Measure on its way
      </h2>
      <p>
        This link shows the measure <code>{id}</code>, which comes in a data product that has not
        arrived yet. Its map and table appear here when it does.
      </p>
    </section>
  );
}

/**
 * Said above the readiness map when the link names a measure the loaded data does not have (a
 * link from other data, or a product that failed), so the reader knows why a different map shows.
 */
export function MeasureNotInData({ id }: { id: string }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        This link asks for the measure <code>{id}</code>, which is not in this data (the link may
        come from other data, or the product that publishes it is unavailable). The map shows
        readiness instead.
      </p>
    </div>
  );
}
