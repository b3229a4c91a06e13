import { restRoutes } from '../../rest/route.ts';

const tag = 'Voucher';

export const voucherRest = restRoutes([
  {
    method: 'GET',
    path: '/store/voucher',
    procedure: 'voucher.list',
    summary: 'List Voucher',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/voucher/{id}',
    procedure: 'voucher.detail',
    summary: 'Voucher Detail',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/voucher',
    procedure: 'voucher.create',
    summary: 'Voucher',
    tag,
    message: 'Voucher has been successfully saved.',
    status: 201,
  },
  {
    method: 'PUT',
    path: '/store/voucher/{id}',
    procedure: 'voucher.update',
    summary: 'Edit Voucher',
    tag,
    message: 'Voucher has been successfully saved.',
  },
  {
    method: 'PATCH',
    path: '/store/voucher/{id}/status',
    procedure: 'voucher.setStatus',
    summary: 'Edit Voucher Status',
    tag,
    message: 'Voucher status has been updated.',
  },
  {
    method: 'DELETE',
    path: '/store/voucher/{id}',
    procedure: 'voucher.delete',
    summary: 'Delete Voucher',
    tag,
    message: 'Voucher has been deleted',
    omitData: true,
  },
  {
    method: 'GET',
    path: '/voucher/checkout',
    procedure: 'voucher.listForCheckout',
    summary: 'List Voucher Checkout',
    tag,
    message: 'Success',
  },
]);
