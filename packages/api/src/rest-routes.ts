import { abandonedRest } from './domains/abandoned/rest.ts';
import { adminCatalogRest } from './domains/admin/catalog-rest.ts';
import { adminRest } from './domains/admin/rest.ts';
import { apiKeyRest } from './domains/api-key/rest.ts';
import { authRest } from './domains/auth/rest.ts';
import { bankAccountRest } from './domains/bank-account/rest.ts';
import { bosPayRest } from './domains/bospay/rest.ts';
import { cacheAdminRest } from './domains/cache/rest.ts';
import { checkoutRest } from './domains/checkout/rest.ts';
import { codLedgerRest } from './domains/cod-ledger/rest.ts';
import { conversionRest } from './domains/conversion/rest.ts';
import { followUpRest } from './domains/follow-up/rest.ts';
import { formRest } from './domains/form/rest.ts';
import { orderRest } from './domains/order/rest.ts';
import { paymentRest } from './domains/payment/rest.ts';
import { platformPostAdminRest } from './domains/platform-post/rest.ts';
import { productRest } from './domains/product/rest.ts';
import { profileRest } from './domains/profile/rest.ts';
import { recapRest } from './domains/recap/rest.ts';
import { regionRest } from './domains/region/rest.ts';
import { riskRest } from './domains/risk/rest.ts';
import { sessionRest } from './domains/session/rest.ts';
import { shieldRest } from './domains/shield/rest.ts';
import { shippingRest } from './domains/shipping/rest.ts';
import { staffRest } from './domains/staff/rest.ts';
import { storeRest } from './domains/store/rest.ts';
import { voucherRest } from './domains/voucher/rest.ts';
import { warehouseRest } from './domains/warehouse/rest.ts';
import { webhookRest } from './domains/webhook/rest.ts';
import { whatsappRest } from './domains/whatsapp/rest.ts';

import type { RestAuth, RestRoute } from './rest/route.ts';
import { appRouter } from './root.ts';
import type { ProcedureMeta } from './trpc.ts';

/** Who may call a procedure, from the builder it was made with (its metadata). */
function authOf(path: string): RestAuth {
  // At runtime `_def.procedures` is flat (dotted paths); its declared type is the nested record.
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { meta?: ProcedureMeta } }
  >;
  const meta = procedures[path]?._def.meta ?? {};
  if (meta.platformStaff) return 'admin';
  return meta.signedIn ? 'seller' : 'public';
}

const withAuth = (route: Omit<RestRoute, 'auth'>): RestRoute => ({ ...route, auth: authOf(route.procedure) });

/** Every spec endpoint the REST door serves, in the order /openapi.json lists them. */
export const restRouteTable: RestRoute[] = [
  ...authRest,
  ...sessionRest,
  ...profileRest,
  ...storeRest,
  ...warehouseRest,
  ...regionRest,
  ...bankAccountRest,
  ...staffRest,
  ...voucherRest,
  ...productRest,
  ...formRest,
  // Before the checkout's `/order/{id}…` paths: `held` is never a form id.
  ...riskRest,
  ...checkoutRest,
  ...followUpRest,
  ...orderRest,
  ...recapRest,
  ...shippingRest,
  ...shieldRest,
  ...abandonedRest,
  ...whatsappRest,
  ...apiKeyRest,
  ...adminCatalogRest,
  ...adminRest,
  ...platformPostAdminRest,
  ...cacheAdminRest,
  ...paymentRest,
  ...bosPayRest,
  ...codLedgerRest,
  ...webhookRest,
  ...conversionRest,
].map(withAuth);
