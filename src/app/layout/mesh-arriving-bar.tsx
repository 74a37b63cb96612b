import { useLoadedFeed } from '../../api/feed-query';
import { meshArriving } from '../../api/mesh/mesh-arriving';
import './mesh-arriving-bar.css';

/**
 * While a mesh's products are still arriving, every page is drawn from those in so far (the
 * partial views of docs/data-mesh.md "Loading"). The national page says so in its own roll-up
 * line; on every other page that reads the data this bar says it, so no figure from part of the
 * mesh is shown as if it were the whole (a standard's "live in most systems", a profile's peer
 * median, a region's counts). The live region is always in the page, so each change is announced
 * (a plain polite region, not role=status: pages keep that role for their own one status line);
 * the bar is fixed to the foot of the window, so its coming and going moves nothing on the page
 * (layout shift, issue 15).
 */
export function MeshArrivingBar({ ownProgress }: { ownProgress: boolean }) {
  const loaded = useLoadedFeed();
  const arriving = ownProgress ? null : meshArriving(loaded?.mesh);
  return (
    <div className="app-mesh-arriving" aria-live="polite" data-testid="mesh-arriving">
      {arriving ? (
        <p className="app-mesh-arriving__text">
          Loading data: {arriving.settled} of {arriving.total} data products loaded. Figures so far
          are based on {arriving.loaded} of {arriving.total} data products and will change as the
          rest arrive.
        </p>
      ) : null}
    </div>
  );
}
