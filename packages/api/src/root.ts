import { adminRouter } from './domains/admin/router.ts';
import { authRouter } from './domains/auth/router.ts';
import { bankAccountRouter } from './domains/bank-account/router.ts';
import { profileRouter } from './domains/profile/router.ts';
import { sessionRouter } from './domains/session/router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  session: sessionRouter,
  profile: profileRouter,
  bankAccount: bankAccountRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
