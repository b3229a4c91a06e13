import { type RestRequest, restRoutes } from '../../rest/route.ts';

const tag = 'Order Shield';

/** Orders are addressed by invoice (`INV57123`) as the spec's order paths do. */
const byInvoice = (req: RestRequest) => ({ ...(req.body as object), invoice: req.params.id });

export const shieldRest = restRoutes([
  {
    method: 'GET',
    path: '/store/shield/blocks',
    procedure: 'shield.blocks',
    summary: 'Order Shield block list (`?kind=phone|ip|device&q=&cursor=&limit=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/shield/blocks',
    procedure: 'shield.addBlock',
    summary: 'Add to the block list (`kind`, `value`, `reason`)',
    tag,
    message: 'Added to the block list',
    status: 201,
  },
  {
    method: 'DELETE',
    path: '/store/shield/blocks/{id}',
    procedure: 'shield.removeBlock',
    summary: 'Remove from the block list',
    tag,
    message: 'Removed from the block list',
    omitData: true,
  },
  {
    method: 'POST',
    path: '/store/shield/orders/{id}/ban',
    procedure: 'shield.banBuyer',
    summary:
      "Blokir pembeli: the order's phone and device id on the block lists (`reason`; `include_ip: true` adds its IP, which also holds other buyers sharing it)",
    tag,
    message: 'Buyer blocked',
    input: byInvoice,
  },
  {
    method: 'POST',
    path: '/store/shield/orders/{id}/release',
    procedure: 'shield.release',
    summary: 'Bukan spam: a held (suspicious) order goes on as its checkout would have',
    tag,
    message: 'Order released',
    input: byInvoice,
  },
  {
    method: 'POST',
    path: '/store/shield/orders/{id}/spam',
    procedure: 'shield.markSpam',
    summary: 'Spam: a held (suspicious) order is canceled',
    tag,
    message: 'Order canceled as spam',
    input: byInvoice,
  },
]);
