/**
 * print.css prints the whole address after each of the app's links; CSS cannot read the page's
 * origin itself, so it is handed over as the custom property --app-origin at start-up.
 */
export const PRINT_ORIGIN_PROPERTY = '--app-origin';

/** `text` as a CSS string token, quotes and backslashes escaped, for a custom property. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/** Sets --app-origin on the root element (an element's style is enough; no DOM is needed). */
export function setPrintOrigin(
  root: { style: { setProperty: (name: string, value: string) => void } },
  origin: string,
): void {
  root.style.setProperty(PRINT_ORIGIN_PROPERTY, cssString(origin));
}
