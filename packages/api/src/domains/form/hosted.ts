import { formSlugRules } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { formBySlug } from '../checkout/load-form.ts';

/** What the hosted page `/f/{slug}` needs around the widget: the form to embed and its face. */
export interface HostedForm {
  id: string;
  storeId: string;
  name: string;
  headline: string;
  storeName: string;
  logoUrl: string | null;
  primaryColor: string;
}

/**
 * The active form at `/f/{slug}` (slugs are unique across the platform), or null. Read from the
 * same cached entry as "Load checkout Form", so a page view costs no query once it is cached.
 */
export async function hostedForm(
  ctx: Pick<Context, 'db' | 'ports'> & Partial<Pick<Context, 'logger'>>,
  slug: string,
): Promise<HostedForm | null> {
  const wanted = slug.trim().toLowerCase();
  if (wanted.length < formSlugRules.min || wanted.length > formSlugRules.max) return null;
  const form = await formBySlug(ctx, wanted);
  if (!form) return null;
  const { view } = form;
  return {
    id: view.id,
    storeId: form.storeId,
    name: view.name,
    headline: view.headline,
    storeName: view.store.name,
    logoUrl: view.store.logoUrl,
    primaryColor: view.theme.primaryColor,
  };
}
