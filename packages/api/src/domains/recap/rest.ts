import { restRoutes } from '../../rest/route.ts';

const tag = 'Store';
const filters =
  '`?status=&payment_method=&courier_code=&cs_member_id=&form_id=&product_id=&date_field=&from=&to=&q=`';

export const recapRest = restRoutes([
  {
    method: 'GET',
    path: '/store/recap/order',
    procedure: 'order.recap',
    summary: `Recap Order (${filters}; as Recap Order List)`,
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/recap/store',
    procedure: 'recap.store',
    summary: `Recap Store (${filters})`,
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/recap/product',
    procedure: 'recap.product',
    summary: `Recap Product (${filters})`,
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/recap/cs',
    procedure: 'recap.cs',
    summary: `Recap CS (${filters})`,
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/revenue',
    procedure: 'recap.revenue',
    summary: `Get Revenue (${filters} + \`period\`: day | month)`,
    tag,
    message: 'Success',
  },
]);
