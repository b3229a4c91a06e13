import { restRoutes } from '../../rest/route.ts';

const tag = 'Order';

export const riskRest = restRoutes([
  {
    method: 'POST',
    path: '/order/held/confirm',
    procedure: 'risk.confirmHeldOrder',
    summary: "Confirm a held COD order (`token` from the buyer's WhatsApp link): it is then booked",
    tag,
    message: 'Order confirmed',
  },
  {
    method: 'POST',
    path: '/order/held/cancel',
    procedure: 'risk.cancelHeldOrder',
    summary: "Cancel a held COD order (`token` from the buyer's WhatsApp link): stock comes back",
    tag,
    message: 'Order canceled',
  },
]);
