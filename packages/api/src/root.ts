import { abandonedRouter } from './domains/abandoned/router.ts';
import { adminRouter } from './domains/admin/router.ts';
import { apiKeyRouter } from './domains/api-key/router.ts';
import { authRouter } from './domains/auth/router.ts';
import { bankAccountRouter } from './domains/bank-account/router.ts';
import { bosPayRouter } from './domains/bospay/router.ts';
import { checkoutRouter } from './domains/checkout/router.ts';
import { codLedgerRouter } from './domains/cod-ledger/router.ts';
import { conversionRouter } from './domains/conversion/router.ts';
import { followUpRouter } from './domains/follow-up/router.ts';
import { formRouter } from './domains/form/router.ts';
import { orderRouter } from './domains/order/router.ts';
import { paymentRouter } from './domains/payment/router.ts';
import { productRouter } from './domains/product/router.ts';
import { profileRouter } from './domains/profile/router.ts';
import { recapRouter } from './domains/recap/router.ts';
import { regionRouter } from './domains/region/router.ts';
import { riskRouter } from './domains/risk/router.ts';
import { sessionRouter } from './domains/session/router.ts';
import { shieldRouter } from './domains/shield/router.ts';
import { shippingRouter } from './domains/shipping/router.ts';
import { staffRouter } from './domains/staff/router.ts';
import { storeRouter } from './domains/store/router.ts';
import { voucherRouter } from './domains/voucher/router.ts';
import { warehouseRouter } from './domains/warehouse/router.ts';
import { webhookRouter } from './domains/webhook/router.ts';
import { whatsappRouter } from './domains/whatsapp/router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  session: sessionRouter,
  profile: profileRouter,
  store: storeRouter,
  warehouse: warehouseRouter,
  region: regionRouter,
  bankAccount: bankAccountRouter,
  staff: staffRouter,
  voucher: voucherRouter,
  product: productRouter,
  form: formRouter,
  checkout: checkoutRouter,
  risk: riskRouter,
  abandoned: abandonedRouter,
  order: orderRouter,
  recap: recapRouter,
  followUp: followUpRouter,
  shipping: shippingRouter,
  shield: shieldRouter,
  apiKey: apiKeyRouter,
  whatsapp: whatsappRouter,
  admin: adminRouter,
  payment: paymentRouter,
  bosPay: bosPayRouter,
  codLedger: codLedgerRouter,
  webhook: webhookRouter,
  conversion: conversionRouter,
});

export type AppRouter = typeof appRouter;
