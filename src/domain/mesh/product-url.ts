/**
 * A product's address: absolute URLs as they are, relative ones against the catalogue's URL. Apart
 * from read-catalogue.ts so the page's last-good copy can name a product's address without loading
 * the catalogue's schema (and zod) in the app's first view.
 */
export function productUrl(catalogueUrl: string, url: string): string {
  return new URL(url, catalogueUrl).href;
}
