import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useFeedStatus } from '../../api/feed-query';
import { searchItems } from '../../domain/search/search-items';
import { searchSite } from '../../domain/search/site-search';
import type { SearchGroup, SearchResult } from '../../domain/search/site-search';
import { formatIsoDate } from '../../lib/format-date';
import { keepGlobalParams } from '../../lib/url-state/url-state';
import './site-search.css';

const GROUP_LABELS: Record<SearchGroup, string> = {
  systems: 'Systems',
  standards: 'Standards',
  pages: 'Pages',
};

function hint(result: SearchResult): string | null {
  if (result.viaFormerName) return `Took in ${result.viaFormerName}`;
  if (result.item.endedOn) return `Ended ${formatIsoDate(result.item.endedOn)}`;
  return null;
}

/** The option an arrow moves to: wraps at either end; Up from none goes to the last. */
export function nextActive(index: number, step: 1 | -1, count: number): number {
  if (index < 0) return step === 1 ? 0 : count - 1;
  return (index + step + count) % count;
}

/**
 * The header's site search: a combobox per the WAI-ARIA APG pattern (list autocomplete). Focus
 * stays in the input; arrows move the active option (aria-activedescendant), Enter opens it, Escape
 * closes the list and then clears. The count is announced through a status region.
 */
export function SiteSearch({ pages }: { pages: readonly { to: string; label: string }[] }) {
  const id = useId();
  const feed = useFeedStatus().data?.feed;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const navigate = useNavigate();
  const { search } = useLocation();
  const items = useMemo(
    () =>
      searchItems({
        systems: feed?.geography.systems ?? [],
        crosswalk: feed?.geography.crosswalk ?? [],
        standards: feed?.standards ?? [],
        pages,
      }),
    [feed, pages],
  );
  const results = useMemo(() => searchSite(items, text), [items, text]);
  const flat = results.groups.flatMap((group) => group.results);
  const expanded = open && flat.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function choose(result: SearchResult | undefined) {
    if (!result) return;
    setOpen(false);
    setText('');
    setActive(-1);
    void navigate({ pathname: result.item.to, search: keepGlobalParams(search) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const step = ({ ArrowDown: 1, ArrowUp: -1 } as const)[event.key as 'ArrowDown' | 'ArrowUp'];
    if (step !== undefined) {
      event.preventDefault();
      setOpen(true);
      if (flat.length > 0) setActive((index) => nextActive(index, step, flat.length));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(flat[active] ?? flat[0]);
    } else if (event.key === 'Escape') {
      // A search input clears itself on Escape; the pattern closes the list first, then clears.
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setText('');
      setActive(-1);
    }
  }

  // Each group's first option's index in the flat list the arrows move through.
  const starts = results.groups.map((_, at) =>
    results.groups.slice(0, at).reduce((sum, group) => sum + group.results.length, 0),
  );
  const status = !text.trim()
    ? ''
    : results.total === 0
      ? 'No results'
      : results.shown < results.total
        ? `${results.shown} of ${results.total} results shown`
        : `${results.total} ${results.total === 1 ? 'result' : 'results'}`;
  return (
    <div className="app-site-search">
      <label className="nhsuk-u-visually-hidden" htmlFor={`${id}-input`}>
        Search systems, standards and pages
      </label>
      <input
        id={`${id}-input`}
        className="nhsuk-input app-site-search__input"
        type="search"
        role="combobox"
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label="Search results"
        className="app-site-search__listbox"
        hidden={!expanded}
      >
        {results.groups.map((group, at) => (
          <div key={group.group} role="group" aria-labelledby={`${id}-${group.group}`}>
            <div role="presentation" id={`${id}-${group.group}`} className="app-site-search__group">
              {GROUP_LABELS[group.group]}
            </div>
            {group.results.map((result, offset) => {
              const mine = (starts[at] ?? 0) + offset;
              const note = hint(result);
              return (
                // Keys are handled by the input, which keeps focus (the APG combobox pattern).
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <div
                  key={result.item.key}
                  id={optionId(mine)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={mine === active}
                  className="app-site-search__option"
                  // Keep focus in the input: the click chooses, the blur would close first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(result)}
                >
                  {result.item.label}
                  {note ? <span className="app-site-search__hint"> {note}</span> : null}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {/* aria-live rather than role="status": a page keeps one status region for its own news
          (filters, loading), and the search's count must not become a second one. */}
      <p aria-live="polite" className="nhsuk-u-visually-hidden">
        {open ? status : ''}
      </p>
    </div>
  );
}
