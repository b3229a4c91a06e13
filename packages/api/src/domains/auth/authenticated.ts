import type { AdminRole, ApiKeyScope, StoreRole } from '@bosonline/contracts';

// Who a request is, once authenticated: types only, so the request context, the API-key check and
// the domains can name them without importing authenticate.ts (which needs the context itself).

export interface Tenant {
  storeId: string;
  role: StoreRole;
  memberId: string;
}

/**
 * The signed-in person as this request's session check read them: what profile.me answers, so it
 * needs no statement of its own. Absent for a store API key (no person behind the request).
 */
export interface Account {
  id: string;
  name: string;
  email: string;
  phone: string;
  createdAt: Date;
  /** Every store they are an active member of, oldest membership first. */
  stores: Array<{ id: string; name: string; role: StoreRole }>;
}

export type Authenticated =
  | {
      realm: 'seller';
      actor: { userId: string; sessionId: string };
      tenant: Tenant | null;
      account?: Account;
      /**
       * The store asked for (X-Store-Id) is one the user works in, but its owner is suspended by
       * platform staff: its staff keep their accounts, and the store answers "not available".
       */
      storeUnavailable?: boolean;
      /** Set when the bearer is a store API key: the caller may do only what its scopes allow. */
      apiKey?: { id: string; scopes: ApiKeyScope[] };
    }
  | {
      realm: 'admin';
      actor: { adminUserId: string; sessionId: string };
      admin: { id: string; email: string; role: AdminRole };
    };
