import { AppLink } from '../../../components/ui/app-link';

/**
 * Said before anything else on the profile of a system whose data product gave no data, or has
 * not arrived yet, so its empty figures are never read as zeros or as a system that reported
 * nothing.
 */
export function ProductUnavailableNotice({
  text,
  loading = false,
  productId,
  systemName,
}: {
  text: string;
  /** The product is still on its way, not failed: the figures will come without a Retry. */
  loading?: boolean;
  productId: string;
  systemName: string;
}) {
  const product = `/data/products/${encodeURIComponent(productId)}`;
  if (loading) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <strong>{text}.</strong> {systemName} publishes its figures in its own data product, which
          is still loading. Until it arrives the figures below are missing, not zero; they fill in
          when it does. <AppLink to={product}>About the product</AppLink>.
        </p>
      </div>
    );
  }
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        {text}
      </h2>
      <p>
        {systemName} publishes its figures in its own data product. Until that product loads, the
        figures below are missing, not zero, and national figures leave {systemName} out.{' '}
        <AppLink to={product}>See what is wrong with the product</AppLink>.
      </p>
    </div>
  );
}
