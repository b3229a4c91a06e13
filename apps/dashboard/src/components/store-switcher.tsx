import type { BosOutputs } from '@bosonline/sdk';
import { Select } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { session } from '../api/session.ts';
import { useT } from '../i18n/i18n.tsx';

type Me = BosOutputs['profile']['me'];

/**
 * Acts in another store from the next call: the switcher's way, and the one Beranda offers right
 * after an invitation is accepted.
 */
export function useSwitchStore() {
  const queryClient = useQueryClient();
  return (storeId: string) => {
    // The same client acts in the other store from the next call. Another store's data must
    // never show under this one's name: every cached answer is dropped, and what is on screen
    // is asked again (a plain remove would leave mounted queries without data or a refetch).
    session.switchStore(storeId);
    void queryClient.resetQueries();
  };
}

/** Shown to people who work in more than one store; every call then carries X-Store-Id. */
export function StoreSwitcher({ me }: { me: Me }) {
  const t = useT();
  const switchStore = useSwitchStore();
  if (me.stores.length < 2) return null;
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
