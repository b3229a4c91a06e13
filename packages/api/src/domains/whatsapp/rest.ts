import { restRoutes } from '../../rest/route.ts';

export const whatsappRest = restRoutes([
  {
    method: 'GET',
    path: '/store/validation-wa',
    procedure: 'whatsapp.validateNumber',
    summary: 'Validation Number WA With store (`?phone=`; the seller side, counted per store)',
    tag: 'API Boscod',
    message: 'Success',
  },
]);
