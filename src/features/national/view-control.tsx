import { useId } from 'react';
import type { MapView } from '../../domain/charts/hex-map-model';
import { useFeedPlace } from '../../api/use-feed-place';
import { comparedWithText } from '../../domain/feed/feed-place';

/** Colour the map by score, or by Higher / Similar / Lower than England. */
export function ViewControl({
  view,
  onChange,
}: {
  view: MapView;
  onChange: (view: MapView) => void;
}) {
  const name = useId();
  const place = useFeedPlace();
  const options: { value: MapView; label: string }[] = [
    { value: 'score', label: 'Score' },
    { value: 'compare', label: comparedWithText(place) },
  ];
  return (
    <fieldset className="nhsuk-fieldset app-control">
      <legend className="nhsuk-fieldset__legend nhsuk-label">Colour the map by</legend>
      <div className="nhsuk-radios nhsuk-radios--inline nhsuk-radios--small">
        {options.map((option) => (
          <div className="nhsuk-radios__item" key={option.value}>
            <input
              className="nhsuk-radios__input"
              id={`${name}-${option.value}`}
              name={name}
              type="radio"
              value={option.value}
              checked={view === option.value}
              onChange={() => onChange(option.value)}
            />
            <label className="nhsuk-label nhsuk-radios__label" htmlFor={`${name}-${option.value}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
