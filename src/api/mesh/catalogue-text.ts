/** True when a fetched body is a mesh catalogue rather than a feed: a feed never has this key. */
export function isCatalogueText(text: string): boolean {
  // A catalogue is a few kilobytes; a feed can be tens of megabytes, which must not be parsed
  // twice just to find out what it is.
  return text.length < 1024 * 1024 && /"catalogueVersion"\s*:/.test(text.slice(0, 4096));
}
