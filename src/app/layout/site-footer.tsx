import { AppLink } from '../../components/ui/app-link';
import { useFeedPlace } from '../../api/use-feed-place';
import { useFeedStatus } from '../../api/feed-query';

/** Footer: the accessibility statement, the method, the data, and the licence of what is shown. */
export function SiteFooter() {
  const place = useFeedPlace();
  const licence = useFeedStatus().data?.feed.metadata.licence;
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <h2 className="nhsuk-u-visually-hidden">Support links</h2>
        <ul className="nhsuk-footer__list">
          <li className="nhsuk-footer__list-item">
            <AppLink className="nhsuk-footer__list-item-link" to="/accessibility">
              Accessibility statement
            </AppLink>
          </li>
          <li className="nhsuk-footer__list-item">
            <AppLink className="nhsuk-footer__list-item-link" to="/methodology">
              How readiness is scored
            </AppLink>
          </li>
          <li className="nhsuk-footer__list-item">
            <AppLink className="nhsuk-footer__list-item-link" to="/data">
              Data, sources and quality
            </AppLink>
          </li>
          <li className="nhsuk-footer__list-item">
            <AppLink className="nhsuk-footer__list-item-link" to="/whats-new">
              What&apos;s new
            </AppLink>
          </li>
          <li className="nhsuk-footer__list-item">
            <AppLink className="nhsuk-footer__list-item-link" to="/access-our-data">
              Access our data
            </AppLink>
          </li>
        </ul>
        {/* Attributions come from the feed: another feed's reference data has other sources. */}
        {place.attributions.map((text) => (
          <p className="nhsuk-body-s app-footer-licence" key={text}>
            {text}
          </p>
        ))}
        <p className="nhsuk-body-s app-footer-licence">
          The figures come from the loaded feed
          {licence ? (
            <>
              , published under the{' '}
              {licence.url ? <a href={licence.url}>{licence.name}</a> : licence.name}
            </>
          ) : null}
          . More on the Data page.
        </p>
      </div>
    </footer>
  );
}
