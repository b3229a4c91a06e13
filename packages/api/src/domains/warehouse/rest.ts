import { restRoutes } from '../../rest/route.ts';

// The spec lists the warehouse endpoints under both Store (the list) and Profile (edits, default).
export const warehouseRest = restRoutes([
  {
    method: 'GET',
    path: '/store/warehouse',
    procedure: 'warehouse.list',
    summary: 'Warehouse',
    tag: 'Store',
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/warehouse/{id}',
    procedure: 'warehouse.detail',
    summary: 'Warehouse (detail)',
    tag: 'Profile',
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/warehouse',
    procedure: 'warehouse.create',
    summary: 'Warehouse (create)',
    tag: 'Profile',
    message: 'Warehouse has been successfully saved.',
    status: 201,
  },
  {
    method: 'PUT',
    path: '/store/warehouse/{id}',
    procedure: 'warehouse.update',
    summary: 'Edit Warehouse',
    tag: 'Profile',
    message: 'Warehouse has been successfully saved.',
  },
  {
    method: 'PATCH',
    path: '/store/warehouse/{id}/default',
    procedure: 'warehouse.setDefault',
    summary: 'Default Warehouse',
    tag: 'Profile',
    message: 'Default warehouse has been updated.',
  },
  {
    method: 'DELETE',
    path: '/store/warehouse/{id}',
    procedure: 'warehouse.delete',
    summary: 'Warehouse (delete)',
    tag: 'Profile',
    message: 'Warehouse has been deleted',
    omitData: true,
  },
]);
