/**
 * Sentence case for a label that usually sits mid-sentence ("readiness" -> "Readiness"), so a
 * metric's one name serves as a title and inside a sentence. Only the first character changes:
 * names such as "NHS App" and "eRS" keep their own capitals.
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
