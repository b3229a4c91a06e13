import { optional, z } from '../url-search.ts';

// What the sign-in pages read from their URL.

export const loginSearch = z.object({
  /** Where to go after logging in: a path inside the dashboard only, never another site. */
  redirect: optional(
    z.string().check(
      z.startsWith('/'),
      z.refine((p) => !p.startsWith('//')),
    ),
  ),
  expired: optional(z.boolean()),
});

export const forgotSearch = z.object({ login: optional(z.string().check(z.maxLength(254))) });
