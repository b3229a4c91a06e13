import type { AdminRole, StoreRole } from '@bosonline/contracts';

/** What the per-request session check reads (auth.sql.ts checkSessionSql), and the cache keeps. */
export interface CheckedSession {
  id: string;
  realm: 'seller' | 'admin';
  userId: string | null;
  adminUserId: string | null;
  expiresAt: Date;
  endedAt: Date | null;
  /** The seller's account, when the token's subject is the session's user. */
  userStatus: string | null;
  userName: string | null;
  userEmail: string | null;
  userPhone: string | null;
  userCreatedAt: Date | null;
  /** Active memberships, oldest first, with whether the store's owner is active. */
  memberships: Array<{
    id: string;
    storeId: string;
    storeName: string;
    role: StoreRole;
    ownerActive: boolean;
  }>;
  /** The admin account, when the token's subject is the session's admin. */
  admin: { id: string; email: string; role: AdminRole; active: boolean } | null;
}
