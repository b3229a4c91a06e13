import { formSlugRules, formThemeSchema } from '@bosonline/contracts';
import type { Db } from '@bosonline/db';

/** What the hosted page `/f/{slug}` needs around the widget: the form to embed and its face. */
export interface HostedForm {
  id: string;
  name: string;
  headline: string;
  storeName: string;
  logoUrl: string | null;
  primaryColor: string;
}

/** The active form at `/f/{slug}` (slugs are unique across the platform), or null. */
export async function hostedForm(db: Pick<Db, 'form'>, slug: string): Promise<HostedForm | null> {
  const wanted = slug.trim().toLowerCase();
  if (wanted.length < formSlugRules.min || wanted.length > formSlugRules.max) return null;
  const form = await db.form.findFirst({
    where: { slug: wanted, status: 'active', deletedAt: null },
    select: {
      id: true,
      name: true,
      headline: true,
      theme: true,
      store: { select: { name: true, logoUrl: true } },
    },
  });
  if (!form) return null;
  // Validated on the way in; a hand-edited row falls back to the default colour.
  const theme = formThemeSchema.safeParse(form.theme);
  return {
    id: form.id,
    name: form.name,
    headline: form.headline,
    storeName: form.store.name,
    logoUrl: form.store.logoUrl,
    primaryColor: theme.success ? theme.data.primaryColor : '#16a34a',
  };
}
