import { AppLink } from '../../components/ui/app-link';
import { useFeed } from '../../api/feed-query';
import { PageHeading } from '../../components/ui/page-heading';

export function StandardsPage() {
  const { feed } = useFeed();
  return (
    <>
      <PageHeading
        title="Standards"
        lead="The national interoperability standards the dashboard measures, grouped into categories. Open one to see what adoption means and who has adopted it."
      />
      {feed.categories.map((category) => {
        const standards = feed.standards.filter((standard) => standard.categoryId === category.id);
        return (
          <section key={category.id} aria-labelledby={`category-${category.id}`}>
            <h2 className="nhsuk-heading-m" id={`category-${category.id}`}>
              {category.name}
            </h2>
            {category.description ? <p>{category.description}</p> : null}
            <ul className="nhsuk-list nhsuk-list--bullet">
              {standards.map((standard) => (
                <li key={standard.id}>
                  <AppLink to={`/standards/${encodeURIComponent(standard.id)}`}>
                    {standard.name}
                  </AppLink>{' '}
                  <span className="nhsuk-body-s">({standard.owner})</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
