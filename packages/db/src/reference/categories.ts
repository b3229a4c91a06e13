import type { Db } from '../client.ts';

/** The platform's product categories (sellers pick one; admins report by them). */
export const categories: ReadonlyArray<{ slug: string; name: string }> = [
  { slug: 'fashion', name: 'Fashion' },
  { slug: 'kecantikan', name: 'Kecantikan' },
  { slug: 'kesehatan', name: 'Kesehatan' },
  { slug: 'makanan-minuman', name: 'Makanan & Minuman' },
  { slug: 'rumah-tangga', name: 'Rumah Tangga' },
  { slug: 'elektronik', name: 'Elektronik' },
  { slug: 'ibu-bayi', name: 'Ibu & Bayi' },
  { slug: 'olahraga', name: 'Olahraga' },
  { slug: 'otomotif', name: 'Otomotif' },
  { slug: 'hobi', name: 'Hobi & Koleksi' },
  { slug: 'pertanian', name: 'Pertanian' },
  { slug: 'lainnya', name: 'Lainnya' },
];

export async function seedCategories(db: Db): Promise<void> {
  await db.category.createMany({ data: [...categories], skipDuplicates: true });
}
