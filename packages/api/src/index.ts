/** The bench measures the score at the threshold forms start with. */
export { defaultRiskThreshold } from '@bosonline/contracts';
export {
  type AppDeps,
  bearerFrom,
  type Context,
  createContext,
  type RequestMeta,
  storeIdFrom,
} from './context.ts';
export { SessionCache, sessionCacheMs } from './domains/auth/session-cache.ts';
export { deliveredMovements, returnedMovements } from './domains/bospay/courier.ts';
export { type BosPayMovement, recordBosPay } from './domains/bospay/ledger.ts';
export { orderTotal } from './domains/checkout/pricing.ts';
export { sweepEveryMs as conversionSweepEveryMs } from './domains/conversion/jobs.ts';
export { exportFile, openDownload } from './domains/downloads/open.ts';
export { type HostedForm, hostedForm } from './domains/form/hosted.ts';
export {
  isStoreUnavailable,
  loadPublishedForm,
  type PublishedForm,
  type PublishedFormItem,
} from './domains/form/published.ts';
export { InsufficientStockError, moveStock, type StockMove } from './domains/inventory/ledger.ts';
export {
  maxBookingAttempts,
  type RecoveryResult,
  recoverStrandedBookings,
  strandedAfterMs,
} from './domains/order/booking-recovery.ts';
export { deliveredColumns } from './domains/order/delivered.ts';
export { type CallbackAnswer, callbackMaxAgeMs, receivePaymentCallback } from './domains/payment/callback.ts';
export { gatewayPaymentWindowMs } from './domains/payment/charge.ts';
export { loadRiskFeatures } from './domains/risk/assess.ts';
export { accountLine, cancelHeldOrder, confirmHeldOrder, heldDownPayment } from './domains/risk/hold.ts';
export { scoreRisk } from './domains/risk/score.ts';
export { receiveBoscodWebhook, type WebhookAnswer } from './domains/shipping/webhook.ts';
export { frameOrigins } from './domains/store/origins.ts';
export { defineWebhookJobs, sweepDeliveries } from './domains/webhook/jobs.ts';
export { receiveStatusWebhook } from './domains/whatsapp/delivery.ts';
export { BullMqJobQueue } from './jobs/bullmq.ts';
export { defineAllJobs } from './jobs/define-all.ts';
export { InProcessJobQueue } from './jobs/in-process.ts';
export {
  type DefineOptions,
  defaultJobConcurrency,
  type JobHandler,
  type JobOptions,
  type JobQueue,
} from './jobs/queue.ts';
export { type Clock, ManualClock, systemClock } from './lib/clock.ts';
export { AppError, type AppErrorCode, isAppError } from './lib/errors.ts';
export { hashPassword } from './lib/passwords.ts';
export {
  defaultRateLimits,
  type RateLimitConfig,
  type RateLimitStore,
  RateLimits,
} from './lib/rate-limit.ts';
export type { TokenConfig } from './lib/tokens.ts';
export * from './ports/index.ts';
export { listProcedures, type ProcedureInfo } from './procedures.ts';
export { callRest, type RestResponse, restError } from './rest/call.ts';
export { buildOpenApi } from './rest/openapi.ts';
export type { RestRoute } from './rest/route.ts';
export { restRouteTable } from './rest-routes.ts';
export { type AppRouter, appRouter } from './root.ts';
export { createCallerFactory, type ProcedureMeta } from './trpc.ts';
