import type { AppDeps } from '../context.ts';
import { defineAbandonedJobs } from '../domains/abandoned/jobs.ts';
import { defineConversionJobs } from '../domains/conversion/jobs.ts';
import { defineFollowUpJobs } from '../domains/follow-up/jobs.ts';
import { defineOrderJobs } from '../domains/order/jobs.ts';
import { definePaymentJobs } from '../domains/payment/jobs.ts';
import { defineRiskJobs } from '../domains/risk/jobs.ts';
import { defineShieldJobs } from '../domains/shield/jobs.ts';
import { defineShippingJobs } from '../domains/shipping/jobs.ts';
import { defineWebhookJobs } from '../domains/webhook/jobs.ts';
import { defineWhatsappJobs } from '../domains/whatsapp/jobs.ts';

// Every kind of background job, defined once per process before the queue starts. Each domain
// keeps its jobs beside its code (`domains/<x>/jobs.ts`) and adds its `define…Jobs` call here.

export function defineAllJobs(deps: AppDeps): void {
  defineOrderJobs(deps);
  defineFollowUpJobs(deps);
  defineShippingJobs(deps);
  defineShieldJobs(deps);
  defineAbandonedJobs(deps);
  definePaymentJobs(deps);
  defineWebhookJobs(deps);
  defineWhatsappJobs(deps);
  defineConversionJobs(deps);
  defineRiskJobs(deps);
}
