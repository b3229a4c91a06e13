import { can, type Permission } from '@bosonline/contracts';
import { Alert, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useMe } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

/**
 * `children` once the person's role in this store allows `permission` (no permission: open to
 * every role), else `closed`: a shared link may land someone on a page their role does not open.
 */
export function RoleGate({
  permission,
  closed,
  children,
}: {
  permission?: Permission;
  closed: ReactNode;
  children: ReactNode;
}) {
  const me = useMe();
  const role = me.data?.store?.role;
  if (me.isPending) return <SettingsSkeleton />;
  return permission === undefined || (role !== undefined && can(role, permission)) ? children : closed;
}

/** A lock notice: why this page is closed to the reader's role. */
export function NotAllowed({ children }: { children: ReactNode }) {
  return (
    <Alert color="yellow" icon={<IconLock aria-hidden />}>
      {children}
    </Alert>
  );
}

/** A settings page's heading, then its body once the role allows it. */
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
  const t = useT(settingsSection);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{intro}</Text>
      </div>
      <RoleGate permission={permission} closed={<NotAllowed>{t.settings.notAllowed}</NotAllowed>}>
        {children}
      </RoleGate>
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
