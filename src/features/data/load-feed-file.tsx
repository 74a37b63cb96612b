import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import { LoadError } from '../../api/load-error';
import { MAX_FEED_FILE_BYTES, useLoadFeedFile } from '../../api/load-feed-file';

/**
 * "Load a feed file": a file input (the accessible way) that also accepts a dropped file. The file
 * is read and checked in this browser; nothing is uploaded.
 */
export function LoadFeedFile() {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const load = useLoadFeedFile();
  const [dragging, setDragging] = useState(false);
  const error = load.error instanceof LoadError ? load.error : null;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) load.mutate(file);
  };

  return (
    // Dropping a file is a pointer shortcut; the file input inside is the keyboard-accessible way.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={`nhsuk-form-group app-drop-zone${dragging ? ' app-drop-zone--active' : ''}${error ? ' nhsuk-form-group--error' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label className="nhsuk-label nhsuk-label--s" htmlFor={inputId}>
        Load a feed file
      </label>
      <div className="nhsuk-hint" id={hintId}>
        Choose or drop a JSON feed of up to {MAX_FEED_FILE_BYTES / 1024 / 1024} MB. It is checked in
        your browser and never uploaded. The whole dashboard then shows it until you switch back.
      </div>
      {/* Present before any error, so the reason is announced when it appears. */}
      <div role="alert">
        {error ? (
          <span className="nhsuk-error-message" id={errorId}>
            <span className="nhsuk-u-visually-hidden">Error:</span> The file was not loaded:{' '}
            {error.reason}
          </span>
        ) : null}
      </div>
      <input
        className="nhsuk-file-upload"
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) load.mutate(file);
          event.target.value = '';
        }}
      />
      <p className="nhsuk-body-s" role="status" aria-live="polite">
        {load.isPending ? 'Checking the file…' : load.isSuccess ? 'The file is now shown.' : ''}
      </p>
    </div>
  );
}
