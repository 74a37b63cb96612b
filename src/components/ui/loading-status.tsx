/** A polite status message for screen readers and sighted users while something loads. */
export function LoadingStatus({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="app-loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
