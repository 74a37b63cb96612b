import { startTransition, useId, useOptimistic, useRef } from 'react';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useEmbedContext } from '../../lib/embed/embed-context';
import { embedLink, iframeSnippet } from '../../lib/embed/embed-url';
import type { CsvTable } from '../../lib/csv';
import { EXPORT_EXCLUDE_ATTRIBUTE } from '../../lib/export-image';
import { sourceLine } from '../../lib/export-source';
import type { ExportSource } from '../../lib/export-source';
import type { FrameTab } from '../../lib/url-state/frame-tabs';
import { useFrameTab } from '../../lib/url-state/use-frame-tab';
import { Disclosure } from './disclosure';
import { DownloadPanel } from './download-panel';
import { EmbedPanel } from './embed-panel';
import { summaryIdOf } from './frame-ids';
import { FrameTabs, panelId, tabId } from './frame-tabs';

export interface ChartFrameProps {
  /** Kebab-case, unique on the page: names the URL tab state and the element ids. */
  id: string;
  title: string;
  headingLevel?: 2 | 3;
  /** One line in words of what the chart shows. */
  summary: string;
  /** The metric and period, e.g. "Overall readiness, 2026-Q3". */
  subtitle?: string;
  /** The download's name without extension, e.g. `readiness-map-2026-Q3`. */
  fileName: string;
  source: ExportSource;
  /** Exactly the data drawn. */
  csv: CsvTable;
  table: ReactNode;
  about: ReactNode;
  children: ReactNode;
}

/**
 * The frame every chart and map sits in: title, subtitle and summary; Chart and Table tabs (kept
 * in the URL); Download (PNG at 2x, self-contained SVG, CSV of the data drawn) and About. The
 * title, subtitle, chart and source line are what the images show, so a downloaded chart always
 * says what it is, when, from whom and under which licence.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { id, title, headingLevel = 2, summary, subtitle, fileName, source, csv } = props;
  const [urlTab, setUrlTab] = useFrameTab(id);
  // The tab follows the click at once while the URL change (a router transition) lands.
  const [tab, setShownTab] = useOptimistic(urlTab);
  const setTab = (next: FrameTab) =>
    startTransition(() => {
      setShownTab(next);
      setUrlTab(next);
    });
  const exportRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const subtitleText = [subtitle, source.weightsNote].filter(Boolean).join('. ');
  const embed = useEmbedOffer(id, title);
  return (
    <section className="app-frame" aria-labelledby={titleId}>
      <div ref={exportRef} className="app-frame__export">
        <Heading
          id={titleId}
          className={`app-frame__title ${headingLevel === 2 ? 'nhsuk-heading-m' : 'nhsuk-heading-s'}`}
        >
          {title}
        </Heading>
        {subtitleText ? <p className="app-frame__subtitle">{subtitleText}</p> : null}
        <p className="nhsuk-body app-frame__summary" id={summaryIdOf(id)}>
          {summary}
        </p>
        <FrameTabs frameId={id} title={title} current={tab} onChange={setTab} />
        <div
          role="tabpanel"
          id={panelId(id, tab)}
          aria-labelledby={tabId(id, tab)}
          className="app-frame__panel"
        >
          {tab === 'chart' ? props.children : props.table}
        </div>
        <p className="app-frame__source">{sourceLine(source)}</p>
      </div>
      {embed.embedded ? null : (
        <div className="app-frame__actions" {...{ [EXPORT_EXCLUDE_ATTRIBUTE]: '' }}>
          <Disclosure label="Download" className="app-frame__action">
            <DownloadPanel
              exportRef={exportRef}
              fileName={fileName}
              csv={csv}
              chartShown={tab === 'chart'}
              onShowChart={() => setTab('chart')}
            />
          </Disclosure>
          <Disclosure label="About" className="app-frame__action">
            <div className="app-frame__about">{props.about}</div>
          </Disclosure>
          {embed.snippet ? (
            <Disclosure label="Embed this chart" className="app-frame__action">
              <EmbedPanel snippet={embed.snippet} />
            </Disclosure>
          ) : null}
        </div>
      )}
    </section>
  );
}

/**
 * Inside an embed page a frame shows the chart and table only; on a full page, a frame with an
 * embed route offers its iframe snippet for the view in the address bar.
 */
function useEmbedOffer(frameId: string, title: string) {
  const { embedded, feed } = useEmbedContext();
  const { pathname, search } = useLocation();
  if (embedded) return { embedded, snippet: null };
  const link = embedLink(frameId, { origin: window.location.origin, pathname, search }, feed);
  return { embedded, snippet: link ? iframeSnippet(link.src, title, link.target.height) : null };
}
