import type { ReactNode } from 'react';

/**
 * A page section named by its own h2, so a screen reader's list of regions reads the heading:
 * the section is labelled by the heading's id, written once here rather than twice per section.
 */
export function HeadedSection({
  id,
  title,
  size = 'm',
  className,
  children,
}: {
  /** The heading's id, unique on the page (also a link target). */
  id: string;
  title: ReactNode;
  size?: 's' | 'm' | 'l';
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 className={`nhsuk-heading-${size}`} id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}
