import { useId, useState } from 'react';
import type { ReactNode } from 'react';

/** A button that shows and hides a panel (the disclosure pattern), closed to begin with. */
export function Disclosure({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={className}>
      <button
        type="button"
        className="app-disclosure__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((current) => !current)}
      >
        {/* A shape as well as the expanded state, hidden from screen readers, which hear the state. */}
        <span aria-hidden="true" className="app-disclosure__arrow">
          {open ? '▾' : '▸'}
        </span>
        {label}
      </button>
      <div id={panelId} className="app-disclosure__panel" hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
