import { restRoutes } from '../../rest/route.ts';

export const sessionRest = restRoutes([
  {
    method: 'GET',
    path: '/session/active',
    procedure: 'session.listActive',
    summary: 'Active sessions (devices) of the account',
    tag: 'Session',
    message: 'Active sessions',
  },
  {
    method: 'GET',
    path: '/session/history',
    procedure: 'session.history',
    summary: 'Login history, newest first',
    tag: 'Session',
    message: 'Session history',
  },
  {
    method: 'DELETE',
    path: '/session/others',
    procedure: 'session.revokeOthers',
    summary: 'Log out every other session',
    tag: 'Session',
    message: 'Other sessions have been logged out',
  },
  {
    method: 'DELETE',
    path: '/session/{id}',
    procedure: 'session.revoke',
    summary: 'Log out one session',
    tag: 'Session',
    message: 'Session has been logged out',
    omitData: true,
  },
]);
