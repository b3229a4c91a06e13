import { restRoutes } from '../../rest/route.ts';

const tag = 'Store';

// `/region/province` is registered before `/region/{id}` so the literal path wins.
export const regionRest = restRoutes([
  {
    method: 'GET',
    path: '/region/province',
    procedure: 'region.provinces',
    summary: 'Get Province List',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/region',
    procedure: 'region.search',
    summary: 'Wilayah (`?q=&level=&limit=`)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/region/{parent_id}/children',
    procedure: 'region.children',
    summary: 'Get Region (children of a region)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/region/{id}',
    procedure: 'region.get',
    summary: 'Get Region',
    tag,
    message: 'Success',
  },
]);
