import {
  forgotPasswordInput,
  loginInput,
  messageSchema,
  refreshInput,
  registerInput,
  resetPasswordInput,
  tokenPairOutput,
} from '@bosonline/contracts';
import { authedProcedure, publicProcedure, router } from '../../trpc.ts';
import * as auth from './service.ts';

export const authRouter = router({
  register: publicProcedure
    .input(registerInput)
    .output(tokenPairOutput)
    .mutation(({ ctx, input }) => auth.register(ctx, input)),
  login: publicProcedure
    .input(loginInput)
    .output(tokenPairOutput)
    .mutation(({ ctx, input }) => auth.login(ctx, input)),
  refresh: publicProcedure
    .input(refreshInput)
    .output(tokenPairOutput)
    .mutation(({ ctx, input }) => auth.refresh(ctx, input)),
  logout: authedProcedure.output(messageSchema).mutation(async ({ ctx }) => {
    await auth.logout(ctx, ctx.actor.sessionId);
    return { message: 'Logged out' };
  }),
  forgotPassword: publicProcedure
    .input(forgotPasswordInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await auth.forgotPassword(ctx, input);
      return { message: 'If the account exists, a reset code has been sent to its WhatsApp number.' };
    }),
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await auth.resetPassword(ctx, input);
      return { message: 'Password has been reset. Log in with the new password.' };
    }),
});
