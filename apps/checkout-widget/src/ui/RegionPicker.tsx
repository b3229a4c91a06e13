import type { RegionView } from '@bosonline/contracts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Copy } from '../i18n.ts';
import { FieldError } from './Field.tsx';

const debounceMs = 250;

/**
 * Search-as-you-type for the buyer's district ("Buduran, Kabupaten Sidoarjo, Jawa Timur"): an
 * ARIA combobox, so arrow keys, Enter and Escape work and screen readers announce the choices.
 */
export function RegionPicker(props: {
  value: RegionView | null;
  error?: string;
  copy: Copy;
  search: (q: string) => Promise<RegionView[]>;
  onChange: (region: RegionView | null) => void;
}) {
  const { copy, value } = props;
  const [text, setText] = useState('');
  const [results, setResults] = useState<RegionView[] | null>(null);
  const [active, setActive] = useState(0);
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
          setActive(0);
        },
        () => ticket === asked.current && setResults([]),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text]);

  const pick = (region: RegionView) => {
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
          aria-activedescendant={open && results.length ? optionId(active) : undefined}
          aria-invalid={!!props.error}
          aria-describedby={props.error ? 'bos-region-error' : 'bos-region-hint'}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (!results?.length) return;
            if (e.key === 'ArrowDown') setActive((i) => (i + 1) % results.length);
            else if (e.key === 'ArrowUp') setActive((i) => (i - 1 + results.length) % results.length);
            else if (e.key === 'Enter') pick(results[active] ?? results[0]!);
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
