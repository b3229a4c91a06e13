import { type ShieldBlock, type ShieldBlockKind, shieldBlockKinds } from '@bosonline/contracts';
import {
  Button,
  Card,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconBan, IconTrash } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { ListStates } from '../../components/list-states.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { ConfirmModal } from '../../components/settings/confirm.tsx';
import { act } from '../../components/settings/feedback.ts';
import { SettingsPageFrame } from '../../components/settings/gate.tsx';
import { formatDateTime } from '../../format.ts';
import { useBlockMutations, useBlocks } from '../../hooks/shield.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const blocksPageLazy = createLazyRoute('/signed-in/settings/blocks')({ component: BlocksPage });

function BlocksPage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.blocks}
      intro={t.shield.blocks.intro}
      permission="order.manage"
    >
      <Stack gap="md">
        <NewEntry />
        <Entries />
      </Stack>
    </SettingsPageFrame>
  );
}

function NewEntry() {
  const t = useT(settingsSection);
  const m = t.shield.blocks;
  const { add } = useBlockMutations();
  const [kind, setKind] = useState<ShieldBlockKind>('phone');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const ok = await act(t, () => add.mutateAsync({ kind, value, reason }), m.added);
    if (ok) {
      setValue('');
      setReason('');
    }
  };

  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={m.kindLabel}
          data={shieldBlockKinds.map((k) => ({ value: k, label: m.kind[k] }))}
          value={kind}
          onChange={(v) => v && setKind(v as ShieldBlockKind)}
          allowDeselect={false}
          style={{ flex: '1 1 140px' }}
        />
        <TextInput
          label={m.kind[kind]}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          required
          maxLength={64}
          style={{ flex: '2 1 200px' }}
        />
        <TextInput
          label={m.reason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          maxLength={200}
          style={{ flex: '2 1 200px' }}
        />
        <Button type="submit" leftSection={<IconBan size={16} aria-hidden />} loading={add.isPending}>
          {m.add}
        </Button>
      </Group>
    </Card>
  );
}

function Entries() {
  const t = useT(settingsSection);
  const m = t.shield.blocks;
  const [kind, setKind] = useState<ShieldBlockKind | undefined>(undefined);
  const [q, setQ] = useState<string | undefined>(undefined);
  const list = useBlocks({ kind, q });
  const { remove } = useBlockMutations();
  const [removing, setRemoving] = useState<ShieldBlock | null>(null);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchField value={q} onSearch={setQ} label={m.search} placeholder={m.search} />
        <Select
          label={m.allKinds}
          placeholder={m.allKinds}
          data={shieldBlockKinds.map((k) => ({ value: k, label: m.kind[k] }))}
          value={kind ?? null}
          onChange={(v) => setKind((v as ShieldBlockKind) ?? undefined)}
          clearable
          style={{ flex: '1 1 160px' }}
        />
      </Group>
      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 3 }}
        empty={{ icon: <IconBan size={28} aria-hidden />, title: m.none, description: m.intro }}
      >
        <Card withBorder p={0}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.value}</Table.Th>
                <Table.Th>{m.reason}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{m.remove}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {m.kind[entry.kind]}
                    </Text>
                    <Code style={{ wordBreak: 'break-all' }}>{entry.value}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{entry.reason}</Text>
                    <Text size="xs" c="dimmed">
                      {entry.addedBy ? `${entry.addedBy.name} · ` : ''}
                      {formatDateTime(t.locale, entry.createdAt)} {t.common.wib}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={14} aria-hidden />}
                      aria-label={m.removeNamed(entry.value)}
                      onClick={() => setRemoving(entry)}
                    >
                      {m.remove}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <LoadMore list={list} />
      </ListStates>
      {removing && (
        <ConfirmModal
          title={m.removeConfirm(removing.value)}
          confirmLabel={m.remove}
          loading={remove.isPending}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await act(t, () => remove.mutateAsync({ id: removing.id }), m.removed);
            setRemoving(null);
          }}
        />
      )}
    </Stack>
  );
}
