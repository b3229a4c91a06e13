import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/**
 * A list's search box. What is typed shows at once; the list (and its URL) follow once typing
 * pauses, so the list does not reload per key. A search changed from outside (clearing the
 * filters, the browser's Back) shows in the box.
 */
export function SearchField({
  value,
  onSearch,
  label,
  placeholder,
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  label: string;
  placeholder: string;
}) {
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    // Our own commit (the trimmed text) must not rewrite what is being typed.
    if ((text.trim() || undefined) !== value) setText(value ?? '');
  }
  const commit = useDebouncedCallback((next: string) => onSearch(next.trim() || undefined), 300);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden />}
      type="search"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      style={{ flex: '1 1 220px' }}
    />
  );
}
