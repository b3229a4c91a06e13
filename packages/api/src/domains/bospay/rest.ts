import { restRoutes } from '../../rest/route.ts';

export const bosPayRest = restRoutes([
  {
    method: 'GET',
    path: '/store/bospay/saldo',
    procedure: 'bosPay.saldo',
    summary: 'Saldo BosPay (balance and movements, newest first: `?kind=&limit=&cursor=`)',
    tag: 'API Boscod',
    message: 'Success',
  },
]);
