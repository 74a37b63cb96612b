import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';

export function AccessibilityPage() {
  return (
    <>
      <PageHeading
        title="Accessibility statement"
        lead="This statement applies to the Interoperability readiness dashboard."
      />
      <p>
        We want as many people as possible to be able to use this dashboard. You should be able to:
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate every page, control, chart and map using just a keyboard</li>
        <li>use the dashboard with a screen reader such as NVDA, JAWS or VoiceOver</li>
        <li>read every chart and map as a table, and read a text summary of it</li>
      </ul>
      <p>
        Colour is never the only way information is shown: differences are also given as words,
        numbers or shapes.
      </p>

      <h2 className="nhsuk-heading-m">How we test</h2>
      <p>
        Every page is checked automatically with axe against the Web Content Accessibility
        Guidelines (WCAG) 2.2 at levels A and AA on each change, in a real browser, at desktop and
        phone widths. Pages are also checked by hand with a keyboard.
      </p>

      <h2 className="nhsuk-heading-m">Compliance status</h2>
      <p>
        We aim to meet WCAG 2.2 level AA. The automated checks find no failures. We have not yet had
        the dashboard audited by an independent specialist, so we cannot yet claim full compliance,
        and we are working towards that.
      </p>

      <h2 className="nhsuk-heading-m">Known limitations</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          The NHS Frutiger typeface is not loaded (the dashboard makes no requests to third-party
          servers), so text is shown in Arial, the design system’s fallback.
        </li>
        <li>
          Data shown in this version is illustrative; it says so on every page where it is shown.
        </li>
      </ul>

      <h2 className="nhsuk-heading-m">Reporting accessibility problems</h2>
      <p>
        If you find a problem not listed here, or need the information in another format, tell the
        team that runs this dashboard through the project’s issue tracker. Say which page, what you
        were trying to do, and what assistive technology you use, if any.
      </p>

      <h2 className="nhsuk-heading-m">Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
        Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If
        you are not happy with how we respond to your complaint, contact the{' '}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service</a>
        .
      </p>

      <h2 className="nhsuk-heading-m">Preparation of this statement</h2>
      <p>
        This statement was prepared on 25 November 2026. It is reviewed whenever a page is added.
        See also <AppLink to="/methodology">how readiness is scored</AppLink>.
      </p>
    </>
  );
}
