import { AppLink } from '../../components/ui/app-link';

/** Footer: the accessibility statement, the method, the data, and the licence of what is shown. */
export function SiteFooter() {
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
        </ul>
        <p className="nhsuk-body-s app-footer-licence">
          Reference geography and population data contain public sector information licensed under
          the{' '}
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
            Open Government Licence v3.0
          </a>
          : ONS ICB boundaries (April 2023), ONS Census 2021, ONS Rural Urban Classification 2021,
          MHCLG English Indices of Deprivation 2025. Contains OS data © Crown copyright and database
          right 2023. Adoption figures come from the loaded feed, under the licence its publisher
          states on the Data page.
        </p>
      </div>
    </footer>
  );
}
