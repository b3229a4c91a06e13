import { formSlugRules } from '@bosonline/contracts';
import { isUniqueViolation } from '../../lib/errors.ts';
import type { Tx } from '../inventory/ledger.ts';

// Slugs name the public page `/f/{slug}`, so they are unique across the platform, not per store.

/** Generated slugs keep room for a `-<n>` suffix within the 60-character limit. */
const baseMax = formSlugRules.max - 8;

/** "Kopi Arabica – Promo Lebaran!" → "kopi-arabica-promo-lebaran"; at least 3 characters. */
export function slugify(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, baseMax)
    .replace(/^-+|-+$/g, '');
  if (base.length >= formSlugRules.min) return base;
  return base ? `form-${base}` : 'form';
}

/** `base` itself when free, else the first free `base-2`, `base-3`, … */
export async function freeSlug(tx: Tx, wanted: string): Promise<string> {
  const base = slugify(wanted);
  const taken = new Set(
    (
      await tx.form.findMany({
        where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
        select: { slug: true },
      })
    ).map((f) => f.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export async function slugTaken(tx: Tx, slug: string, exceptId?: string): Promise<boolean> {
  const row = await tx.form.findUnique({ where: { slug }, select: { id: true } });
  return !!row && row.id !== exceptId;
}

/** A deleted form gives its slug back: `<slug>-deleted-<short id>` (the full id on a clash). */
export async function deletedSlug(tx: Tx, form: { id: string; slug: string }): Promise<string> {
  const short = `${form.slug}-deleted-${form.id.slice(0, 8)}`;
  return (await slugTaken(tx, short)) ? `${form.slug}-deleted-${form.id}` : short;
}

/** A unique-index failure on Form can only be its slug (the other unique key is the id). */
export function isSlugClash(error: unknown): boolean {
  return isUniqueViolation(error);
}
