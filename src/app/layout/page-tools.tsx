import { CopyLinkButton } from './copy-link-button';

/** Share and print the view on screen; on every page, above its content. */
export function PageTools() {
  return (
    <div className="app-page-tools" data-print-hide="">
      <CopyLinkButton />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-page-tools__print"
        onClick={() => window.print()}
      >
        Print this page
      </button>
    </div>
  );
}
