import { adminRest } from './domains/admin/rest.ts';
import { authRest } from './domains/auth/rest.ts';
import { bankAccountRest } from './domains/bank-account/rest.ts';
import { profileRest } from './domains/profile/rest.ts';
import { sessionRest } from './domains/session/rest.ts';

/** Every spec endpoint the REST door serves, in the order /openapi.json lists them. */
export const restRouteTable = [...authRest, ...sessionRest, ...profileRest, ...bankAccountRest, ...adminRest];
