import type { StaffView } from '@bosonline/contracts';
import { Alert, Badge, Button, Card, EmptyState, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconLock, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { ListSkeleton } from '../../components/list-skeleton.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { EditMemberDialog, InviteDialog } from '../../components/settings/staff-dialogs.tsx';
import { useCan, useMe } from '../../hooks/profile.ts';
import { useStaffList } from '../../hooks/staff.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const teamPageLazy = createLazyRoute('/signed-in/settings/team')({ component: TeamPage });

function TeamPage() {
  const t = useT(settingsSection);
  const me = useMe();
  const allowed = useCan('staff.manage');
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t.team.title}
        </Title>
        <Text c="dimmed">{t.team.intro}</Text>
      </div>
      {me.isPending ? (
        <ListSkeleton rows={3} />
      ) : allowed ? (
        <TeamList />
      ) : (
        // Someone followed a shared link their role does not open.
        <Alert color="yellow" icon={<IconLock aria-hidden />}>
          {t.team.notAllowed}
        </Alert>
      )}
    </Stack>
  );
}

function TeamList() {
  const t = useT(settingsSection);
  const list = useStaffList();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<StaffView | null>(null);
  const invite = (
    <Group justify="flex-end">
      <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setInviting(true)}>
        {t.settings.staff.invite}
      </Button>
    </Group>
  );
  const dialogs = (
    <>
      {inviting && <InviteDialog onClose={() => setInviting(false)} />}
      {editing && <EditMemberDialog member={editing} onClose={() => setEditing(null)} />}
    </>
  );
  if (list.isPending) return <ListSkeleton rows={3} />;
  if (!list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  const members = list.data.pages.flatMap((p) => p.items);
  if (members.length === 0) {
    return (
      <Stack gap="sm">
        {invite}
        {dialogs}
        <Card withBorder>
          <EmptyState
            icon={<IconUsers size={28} aria-hidden />}
            title={t.team.emptyTitle}
            description={t.team.empty}
          />
        </Card>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {invite}
      {dialogs}
      <Card withBorder p={0}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.team.name}</Table.Th>
              <Table.Th visibleFrom="sm">{t.team.contact}</Table.Th>
              <Table.Th>{t.team.role}</Table.Th>
              <Table.Th visibleFrom="sm">{t.team.share}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {member.name}
                  </Text>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    {member.phone}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{member.phone}</Text>
                  <Text size="xs" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge variant="light" color={member.role === 'cs' ? 'blue' : 'brand'}>
                      {t.app.role[member.role]}
                    </Badge>
                    {member.status !== 'active' && (
                      <Badge variant="light" color={member.status === 'invited' ? 'yellow' : 'gray'}>
                        {t.team[member.status]}
                      </Badge>
                    )}
                    {member.role !== 'owner' && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => setEditing(member)}
                        aria-label={t.settings.staff.editNamed(member.name)}
                      >
                        {t.settings.staff.edit}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">
                    {member.role === 'cs' ? t.team.shareHint(member.weight) : t.common.dash}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <LoadMore list={list} />
    </Stack>
  );
}
