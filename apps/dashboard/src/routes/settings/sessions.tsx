import type { SessionView } from '@bosonline/contracts';
import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { LoadMore } from '../../components/load-more.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { act, reportSaveError, saved } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { formatDateTime } from '../../format.ts';
import { useActiveSessions, useSessionMutations } from '../../hooks/session.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const sessionsPageLazy = createLazyRoute('/signed-in/settings/sessions')({ component: SessionsPage });

function SessionsPage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame title={t.settingsNav.pages.sessions} intro={t.settings.sessions.intro}>
      <SessionList />
    </SettingsPageFrame>
  );
}

function SessionList() {
  const t = useT(settingsSection);
  const list = useActiveSessions();
  const { revoke, revokeOthers } = useSessionMutations();
  if (list.isPending) return <SettingsSkeleton />;
  if (!list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  const sessions = list.data.pages.flatMap((p) => p.items);
  // Another page means other devices, whether or not this one is among those shown.
  const othersExist = sessions.some((s) => !s.current) || list.hasNextPage;
  const device = (s: SessionView) => s.device ?? t.settings.sessions.unknownDevice;

  const endOne = (s: SessionView) =>
    act(t, () => revoke.mutateAsync({ id: s.id }), t.settings.sessions.revoked);
  const endOthers = async () => {
    try {
      const { revoked } = await revokeOthers.mutateAsync();
      saved(t.settings.sessions.revokedOthers(revoked));
    } catch (error) {
      reportSaveError(t, error, () => {}, []);
    }
  };

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button
          variant="light"
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={endOthers}
          loading={revokeOthers.isPending}
          disabled={!othersExist}
        >
          {t.settings.sessions.revokeOthers}
        </Button>
      </Group>
      <Card withBorder p={0}>
        <Table verticalSpacing="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.settings.sessions.device}</Table.Th>
              <Table.Th w={{ base: 110, sm: 200 }}>{t.settings.sessions.lastSeen}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  {s.current && (
                    <Badge variant="light" color="green" mb={4}>
                      {t.settings.sessions.current}
                    </Badge>
                  )}
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {device(s)}
                  </Text>
                  {s.ip && (
                    <Text size="xs" c="dimmed">
                      {s.ip}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={6} align="flex-start">
                    <Text size="sm">{formatDateTime(t.locale, s.lastSeenAt)}</Text>
                    {!s.current && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => endOne(s)}
                        aria-label={t.settings.sessions.revokeNamed(device(s))}
                      >
                        {t.settings.sessions.revoke}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <LoadMore list={list} />
      {!othersExist && (
        <Text size="sm" c="dimmed">
          {t.settings.sessions.onlyThis}
        </Text>
      )}
    </Stack>
  );
}
