import { restRoutes } from '../../rest/route.ts';

export const paymentRest = restRoutes([
  {
    method: 'GET',
    path: '/store/winpay/service',
    procedure: 'payment.channels',
    summary: 'winpay service (payment channels a store can offer: virtual accounts and QRIS, with fees)',
    tag: 'API Boscod',
    message: 'Success',
  },
]);
