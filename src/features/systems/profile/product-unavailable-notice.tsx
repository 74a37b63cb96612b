import { AppLink } from '../../../components/ui/app-link';

/**
 * Said before anything else on the profile of a system whose data product gave no data, so its
 * empty figures are never read as zeros or as a system that reported nothing.
 */
export function ProductUnavailableNotice({
  text,
  productId,
  systemName,
}: {
  text: string;
  productId: string;
  systemName: string;
}) {
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        {text}
      </h2>
      <p>
        {systemName} publishes its figures in its own data product. Until that product loads, the
        figures below are missing, not zero, and national figures leave {systemName} out.{' '}
        <AppLink to={`/data/products/${encodeURIComponent(productId)}`}>
          See what is wrong with the product
        </AppLink>
        .
      </p>
    </div>
  );
}
