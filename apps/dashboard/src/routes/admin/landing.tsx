import { Skeleton } from '@mantine/core';
import { createLazyRoute, Navigate } from '@tanstack/react-router';
import { useAdminMe } from '../../hooks/admin.ts';
import { sections } from './frame.tsx';

export const adminLandingLazy = createLazyRoute('/admin/staff/')({ component: Landing });

/** /admin: the first section the role may open, once the profile says which (sellers: every role). */
function Landing() {
  const me = useAdminMe();
  if (!me.data) return <Skeleton h={36} w="40%" aria-busy="true" />;
  const first = sections.find((s) => me.data.permissions.includes(s.permission)) ?? sections[1];
  return <Navigate to={first.to} replace />;
}
