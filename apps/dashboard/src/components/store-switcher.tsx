import type { BosOutputs } from '@bosonline/sdk';
import { Select } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useSwitchStore } from '../hooks/switch-store.ts';
import { useT } from '../i18n/i18n.tsx';

type Me = BosOutputs['profile']['me'];

/**
 * For people who work in more than one store (routes/layout.tsx shows it only to them); every call
 * then carries X-Store-Id.
 */
export function StoreSwitcher({ me }: { me: Me }) {
  const t = useT();
  const switchStore = useSwitchStore();
  return (
    <Select
      aria-label={t.app.switchStore}
      leftSection={<IconBuildingStore size={16} aria-hidden />}
      value={me.store?.id ?? null}
      allowDeselect={false}
      data={me.stores.map((s) => ({ value: s.id, label: `${s.name} · ${t.app.role[s.role]}` }))}
      onChange={(storeId) => {
        if (!storeId || storeId === me.store?.id) return;
        switchStore(storeId);
      }}
    />
  );
}
