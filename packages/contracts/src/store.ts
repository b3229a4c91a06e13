import { z } from 'zod';
import { boolParam, idListSchema, optionalText, pageInputSchema, pageOf, uuidSchema } from './common.ts';
import { phoneSchema } from './phone.ts';

/** Stores live at `https://{slug}.bosonline.id`. */
export const storeBaseDomain = 'bosonline.id';

export function subdomainHostname(slug: string): string {
  return `${slug}.${storeBaseDomain}`;
}

/** Subdomains sellers may not take: our own services, and names that would mislead buyers. */
export const reservedSubdomains: readonly string[] = [
  'www',
  'app',
  'api',
  'admin',
  'administrator',
  'mail',
  'email',
  'smtp',
  'imap',
  'pop',
  'ftp',
  'ns',
  'ns1',
  'ns2',
  'dns',
  'mx',
  'static',
  'assets',
  'cdn',
  'media',
  'img',
  'images',
  'files',
  'upload',
  'uploads',
  'help',
  'support',
  'status',
  'blog',
  'docs',
  'dev',
  'staging',
  'test',
  'demo',
  'checkout',
  'widget',
  'pay',
  'payment',
  'payments',
  'billing',
  'invoice',
  'dashboard',
  'seller',
  'sellers',
  'store',
  'shop',
  'account',
  'accounts',
  'login',
  'logout',
  'register',
  'signup',
  'auth',
  'oauth',
  'sso',
  'security',
  'root',
  'system',
  'internal',
  'official',
  'bosonline',
  'boscod',
  'bospay',
];

/**
 * What is wrong with a subdomain, or null when its form is fine (it may still be reserved or
 * taken). Expects the normalised (trimmed, lower-cased) value.
 */
export function subdomainFormProblem(slug: string): string | null {
  if (slug.length < 3) return 'Subdomain must be at least 3 characters';
  if (slug.length > 63) return 'Subdomain must be at most 63 characters';
  if (!/^[a-z0-9-]+$/.test(slug)) return 'Subdomain may contain only letters a–z, digits and hyphens';
  if (slug.startsWith('-') || slug.endsWith('-')) return 'Subdomain must not start or end with a hyphen';
  return null;
}

const slugText = z.string({ error: 'Subdomain is required' }).trim().toLowerCase();

export const subdomainSchema = slugText.superRefine((slug, ctx) => {
  const problem = subdomainFormProblem(slug);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The check answers for any text (the form asks while the seller types); setting validates. */
export const checkSubdomainInput = z.object({ slug: slugText.max(255, 'Subdomain is too long') });
export const checkSubdomainOutput = z.object({
  slug: z.string(),
  available: z.boolean(),
  /** Why it is not available; null when it is. */
  reason: z.string().nullable(),
});
export const setSubdomainInput = z.object({ slug: subdomainSchema });

export const socialMediaNames = [
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'twitter',
  'whatsapp',
  'website',
  'shopee',
  'tokopedia',
  'lazada',
] as const;

export const httpsUrlSchema = z
  .string({ error: 'URL is required' })
  .trim()
  .max(2048, 'URL must be at most 2048 characters')
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'Must be an https:// URL' }));

export const socialMediaSchema = z
  .array(
    z.object({
      name: z.enum(socialMediaNames, { error: `Must be one of ${socialMediaNames.join(', ')}` }),
      url: httpsUrlSchema,
    }),
  )
  .max(10, 'At most 10 social media links');
export type SocialMedia = z.infer<typeof socialMediaSchema>;

/** A logo is an https URL, or a path the upload endpoint handed out (`/files/…`). */
export const logoUrlSchema = z
  .string()
  .trim()
  .max(2048, 'Logo URL must be at most 2048 characters')
  .refine(
    (v) =>
      (/^\/files\/[A-Za-z0-9._~\-/]+$/.test(v) && !v.split('/').includes('..')) ||
      httpsUrlSchema.safeParse(v).success,
    'Logo must be an https:// URL or an uploaded file path (/files/…)',
  );

export const storeNameSchema = z
  .string({ error: 'Store name is required' })
  .trim()
  .min(1, 'Store name is required')
  .max(120, 'Store name must be at most 120 characters');

export const storeUpdateInput = z
  .object({
    name: storeNameSchema,
    description: optionalText(2000),
    logoUrl: logoUrlSchema.nullable(),
    csPhone: phoneSchema.nullable(),
    socialMedia: socialMediaSchema,
  })
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Nothing to update');

export const storeOutput = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  logoUrl: z.string().nullable(),
  csPhone: z.string().nullable(),
  socialMedia: socialMediaSchema,
  /** The subdomain; null until the seller picks one. */
  slug: z.string().nullable(),
  /** `https://{slug}.bosonline.id`, or null without a subdomain. */
  url: z.string().nullable(),
  /** The hostname buyers are sent to: the default custom domain, else the subdomain, else null. */
  defaultDomain: z.string().nullable(),
  createdAt: z.date(),
});
export type StoreView = z.infer<typeof storeOutput>;

/** An uploaded logo, not yet the store's: save it with `store.update({ logoUrl: url })`. */
export const logoUploadOutput = z.object({ url: z.string() });

// Custom domains

/** A hostname the seller owns, e.g. `toko.example.com`; pasted URLs are trimmed to the hostname. */
export const hostnameSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .trim()
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/\/+$/, '')
          .replace(/\.$/, '')
      : v,
  z
    .string({ error: 'Domain is required' })
    .min(1, 'Domain is required')
    .max(253, 'Domain must be at most 253 characters')
    .regex(
      /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
      'Enter a domain name such as toko.example.com',
    )
    .refine(
      (v) => v !== storeBaseDomain && !v.endsWith(`.${storeBaseDomain}`),
      `Addresses under ${storeBaseDomain} are set as your subdomain, not as a custom domain`,
    ),
);

export const addDomainInput = z.object({ hostname: hostnameSchema });
export const domainStatuses = ['pending', 'verified'] as const;

export const txtRecordOutput = z.object({
  type: z.literal('TXT'),
  name: z.string(),
  value: z.string(),
});

export const storeDomainOutput = z.object({
  id: z.string(),
  hostname: z.string(),
  status: z.enum(domainStatuses),
  isDefault: z.boolean(),
  verifiedAt: z.date().nullable(),
  lastCheckedAt: z.date().nullable(),
  createdAt: z.date(),
  /** The record to publish at the seller's DNS provider to prove ownership. */
  txtRecord: txtRecordOutput,
});
export type StoreDomainView = z.infer<typeof storeDomainOutput>;

export const storeDomainsOutput = z.object({
  subdomain: z
    .object({ slug: z.string(), hostname: z.string(), url: z.string(), isDefault: z.boolean() })
    .nullable(),
  domains: z.array(storeDomainOutput),
});

export const verifyDomainOutput = z.object({
  verified: z.boolean(),
  message: z.string(),
  domain: storeDomainOutput,
  expected: txtRecordOutput,
  /** The TXT values found at the record's name (empty when none). */
  found: z.array(z.string()),
});

export const setDefaultDomainInput = z
  .object({ id: uuidSchema.optional(), subdomain: boolParam.optional() })
  .refine((v) => (v.id !== undefined) !== (v.subdomain === true), {
    message: 'Give either the id of a custom domain or subdomain: true',
  });

// Onboarding

export const onboardingSteps = ['storeProfile', 'warehouse', 'bankAccount', 'product', 'subdomain'] as const;

export const onboardingOutput = z.object({
  steps: z.array(
    z.object({
      key: z.enum(onboardingSteps),
      title: z.string(),
      description: z.string(),
      done: z.boolean(),
    }),
  ),
  completed: z.number(),
  total: z.number(),
  dismissedAt: z.date().nullable(),
});

// Announcements and tips (written by platform staff)

export const platformPostKinds = ['announcement', 'tip'] as const;
export const platformPostKindSchema = z.enum(platformPostKinds, {
  error: 'Kind must be announcement or tip',
});

export const platformPostOutput = z.object({
  id: z.string(),
  kind: platformPostKindSchema,
  title: z.string(),
  body: z.string(),
  url: z.string().nullable(),
  publishedAt: z.date(),
  expiresAt: z.date().nullable(),
  createdAt: z.date(),
});
export const platformPostPageOutput = pageOf(platformPostOutput);

/** Position-cursor lists (`<ms>_<id>`, see api lib/pagination.ts). */
const positionPageInput = pageInputSchema.extend({ cursor: z.string().max(64).optional() });

export const platformPostListInput = positionPageInput
  .extend({ kind: platformPostKindSchema.optional() })
  .default({ limit: 20 });
/** Sellers' feed of announcements or tips. */
export const platformPostFeedInput = positionPageInput.default({ limit: 20 });

export const platformPostInput = z
  .object({
    kind: platformPostKindSchema,
    title: z
      .string({ error: 'Title is required' })
      .trim()
      .min(1, 'Title is required')
      .max(200, 'Title must be at most 200 characters'),
    body: z
      .string({ error: 'Body is required' })
      .trim()
      .min(1, 'Body is required')
      .max(10_000, 'Body must be at most 10000 characters'),
    url: httpsUrlSchema.nullish().transform((v) => v ?? null),
    /** Defaults to now; a later time schedules the post. */
    publishedAt: z.coerce.date({ error: 'Must be a date' }).optional(),
    expiresAt: z.coerce
      .date({ error: 'Must be a date' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((v) => !v.expiresAt || !v.publishedAt || v.expiresAt > v.publishedAt, {
    message: 'Expiry must be after publication',
    path: ['expiresAt'],
  });

// Notifications

export const notificationListInput = positionPageInput
  .extend({ unreadOnly: boolParam.optional() })
  .default({ limit: 20 });

export const notificationOutput = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});
export const notificationPageOutput = pageOf(notificationOutput).extend({
  /** Unread notifications of the store in all, for the bell's badge. */
  unread: z.number(),
});

export const markNotificationsReadInput = z
  .object({ ids: idListSchema.optional(), all: boolParam.optional() })
  .refine((v) => (v.ids !== undefined) !== (v.all === true), {
    message: 'Give either ids or all: true',
  });
export const updatedCountOutput = z.object({ updated: z.number() });
