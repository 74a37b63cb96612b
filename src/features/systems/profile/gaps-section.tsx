import type { GapItem } from '../../../domain/profile/gaps';
import type { ProfileModel } from '../../../domain/profile/profile-model';

function GapList({ items, empty }: { items: readonly GapItem[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {items.map((item) => (
        <li key={item.standardId}>{item.sentence}</li>
      ))}
    </ul>
  );
}

/** The standards furthest behind and ahead of the peer median (or the national figure), in sentences. */
export function GapsSection({ model }: { model: ProfileModel }) {
  const reference =
    model.peers.length > 0
      ? `its peer median (or ${model.place.nationalInText}, where no peer reported the standard)`
      : model.place.nationalInText;
  return (
    <section aria-labelledby="profile-gaps">
      <h2 className="nhsuk-heading-m" id="profile-gaps">
        Biggest gaps and strengths
      </h2>
      <p>
        Standards where {model.system.shortName} is furthest from {reference}, by more than 5
        points.
      </p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <h3 className="nhsuk-heading-s">Furthest behind</h3>
          <GapList items={model.gaps} empty="No standard is more than 5 points behind." />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <h3 className="nhsuk-heading-s">Furthest ahead</h3>
          <GapList items={model.strengths} empty="No standard is more than 5 points ahead." />
        </div>
      </div>
    </section>
  );
}
