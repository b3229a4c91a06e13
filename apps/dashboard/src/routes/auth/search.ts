import { optional, v } from '../url-search.ts';

// What the sign-in pages read from their URL.

export const loginSearch = v.object({
  /** Where to go after logging in: a path inside the dashboard only, never another site. */
  redirect: optional(
    v.pipe(
      v.string(),
      v.startsWith('/'),
      v.check((p) => !p.startsWith('//')),
    ),
  ),
  expired: optional(v.boolean()),
});

export const forgotSearch = v.object({ login: optional(v.pipe(v.string(), v.maxLength(254))) });
