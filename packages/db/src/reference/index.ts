import type { Db } from '../client.ts';
import { seedBanks } from './banks.ts';
import { seedCategories } from './categories.ts';
import { regionsVersion, seedRegions } from './regions.ts';

export { bankLogoPath, banks } from './banks.ts';
export { categories } from './categories.ts';
export { loadRegionRows, regionsVersion } from './regions.ts';

/** Changes whenever the reference data does (the test template cache keys on it). */
export const referenceDataVersion = `${regionsVersion};banks-1;categories-1`;

/**
 * Platform reference data every environment needs (regions, banks, categories). Idempotent:
 * run on every `start`/`migrate`, it only writes what is missing.
 */
export async function seedReferenceData(db: Db): Promise<{ regions: number }> {
  const regions = await seedRegions(db);
  await seedBanks(db);
  await seedCategories(db);
  return { regions };
}
