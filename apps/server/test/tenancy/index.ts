import { abandonedCases } from './abandoned.cases.ts';
import { apiKeyCases } from './api-key.cases.ts';
import { bankAccountCases } from './bank-account.cases.ts';
import type { DomainCases } from './case.ts';
import { codLedgerCases } from './cod-ledger.cases.ts';
import { conversionCases } from './conversion.cases.ts';
import { formCases } from './form.cases.ts';
import { orderCases } from './order.cases.ts';
import { paymentCases } from './payment.cases.ts';
import { productCases } from './product.cases.ts';
import { recapCases } from './recap.cases.ts';
import { shieldCases } from './shield.cases.ts';
import { shippingCases } from './shipping.cases.ts';
import { staffCases } from './staff.cases.ts';
import { storeCases } from './store.cases.ts';
import { voucherCases } from './voucher.cases.ts';
import { warehouseCases } from './warehouse.cases.ts';
import { webhookCases } from './webhook.cases.ts';

/** Every domain's cross-tenant cases; a domain with seller procedures adds its file here. */
export const domainCases: DomainCases[] = [
  bankAccountCases,
  productCases,
  storeCases,
  warehouseCases,
  staffCases,
  voucherCases,
  // After productCases and staffCases: its form uses their seeded variant and CS member.
  formCases,
  // After formCases: its abandoned checkout is left on their form.
  abandonedCases,
  // After productCases (its warehouse) and bankAccountCases.
  orderCases,
  // After orderCases (its invoice).
  shieldCases,
  paymentCases,
  codLedgerCases,
  recapCases,
  // After warehouseCases (its depot) and orderCases (its invoice).
  shippingCases,
  webhookCases,
  // After formCases: its settings are on their form.
  conversionCases,
  apiKeyCases,
];
