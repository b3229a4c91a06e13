import { can, type Permission } from '@bosonline/contracts';
import { Alert, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useMe } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';

/** A settings page's heading, then its body once the role allows it (a shared link may not). */
export function SettingsPageFrame({
  title,
  intro,
  permission,
  children,
}: {
  title: string;
  intro: string;
  permission?: Permission;
  children: ReactNode;
}) {
  const t = useT();
  const me = useMe();
  const role = me.data?.store?.role;
  // No permission: a page about the person themself, open to every role.
  const allowed = permission === undefined || (role !== undefined && can(role, permission));
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{intro}</Text>
      </div>
      {me.isPending ? (
        <SettingsSkeleton />
      ) : allowed ? (
        children
      ) : (
        <Alert color="yellow" icon={<IconLock aria-hidden />}>
          {t.settings.notAllowed}
        </Alert>
      )}
    </Stack>
  );
}

export function SettingsSkeleton() {
  return (
    <Card withBorder aria-busy="true">
      <Stack gap="md">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} h={40} />
        ))}
      </Stack>
    </Card>
  );
}
