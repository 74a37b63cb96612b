import { AppLink } from '../../components/ui/app-link';
import { PageHeading } from '../../components/ui/page-heading';
import { groupByMonth } from '../../domain/whats-new/group-by-month';
import { CATEGORY_LABELS } from '../../domain/whats-new/whats-new-categories';
import type { WhatsNewEntry } from '../../domain/whats-new/whats-new-schema';
import { formatIsoDate } from '../../lib/format-date';
import { WHATS_NEW_ENTRIES } from './whats-new-entries';

const TAG_CLASS: Record<WhatsNewEntry['category'], string> = {
  'new-feature': 'nhsuk-tag--blue',
  'data-update': 'nhsuk-tag--green',
  'data-issue': 'nhsuk-tag--orange',
  'method-change': 'nhsuk-tag--purple',
};

function Entry({ entry }: { entry: WhatsNewEntry }) {
  const { routes = [], systems = [] } = entry.affects ?? {};
  return (
    <article className="app-whats-new-entry" id={entry.id} aria-labelledby={`${entry.id}-title`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id={`${entry.id}-title`}>
        {entry.title}
      </h3>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        <strong className={`nhsuk-tag ${TAG_CLASS[entry.category]}`}>
          {CATEGORY_LABELS[entry.category]}
        </strong>{' '}
        <time dateTime={entry.date}>{formatIsoDate(entry.date)}</time>
      </p>
      {/* Plain text from the log, rendered as text: never markup. */}
      <p>{entry.summary}</p>
      {entry.page ? (
        <p className="nhsuk-body-s">
          <AppLink to={entry.page.path}>Go to {entry.page.name}</AppLink>
        </p>
      ) : null}
      {routes.length + systems.length > 0 ? (
        <p className="nhsuk-body-s">
          Pages that show a notice about this:{' '}
          {[...routes, ...systems.map((code) => `/systems/${code}`)].map((to, index) => (
            <span key={to}>
              {index > 0 ? ', ' : null}
              <AppLink to={to}>{to}</AppLink>
            </span>
          ))}
          .
        </p>
      ) : null}
    </article>
  );
}

/** The dated log of new features, data updates, data issues and method changes, by month. */
export function WhatsNewPage() {
  return (
    <>
      <PageHeading
        title="What's new"
        lead="New features, data updates, known data issues and changes to the method, newest first."
      />
      <p>
        Follow these changes in a feed reader with the{' '}
        <a href="/whats-new.atom" type="application/atom+xml">
          What&apos;s new Atom feed
        </a>
        .
      </p>
      {groupByMonth(WHATS_NEW_ENTRIES).map((month) => (
        <section key={month.id} aria-labelledby={`month-${month.id}`}>
          <h2 className="nhsuk-heading-m" id={`month-${month.id}`}>
            {month.label}
          </h2>
          {month.entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </section>
      ))}
    </>
  );
}
