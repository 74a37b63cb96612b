import type { ReactNode } from 'react';

/**
 * A link to a page outside the dashboard. Feed URLs are already limited to http(s) by the parser;
 * this checks again so a component can never render a `javascript:` link.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!/^https?:\/\//i.test(href)) return <>{children}</>;
  return (
    <a href={href} rel="noopener noreferrer">
      {children}
    </a>
  );
}
