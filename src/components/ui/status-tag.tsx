/** The NHS.UK tag colours the app's state tags use. */
export type TagTone = 'green' | 'yellow' | 'orange' | 'red' | 'grey';

/**
 * A state as an NHS.UK tag: its colour, a symbol and a word, so colour is never the only cue. The
 * symbol is hidden from screen readers, which read the word.
 */
export function StatusTag({
  tone,
  symbol,
  label,
}: {
  tone: TagTone;
  symbol: string;
  label: string;
}) {
  return (
    <strong className={`nhsuk-tag nhsuk-tag--${tone}`}>
      <span aria-hidden="true">{symbol} </span>
      {label}
    </strong>
  );
}
