import { restRoutes } from '../../rest/route.ts';

const tag = 'Staff';

export const staffRest = restRoutes([
  {
    method: 'GET',
    path: '/store/staff',
    procedure: 'staff.list',
    summary: 'Staff List',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/staff',
    procedure: 'staff.create',
    summary: 'Create Staff',
    tag,
    message: 'Staff has been successfully added.',
    status: 201,
  },
  {
    method: 'PUT',
    path: '/store/staff/{id}',
    procedure: 'staff.update',
    summary: 'Update staff',
    tag,
    message: 'Staff has been successfully updated.',
  },
  {
    method: 'PATCH',
    path: '/store/staff/status',
    procedure: 'staff.setStatusMany',
    summary: 'Edit Multi Status Staff',
    tag,
    message: 'Staff status has been updated.',
  },
  {
    method: 'PATCH',
    path: '/store/staff/{id}/status',
    procedure: 'staff.setStatus',
    summary: 'Edit Status Staff',
    tag,
    message: 'Staff status has been updated.',
  },
  {
    method: 'DELETE',
    path: '/store/staff/{id}',
    procedure: 'staff.delete',
    summary: 'Delete staff',
    tag,
    message: 'Staff member has been removed',
    omitData: true,
  },
]);
