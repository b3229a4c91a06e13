import {
  addDomainInput,
  checkSubdomainInput,
  checkSubdomainOutput,
  idInput,
  logoUploadOutput,
  markNotificationsReadInput,
  messageSchema,
  notificationListInput,
  notificationPageOutput,
  onboardingOutput,
  platformPostFeedInput,
  platformPostPageOutput,
  setDefaultDomainInput,
  setSubdomainInput,
  storeDomainOutput,
  storeDomainsOutput,
  storeOutput,
  storeUpdateInput,
  updatedCountOutput,
  verifyDomainOutput,
} from '@bosonline/contracts';
import { z } from 'zod';
import { authedProcedure, router, sellerCan, sellerProcedure, sellerWrites } from '../../trpc.ts';
import { forgetStore } from '../cache/forget.ts';
import * as notifications from '../notification/service.ts';
import * as posts from '../platform-post/service.ts';
import * as domains from './domains.ts';
import { uploadLogo } from './logo.ts';
import * as onboarding from './onboarding.ts';
import * as store from './service.ts';
import * as subdomain from './subdomain.ts';

const manage = sellerCan('store.manage');
/** Writes to what buyers' pages show of the store (name, logo, links, contacts, framing domains). */
const edit = sellerWrites('store.manage', forgetStore);

export const storeRouter = router({
  get: sellerProcedure.output(storeOutput).query(({ ctx }) => store.get(ctx)),
  update: edit
    .input(storeUpdateInput)
    .output(storeOutput)
    .mutation(({ ctx, input }) => store.update(ctx, input)),
  uploadLogo: edit
    .input(z.instanceof(FormData, { message: 'Send the logo as multipart/form-data' }))
    .output(logoUploadOutput)
    .mutation(({ ctx, input }) => uploadLogo(ctx, input)),

  checkSubdomain: sellerProcedure
    .input(checkSubdomainInput)
    .output(checkSubdomainOutput)
    .query(({ ctx, input }) => subdomain.check(ctx, input.slug)),
  setSubdomain: edit
    .input(setSubdomainInput)
    .output(storeOutput)
    .mutation(({ ctx, input }) => subdomain.set(ctx, input.slug)),

  domains: sellerProcedure.output(storeDomainsOutput).query(({ ctx }) => domains.list(ctx)),
  addDomain: edit
    .input(addDomainInput)
    .output(storeDomainOutput)
    .mutation(({ ctx, input }) => domains.add(ctx, input.hostname)),
  verifyDomain: edit
    .input(idInput)
    .output(verifyDomainOutput)
    .mutation(({ ctx, input }) => domains.verify(ctx, input.id)),
  setDefaultDomain: edit
    .input(setDefaultDomainInput)
    .output(storeDomainsOutput)
    .mutation(({ ctx, input }) => domains.setDefault(ctx, input)),
  removeDomain: edit
    .input(idInput)
    .output(messageSchema)
    .mutation(async ({ ctx, input }) => {
      await domains.remove(ctx, input.id);
      return { message: 'Domain has been removed' };
    }),

  onboarding: sellerProcedure.output(onboardingOutput).query(({ ctx }) => onboarding.onboarding(ctx)),
  dismissOnboarding: manage.output(onboardingOutput).mutation(({ ctx }) => onboarding.dismiss(ctx)),

  // Platform-wide posts: any logged-in seller reads them, store or not.
  announcements: authedProcedure
    .input(platformPostFeedInput)
    .output(platformPostPageOutput)
    .query(({ ctx, input }) => posts.live(ctx, 'announcement', input)),
  tips: authedProcedure
    .input(platformPostFeedInput)
    .output(platformPostPageOutput)
    .query(({ ctx, input }) => posts.live(ctx, 'tip', input)),

  notifications: sellerProcedure
    .input(notificationListInput)
    .output(notificationPageOutput)
    .query(({ ctx, input }) => notifications.list(ctx, input)),
  // Notifications are the store's, not a member's: clearing them is the managers' call.
  markNotificationsRead: manage
    .input(markNotificationsReadInput)
    .output(updatedCountOutput)
    .mutation(({ ctx, input }) => notifications.markRead(ctx, input)),
});
