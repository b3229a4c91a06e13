import { type ApiKeyScope, type ApiKeyView, apiKeyScopes } from '@bosonline/contracts';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconKey, IconTrash } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { QueryError } from '../../components/query-error.tsx';
import { ConfirmModal } from '../../components/settings/confirm.tsx';
import { act } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { SecretOnceModal } from '../../components/settings/secret-once.tsx';
import { formatDateTime } from '../../format.ts';
import { useApiKeyMutations, useApiKeys } from '../../hooks/api-keys.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const apiKeysPageLazy = createLazyRoute('/signed-in/settings/api-keys')({ component: ApiKeysPage });

function ApiKeysPage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.apiKeys}
      intro={t.settings.apiKeys.intro}
      permission="apiKey.manage"
    >
      <Stack gap="md">
        <NewKey />
        <KeyList />
      </Stack>
    </SettingsPageFrame>
  );
}

function NewKey() {
  const t = useT(settingsSection);
  const m = t.settings.apiKeys;
  const { create } = useApiKeyMutations();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['orders:read']);
  // The whole key, held only until the seller says it is saved: the server never shows it again.
  const [shown, setShown] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    // No success notice: the dialog showing the key says it was made.
    await act(t, async () => {
      const created = await create.mutateAsync({ name, scopes });
      setShown(created.key);
      setName('');
    });
  };

  return (
    <Card withBorder component="form" onSubmit={submit}>
      {shown && (
        <SecretOnceModal
          title={m.created}
          warning={m.shownOnce}
          secret={shown}
          copyLabel={m.copy}
          doneLabel={m.done}
          onDone={() => setShown(null)}
          testId="new-api-key"
        />
      )}
      <Stack gap="sm">
        <TextInput
          label={m.name}
          placeholder={m.namePlaceholder}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          maxLength={80}
        />
        <Checkbox.Group label={m.scopes} value={scopes} onChange={(v) => setScopes(v as ApiKeyScope[])}>
          <Stack gap={6} mt={4}>
            {apiKeyScopes.map((scope) => (
              <Checkbox key={scope} value={scope} label={m.scope[scope] ?? scope} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group>
          <Button
            type="submit"
            leftSection={<IconKey size={16} aria-hidden />}
            loading={create.isPending}
            disabled={!name.trim() || scopes.length === 0}
          >
            {m.create}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function KeyList() {
  const t = useT(settingsSection);
  const m = t.settings.apiKeys;
  const list = useApiKeys();
  const { revoke } = useApiKeyMutations();
  const [revoking, setRevoking] = useState<ApiKeyView | null>(null);
  if (list.isPending) return <SettingsSkeleton />;
  if (!list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  if (list.data.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {m.none}
      </Text>
    );
  }

  const confirmRevoke = async () => {
    if (!revoking) return;
    await act(t, () => revoke.mutateAsync({ id: revoking.id }), m.revoked);
    setRevoking(null);
  };

  return (
    <Card withBorder p={0}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{m.prefix}</Table.Th>
            <Table.Th>{m.scopes}</Table.Th>
            <Table.Th>{m.lastUsed}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{m.revoke}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {key.name}
                </Text>
                <Code>{key.prefix}…</Code>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {key.scopes.map((scope) => (
                    <Badge key={scope} size="sm" variant="light">
                      {scope}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {key.lastUsedAt ? `${formatDateTime(t.locale, key.lastUsedAt)} ${t.common.wib}` : m.never}
                </Text>
              </Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge color="gray">{m.revokedBadge}</Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} aria-hidden />}
                    aria-label={m.revokeNamed(key.name)}
                    onClick={() => setRevoking(key)}
                  >
                    {m.revoke}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {revoking && (
        <ConfirmModal
          title={m.revokeConfirm(revoking.name)}
          confirmLabel={m.revoke}
          onConfirm={confirmRevoke}
          onClose={() => setRevoking(null)}
          loading={revoke.isPending}
        />
      )}
    </Card>
  );
}
