import { AppLink, AppNavLink } from '../../components/ui/app-link';
import { SERVICE_NAME } from '../../components/ui/page-title';
import { SiteSearch } from '../../features/site-search/site-search';
import { navigationItems } from '../navigation-items';
import { NhsLogo } from './nhs-logo';

/** Pages the header search finds: the menu, then the pages linked from the footer. */
const SEARCH_PAGES = [
  ...navigationItems,
  { to: '/data/products', label: 'Data products' },
  { to: '/whats-new', label: "What's new" },
  { to: '/access-our-data', label: 'Access our data' },
  { to: '/accessibility', label: 'Accessibility statement' },
];

/** The NHS.UK header (v10 markup) with the service name and the primary navigation. */
export function SiteHeader() {
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <AppLink
            className="nhsuk-header__service-logo"
            to="/"
            aria-label={`${SERVICE_NAME} homepage`}
          >
            <NhsLogo />
            <span className="nhsuk-header__service-name">{SERVICE_NAME}</span>
          </AppLink>
        </div>
        <SiteSearch pages={SEARCH_PAGES} />
      </div>
      <nav className="nhsuk-header__navigation" aria-label="Menu">
        <div className="nhsuk-header__navigation-container nhsuk-width-container">
          <ul className="nhsuk-header__navigation-list app-navigation-list">
            {navigationItems.map((item) => (
              <li className="nhsuk-header__navigation-item" key={item.to}>
                <AppNavLink className="nhsuk-header__navigation-link" to={item.to} end={item.end}>
                  {({ isActive }) =>
                    // Bold as well as underlined, so the current page is not shown by colour alone.
                    isActive ? (
                      <strong className="nhsuk-header__navigation-item-current-fallback">
                        {item.label}
                      </strong>
                    ) : (
                      item.label
                    )
                  }
                </AppNavLink>
              </li>
            ))}
          </ul>
        </div>
      </nav>
    </header>
  );
}
