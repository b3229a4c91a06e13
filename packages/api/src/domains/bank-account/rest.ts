import { restRoutes } from '../../rest/route.ts';

const tag = 'Rekening';

export const bankAccountRest = restRoutes([
  {
    method: 'GET',
    path: '/bank',
    procedure: 'bankAccount.banks',
    summary: 'Bank List',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/rekening',
    procedure: 'bankAccount.list',
    summary: 'Get Rekening List (`?active=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/rekening/{id}',
    procedure: 'bankAccount.detail',
    summary: 'Rekening Detail',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/rekening',
    procedure: 'bankAccount.create',
    summary: 'Create Rekening',
    tag,
    message: 'Bank account has been successfully saved.',
    status: 201,
  },
  {
    method: 'PUT',
    path: '/store/rekening/{id}',
    procedure: 'bankAccount.update',
    summary: 'Edit Rekening',
    tag,
    message: 'Bank account has been successfully saved.',
  },
  {
    method: 'PATCH',
    path: '/store/rekening/{id}/status',
    procedure: 'bankAccount.setStatus',
    summary: 'Edit Status Rekening',
    tag,
    message: 'Bank account status has been updated.',
  },
  {
    method: 'DELETE',
    path: '/store/rekening/{id}',
    procedure: 'bankAccount.delete',
    summary: 'Delete Rekening',
    tag,
    message: 'Bank account has been deleted',
    omitData: true,
  },
]);
