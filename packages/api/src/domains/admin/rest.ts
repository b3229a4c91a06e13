import { restRoutes } from '../../rest/route.ts';

export const adminRest = restRoutes([
  {
    method: 'POST',
    path: '/admin/auth/login',
    procedure: 'admin.auth.login',
    summary: 'Platform staff login',
    tag: 'AdminBosOnline',
    auth: 'public',
    message: 'Login successful',
  },
  {
    method: 'POST',
    path: '/admin/auth/logout',
    procedure: 'admin.auth.logout',
    summary: 'End the platform staff session',
    tag: 'AdminBosOnline',
    auth: 'admin',
    message: 'Logged out',
    omitData: true,
  },
  {
    method: 'GET',
    path: '/admin/auth/me',
    procedure: 'admin.auth.me',
    summary: 'The logged-in platform staff member',
    tag: 'AdminBosOnline',
    auth: 'admin',
    message: 'Success',
  },
]);
