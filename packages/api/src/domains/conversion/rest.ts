import { type RestRequest, restRoutes } from '../../rest/route.ts';

const tag = 'Conversions';

export const conversionRest = restRoutes([
  {
    method: 'GET',
    path: '/store/form/{id}/conversions',
    procedure: 'conversion.settings',
    summary: "Form's ad conversion settings (tokens only as set / not_set)",
    tag,
    message: 'Success',
  },
  {
    method: 'PUT',
    path: '/store/form/{id}/conversions',
    procedure: 'conversion.updateSettings',
    summary: 'Edit ad conversion settings (access tokens are write-only; null removes one)',
    tag,
    message: 'Conversion settings have been saved.',
  },
  {
    method: 'GET',
    path: '/store/form/{id}/conversions/deliveries',
    procedure: 'conversion.deliveries',
    summary: 'Conversion delivery log of a form (`?cursor=&limit=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/store/order/{id}/conversions',
    procedure: 'conversion.deliveries',
    summary: 'Conversion delivery log of one order (`{id}` is its invoice)',
    input: (req: RestRequest) => ({ ...req.query, invoice: req.params.id }),
    tag,
    message: 'Success',
  },
]);
