export const SERVICE_NAME = 'Interoperability readiness';

/** Sets the document title; React 19 hoists <title> into <head> from anywhere in the tree. */
export function PageTitle({ title }: { title: string }) {
  return <title>{`${title} – ${SERVICE_NAME}`}</title>;
}
