import { useState } from 'react';
import { LANGUAGE_LABELS } from './examples';
import type { CodeExample } from './examples';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * One example: its code as selectable text and a Copy button. Where the browser refuses the
 * clipboard (no permission, an insecure origin), the status says so and the code stays there to
 * select by hand; the code is never hidden behind the button.
 */
export function CodeExampleBlock({ example }: { example: CodeExample }) {
  const [state, setState] = useState<CopyState>('idle');
  const label = `${LANGUAGE_LABELS[example.language]}: ${example.question}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(example.code);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    // The figure's name says the language and the question, as the caption alone would not.
    <figure className="app-code-example" aria-label={label}>
      <figcaption className="nhsuk-body-s nhsuk-u-font-weight-bold nhsuk-u-margin-bottom-1">
        {LANGUAGE_LABELS[example.language]}
      </figcaption>
      <pre className="app-code-example__code">
        <code>{example.code}</code>
      </pre>
      <div className="app-code-example__tools">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-code-example__copy"
          onClick={() => void copy()}
        >
          Copy <span className="nhsuk-u-visually-hidden">the {label} example</span>
        </button>
        {/* aria-live, not role="status": the page keeps that role for its own messages. */}
        <p className="nhsuk-body-s app-code-example__status" aria-live="polite">
          {state === 'copied' ? 'Copied' : null}
          {state === 'failed'
            ? 'Your browser did not allow copying. Select the code above and copy it.'
            : null}
        </p>
      </div>
    </figure>
  );
}
