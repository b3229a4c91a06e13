import type { RegionSearchHit, RegionView } from '@bosonline/contracts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Copy } from '../i18n.ts';
import { FieldError } from './Field.tsx';

const debounceMs = 250;

/**
 * The hit Enter may take before the buyer moves through the list: the first, only when it is
 * the one exact match ("buduran"). "surabaya" (a city: which district?), "budran" (a typo) or two
 * districts of the same name leave the choice to the buyer: Enter must not send a parcel to a guess.
 */
export function preselected(hits: RegionSearchHit[]): number {
  const exact = hits.filter((hit) => hit.match === 'exact');
  return exact.length === 1 && hits[0] === exact[0] ? 0 : -1;
}

/**
 * Search-as-you-type for the buyer's district ("Buduran, Kabupaten Sidoarjo, Jawa Timur"): an
 * ARIA combobox, so arrow keys, Enter and Escape work and screen readers announce the choices.
 */
export function RegionPicker(props: {
  value: RegionView | null;
  error?: string;
  copy: Copy;
  search: (q: string) => Promise<RegionSearchHit[]>;
  onChange: (region: RegionView | null) => void;
}) {
  const { copy, value } = props;
  const [text, setText] = useState('');
  const [results, setResults] = useState<RegionSearchHit[] | null>(null);
  // -1: no option is active, so Enter picks nothing until the buyer chooses one.
  const [active, setActive] = useState(-1);
  const asked = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setResults(null);
      return;
    }
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      props.search(q).then(
        (found) => {
          // Only the latest question's answer counts: typing fast must not show stale results.
          if (ticket !== asked.current) return;
          setResults(found);
          setActive(preselected(found));
        },
        () => ticket === asked.current && setResults([]),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  const pick = (region: RegionSearchHit) => {
    props.onChange(region);
    setText('');
    setResults(null);
  };

  if (value) {
    return (
      <fieldset class="chosen" id="bos-region" tabIndex={-1}>
        <legend class="sr">{copy.region}</legend>
        <span>{value.label}</span>
        <button
          type="button"
          onClick={() => {
            props.onChange(null);
            requestAnimationFrame(() => input.current?.focus());
          }}
        >
          {copy.regionChange}
        </button>
      </fieldset>
    );
  }

  const open = results !== null;
  const optionId = (i: number) => `bos-region-option-${i}`;
  return (
    <div>
      <label for="bos-region">{copy.region}</label>
      <div class="combo">
        <input
          id="bos-region"
          ref={input}
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls="bos-region-list"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-invalid={!!props.error}
          aria-describedby={props.error ? 'bos-region-error' : 'bos-region-hint'}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (!results) return;
            const chosen = results[active];
            const count = results.length;
            if (e.key === 'ArrowDown') count && setActive((i) => (i + 1) % count);
            else if (e.key === 'ArrowUp') count && setActive((i) => (i <= 0 ? count : i) - 1);
            // With the list open, Enter never submits the order: it picks the active option or nothing.
            else if (e.key === 'Enter') chosen && pick(chosen);
            else if (e.key === 'Escape') setResults(null);
            else return;
            e.preventDefault();
          }}
        />
        {open && (
          <div class="listbox" id="bos-region-list" role="listbox" aria-label={copy.region}>
            {results.length === 0 ? (
              <div role="option" aria-disabled="true" aria-selected={false} tabIndex={-1}>
                {copy.regionNone}
              </div>
            ) : (
              results.map((region, i) => (
                <div
                  key={region.id}
                  tabIndex={-1}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  // mousedown, not click: the input keeps focus and the list does not close first.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(region);
                  }}
                >
                  {region.label}
                </div>
              ))
            )}
          </div>
        )}
      </div>
      <p class="hint" id="bos-region-hint">
        {copy.regionHint}
      </p>
      <FieldError id="bos-region-error" error={props.error} />
    </div>
  );
}
