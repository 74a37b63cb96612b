import { EmbedProfileFrame } from './embed-system';
import { SpineSection } from './profile/spine-section';

/** A system's standards spine alone, for an iframe, in the order the URL asks for. */
export function EmbedSpinePage() {
  return (
    <EmbedProfileFrame what="Every standard against the national range" Section={SpineSection} />
  );
}
