import type { RegionSearchHit, RegionView } from '@bosonline/contracts';
import { Badge, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useDistrictSearch } from '../hooks/region.ts';
import { useT } from '../i18n/i18n.tsx';
import { settingsSection } from '../i18n/settings.ts';

/**
 * A district, found by typing its name. Nothing is picked on the seller's behalf: even an exact
 * hit waits for a click, and partial or fuzzy hits are marked as guesses (contracts' region.ts).
 */
export function RegionPicker({
  label,
  value,
  onChange,
  error,
  inDialog = false,
}: {
  label: string;
  value: RegionView | null;
  onChange: (region: RegionView | null) => void;
  error?: string;
  /** Inside a modal the options list stays in the dialog (focus trap), not in a portal. */
  inDialog?: boolean;
}) {
  const t = useT(settingsSection);
  const [search, setSearch] = useState(value?.label ?? '');
  const typing = search !== (value?.label ?? '');
  const hits = useDistrictSearch(typing ? search : '');
  const found: RegionSearchHit[] = typing ? (hits.data ?? []) : [];
  // The chosen region stays among the options so the field can show it.
  const options = value && !found.some((h) => h.id === value.id) ? [value, ...found] : found;
  const byId = new Map(options.map((r) => [String(r.id), r]));
  const guesses = found.length > 0 && found.every((h) => h.match !== 'exact');

  const nothing =
    search.trim().length < 2
      ? t.settings.region.typeMore
      : hits.isFetching
        ? t.settings.region.searching
        : t.settings.region.none;

  return (
    <Select
      label={label}
      placeholder={t.settings.region.placeholder}
      searchable
      clearable
      required
      searchValue={search}
      onSearchChange={setSearch}
      // The server already ranked and filtered; the list must not be narrowed again here.
      filter={({ options: all }) => all}
      data={options.map((r) => ({ value: String(r.id), label: r.label }))}
      value={value ? String(value.id) : null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      nothingFoundMessage={nothing}
      description={typing && guesses ? t.settings.region.pickOne : undefined}
      error={error}
      comboboxProps={inDialog ? { withinPortal: false } : undefined}
      renderOption={({ option }) => {
        const hit = found.find((h) => String(h.id) === option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{option.label}</Text>
            {hit && hit.match !== 'exact' && (
              <Badge size="xs" variant="light" color="gray">
                {t.settings.region.partial}
              </Badge>
            )}
          </Group>
        );
      }}
    />
  );
}
