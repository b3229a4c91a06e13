import type { AdminPermission } from '@bosonline/contracts';
import { Alert, Skeleton, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useAdminMe } from '../../hooks/admin.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';

/**
 * A console page behind `permission`: `children` for staff whose role grants it; for the others
 * (who reached it by a shared link: the menu does not offer it) why not, instead of a 403.
 */
export function RequirePermission({
  permission,
  title,
  children,
}: {
  permission: AdminPermission;
  title: string;
  children: ReactNode;
}) {
  const c = useConsoleT();
  const me = useAdminMe();
  if (!me.data) return <Skeleton h={36} w="40%" aria-busy="true" />;
  if (me.data.permissions.includes(permission)) return children;
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert color="gray" icon={<IconLock aria-hidden />}>
        {c.noPermission}
      </Alert>
    </Stack>
  );
}
