import { restRoutes } from '../../rest/route.ts';

const tag = 'API Key';

export const apiKeyRest = restRoutes([
  {
    method: 'GET',
    path: '/store/api-key',
    procedure: 'apiKey.list',
    summary: 'Store API keys (owner only; never the keys themselves)',
    tag,
    message: 'Success',
  },
  {
    method: 'POST',
    path: '/store/api-key',
    procedure: 'apiKey.create',
    summary: 'Create a store API key (`name`, `scopes`); the answer is the only time the key is shown',
    tag,
    message: 'API key has been successfully created.',
    status: 201,
  },
  {
    method: 'DELETE',
    path: '/store/api-key/{id}',
    procedure: 'apiKey.revoke',
    summary: 'Revoke a store API key',
    tag,
    message: 'API key has been revoked.',
  },
]);
