import { useId, useState } from 'react';
import type { FocusEvent } from 'react';

type CopyState = 'idle' | 'copied' | 'refused';

/**
 * The iframe snippet that shows this chart, with this view, on another site: read-only text to
 * select, and a Copy button that says when it worked (or that the browser refused).
 */
export function EmbedPanel({ snippet }: { snippet: string }) {
  const fieldId = useId();
  const [state, setState] = useState<CopyState>('idle');
  const [forSnippet, setForSnippet] = useState(snippet);
  if (forSnippet !== snippet) {
    // A new view makes a new snippet: an old "Copied" would be about other code.
    setForSnippet(snippet);
    setState('idle');
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setState('copied');
    } catch {
      setState('refused');
    }
  };
  const selectAll = (event: FocusEvent<HTMLTextAreaElement>) => event.target.select();
  return (
    <div className="app-embed-panel">
      <label className="nhsuk-label" htmlFor={fieldId}>
        HTML to show this chart, as you see it now, on another web page
      </label>
      <textarea
        id={fieldId}
        className="nhsuk-textarea app-embed-panel__code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={selectAll}
      />
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary app-embed-panel__copy"
        onClick={() => void copy()}
      >
        Copy embed code
      </button>
      {/* aria-live, not role="status": the page's own status messages keep that role. */}
      <p className="nhsuk-body-s" aria-live="polite">
        {state === 'copied'
          ? 'Copied'
          : state === 'refused'
            ? 'Your browser did not allow copying: select the code above and copy it.'
            : null}
      </p>
    </div>
  );
}
