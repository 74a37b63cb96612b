import type { ReactNode } from 'react';
import { PageTitle } from './page-title';

/** The page's one h1 and its document title, kept in step. */
export function PageHeading({
  title,
  caption,
  lead,
}: {
  title: string;
  caption?: string;
  lead?: ReactNode;
}) {
  return (
    <>
      <PageTitle title={title} />
      {/* The caption sits above the heading, not inside it, so the heading's name is the title. */}
      {caption ? <span className="nhsuk-caption-l">{caption}</span> : null}
      <h1 className="nhsuk-heading-xl">{title}</h1>
      {lead ? <p className="nhsuk-lede-text">{lead}</p> : null}
    </>
  );
}
