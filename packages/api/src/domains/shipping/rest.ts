import { restRoutes } from '../../rest/route.ts';

// The spec names the "API Boscod" endpoints without paths; these follow its style (snake_case
// query fields, the store's resources under /store).
const tag = 'API Boscod';

export const shippingRest = restRoutes([
  {
    method: 'GET',
    path: '/boscod/rates',
    procedure: 'shipping.rates',
    summary: 'Cek Ongkir (`?origin_id=&destination_id=&weight=<grams>&courier_code=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/boscod/tracking/{q}',
    procedure: 'shipping.tracking',
    summary: "Tracking Order (by the store's invoice or AWB)",
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/boscod/region',
    procedure: 'shipping.regions',
    summary: "Wilayah (BosCOD's region search `?q=`, each with our region)",
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/warehouse/{id}/boscod',
    procedure: 'shipping.registerWarehouse',
    summary: 'Warehouse (register a pickup address with BosCOD)',
    tag,
    message: 'Warehouse has been registered with BosCOD.',
  },
]);
