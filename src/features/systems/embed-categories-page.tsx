import { EmbedProfileFrame } from './embed-system';
import { CategorySection } from './profile/category-section';

/** A system's readiness by category alone, for an iframe. */
export function EmbedCategoriesPage() {
  return <EmbedProfileFrame what="Readiness by category" Section={CategorySection} />;
}
