import { type OrderRisk, riskLevelOf, riskReasonOutput } from '@bosonline/contracts';
import type { Order } from '@bosonline/db';
import { z } from 'zod';

const storedReasons = z.array(riskReasonOutput);

/** `risk` of an order as both doors show it; null for an order placed before risk scoring. */
export function orderRiskOf(order: Pick<Order, 'riskScore' | 'riskReasons'>): OrderRisk {
  const level = riskLevelOf(order.riskScore);
  if (order.riskScore === null || level === null) return null;
  const reasons = storedReasons.safeParse(order.riskReasons);
  return { score: order.riskScore, level, reasons: reasons.success ? reasons.data : [] };
}
