import { restRoutes } from '../../rest/route.ts';

const tag = 'AdminBosOnline';

export const platformPostAdminRest = restRoutes([
  {
    method: 'GET',
    path: '/admin/post',
    procedure: 'admin.post.list',
    summary: 'Announcements and tips (`?kind=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/admin/post',
    procedure: 'admin.post.create',
    summary: 'Create announcement or tip',
    tag,
    message: 'Post has been published.',
    status: 201,
  },
  {
    method: 'DELETE',
    path: '/admin/post/{id}',
    procedure: 'admin.post.delete',
    summary: 'Delete announcement or tip',
    tag,
    message: 'Post has been deleted',
    omitData: true,
  },
]);
