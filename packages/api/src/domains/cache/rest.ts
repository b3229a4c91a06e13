import { restRoutes } from '../../rest/route.ts';

const tag = 'AdminBosOnline';

// The spec names the group's endpoints only; paths follow the admin realm's style.
export const cacheAdminRest = restRoutes([
  {
    method: 'GET',
    path: '/admin/cache',
    procedure: 'admin.cache.keys',
    summary: 'All Cache: keys, paged with SCAN (`?match=bos:…*&cursor=&limit=`; superadmin)',
    tag,
    message: 'Success',
  },
  {
    method: 'GET',
    path: '/admin/cache/statistics',
    procedure: 'admin.cache.stats',
    summary: 'Cache Statistics: hits, misses, hit rate, keys, memory (superadmin)',
    tag,
    message: 'Success',
  },
  {
    method: 'DELETE',
    path: '/admin/cache',
    procedure: 'admin.cache.flush',
    summary: 'Flush All Cache (every `bos:` key; superadmin)',
    tag,
    message: 'Cache has been flushed.',
  },
  {
    method: 'GET',
    path: '/admin/cache/key/{key}',
    procedure: 'admin.cache.get',
    summary: 'Specific Cache key: value and seconds left (superadmin)',
    tag,
    message: 'Success',
  },
  {
    method: 'DELETE',
    path: '/admin/cache/key/{key}',
    procedure: 'admin.cache.delete',
    summary: 'Specific Cache key (delete; superadmin)',
    tag,
    message: 'Cache key has been deleted.',
  },
  {
    method: 'DELETE',
    path: '/admin/cache/pattern',
    procedure: 'admin.cache.deletePattern',
    summary:
      'Specific Cache Pattern: delete by glob, SCAN + UNLINK in batches (`?pattern=bos:…*`; superadmin)',
    tag,
    message: 'Cache keys have been deleted.',
  },
  {
    method: 'GET',
    path: '/admin/cache/user/{id}',
    procedure: 'admin.cache.user',
    summary: "Specific Cache User: every key of a seller's stores, or of one store (superadmin)",
    tag,
    message: 'Success',
  },
  {
    method: 'DELETE',
    path: '/admin/cache/user/{id}',
    procedure: 'admin.cache.forgetUser',
    summary: "Specific Cache User (delete everything of a seller's stores, or of one store; superadmin)",
    tag,
    message: 'Cache keys have been deleted.',
  },
]);
