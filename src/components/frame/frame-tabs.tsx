import type { KeyboardEvent } from 'react';
import type { FrameTab } from '../../lib/url-state/frame-tabs';
import { EXPORT_EXCLUDE_ATTRIBUTE } from '../../lib/export-image';

const TABS: readonly { tab: FrameTab; label: string }[] = [
  { tab: 'chart', label: 'Chart' },
  { tab: 'table', label: 'Table' },
];

/**
 * Chart / Table as tabs (the WAI-ARIA tabs pattern): one tab stop, arrow keys, Home and End move
 * between the tabs and show each at once.
 */
export function FrameTabs({
  frameId,
  title,
  current,
  onChange,
}: {
  frameId: string;
  title: string;
  current: FrameTab;
  onChange: (tab: FrameTab) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.findIndex((entry) => entry.tab === current);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const tab = TABS[next]!.tab;
    onChange(tab);
    document.getElementById(tabId(frameId, tab))?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={`${title}: chart or table`}
      className="app-frame__tabs"
      {...{ [EXPORT_EXCLUDE_ATTRIBUTE]: '' }}
    >
      {TABS.map(({ tab, label }) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(frameId, tab)}
          aria-selected={tab === current}
          // Only the shown panel exists, so only its tab points at it.
          aria-controls={tab === current ? panelId(frameId, tab) : undefined}
          tabIndex={tab === current ? 0 : -1}
          className="app-frame__tab"
          onClick={() => onChange(tab)}
          onKeyDown={onKeyDown}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

export const tabId = (frameId: string, tab: FrameTab) => `${frameId}-${tab}-tab`;
export const panelId = (frameId: string, tab: FrameTab) => `${frameId}-${tab}-panel`;
