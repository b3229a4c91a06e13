import { z } from 'zod';
import { pageInputSchema, pageOf } from './common.ts';
import { deviceIdSchema } from './order.ts';
import { normalizePhone } from './phone.ts';
import { invoiceSchema } from './store-order.ts';

export * from './shield-reasons.ts';

// Order Shield: per-form rules that hold a likely fake order in `suspicious` instead of booking
// it, and per-store block lists (phone, IP, widget device id). What a rule caught is told to the
// seller (reason codes and text on the order), never to the buyer.

const count = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

/**
 * A form's rules. The defaults hold almost no real buyer: a name of 2 letters ("Li") and an
 * 8-character address ("Jl. Uji 1") pass. The hourly limits start off (0): Indonesian mobile
 * carriers put many buyers behind one IP (CGNAT), and a reseller orders often from one number, so
 * only the seller knows what is too many for their trade. A number not on WhatsApp is held.
 */
export const shieldRulesSchema = z.object({
  enabled: z.boolean().default(true),
  minNameLength: count('Minimum name length', 0, 60).default(2),
  minAddressLength: count('Minimum address length', 0, 200).default(8),
  maxOrdersPerPhonePerHour: count('Orders per phone per hour', 0, 1000).default(0),
  maxOrdersPerIpPerHour: count('Orders per IP per hour', 0, 1000).default(0),
  holdInvalidWhatsapp: z.boolean().default(true),
  /** Matched case-insensitively as whole words in the name, address and note. */
  blockedWords: z
    .array(
      z
        .string({ error: 'A blocked word must be text' })
        .trim()
        .toLowerCase()
        .min(2, 'A blocked word must be at least 2 characters')
        .max(40, 'A blocked word must be at most 40 characters'),
    )
    .max(100, 'At most 100 blocked words')
    .default([])
    .transform((words) => [...new Set(words)]),
});
export type ShieldRules = z.output<typeof shieldRulesSchema>;
export const defaultShieldRules: ShieldRules = shieldRulesSchema.parse({});
export const shieldRulesOutput = z.object({
  enabled: z.boolean(),
  minNameLength: z.number().int(),
  minAddressLength: z.number().int(),
  maxOrdersPerPhonePerHour: z.number().int(),
  maxOrdersPerIpPerHour: z.number().int(),
  holdInvalidWhatsapp: z.boolean(),
  blockedWords: z.array(z.string()),
});

/** How long a held order keeps its stock before it is canceled (unless released first). */
export const shieldHoldHours = 6;

// Block lists.

export const shieldBlockKinds = ['phone', 'ip', 'device'] as const;
export type ShieldBlockKind = (typeof shieldBlockKinds)[number];
export const shieldBlockKindSchema = z.enum(shieldBlockKinds, {
  error: 'Kind must be phone, ip or device',
});

// IPv4, or IPv6 (with a colon; `::ffff:1.2.3.4` as servers write a v4 caller on a v6 socket).
const ipPattern =
  /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$|^(?=.*:)[0-9a-f:.]{2,45}$/i;
const reasonSchema = z
  .string({ error: 'Reason is required' })
  .trim()
  .min(1, 'Reason is required')
  .max(200, 'Reason must be at most 200 characters');

/** One entry to add; the value is normalised by kind (a phone to `62…`, an IP lower-cased). */
export const shieldBlockAddInput = z
  .object({
    kind: shieldBlockKindSchema,
    value: z.string({ error: 'Value is required' }).trim(),
    reason: reasonSchema,
  })
  .transform((entry, ctx) => {
    const value = normalizeBlockValue(entry.kind, entry.value);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: blockValueMessage[entry.kind] });
      return z.NEVER;
    }
    return { ...entry, value };
  });
export type ShieldBlockAddInput = z.output<typeof shieldBlockAddInput>;

const blockValueMessage: Record<ShieldBlockKind, string> = {
  phone: 'Enter an Indonesian mobile number, e.g. 081234567890',
  ip: 'Enter an IPv4 or IPv6 address',
  device: 'Device id must be 8–64 letters, digits, - or _',
};

/** The stored form of a block list value; undefined when it is not one of its kind. */
export function normalizeBlockValue(kind: ShieldBlockKind, raw: string): string | undefined {
  const value = raw.trim();
  if (kind === 'phone') return normalizePhone(value);
  if (kind === 'ip') return ipPattern.test(value) ? value.toLowerCase() : undefined;
  return deviceIdSchema.safeParse(value).success ? value : undefined;
}

export const shieldBlockListInput = pageInputSchema
  .extend({
    kind: shieldBlockKindSchema.optional(),
    /** Value or reason substring. */
    q: z.string().trim().max(100).optional(),
  })
  .default({ limit: 20 });

export const shieldBlockIdInput = z.object({ id: z.uuid({ error: 'Must be a valid id' }) });

export const shieldBlockOutput = z.object({
  id: z.string(),
  kind: shieldBlockKindSchema,
  value: z.string(),
  reason: z.string(),
  addedBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
  createdAt: z.date(),
});
export type ShieldBlock = z.infer<typeof shieldBlockOutput>;
export const shieldBlockListOutput = pageOf(shieldBlockOutput);

/**
 * "Blokir pembeli": the order's phone and device id go on the lists in one action; its IP only when
 * asked (`includeIp`), since one carrier or office IP is shared by many buyers who would all be held.
 */
export const shieldBanInput = z.object({
  invoice: invoiceSchema,
  reason: reasonSchema.default('Spam'),
  includeIp: z.boolean().default(false),
});
export const shieldBanOutput = z.object({ added: z.array(shieldBlockOutput) });

export const shieldDecisionInput = z.object({ invoice: invoiceSchema });
export const shieldDecisionOutput = z.object({
  invoice: z.string(),
  status: z.string(),
});
