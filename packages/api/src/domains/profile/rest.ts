import { restRoutes } from '../../rest/route.ts';

export const profileRest = restRoutes([
  {
    method: 'GET',
    path: '/profile/me',
    procedure: 'profile.me',
    summary: 'The logged-in user and their store',
    tag: 'Profile',
    message: 'Success',
  },
  {
    method: 'PUT',
    path: '/profile',
    procedure: 'profile.update',
    summary: 'Edit name, email or phone',
    tag: 'Profile',
    message: 'Profile has been successfully saved.',
  },
  {
    method: 'PUT',
    path: '/profile/password',
    procedure: 'profile.changePassword',
    summary: 'Change password (logs out other sessions)',
    tag: 'Profile',
    message: 'Password has been changed',
  },
  {
    method: 'DELETE',
    path: '/profile',
    procedure: 'profile.deleteAccount',
    summary: 'Delete the account (requires the password)',
    tag: 'Profile',
    message: 'Account has been deleted',
    omitData: true,
  },
]);
