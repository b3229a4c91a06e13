import { moveStock } from '@bosonline/api';
import type { Db } from '@bosonline/db';

/**
 * The demo store's set-up, matching the spec's `POST /order/{id}` example: sender warehouse
 * "Alfian" in region 15022, a BCA account of "Mohammad Alfian R aja", Facebook and Instagram
 * links, CS phone 6289765183712, and "Kopi Arabica" with variants BAT-AA-001-01 / -02.
 */
export const demoStore = {
  csPhone: '6289765183712',
  socialMedia: [
    { name: 'facebook', url: 'https://facebook.com' },
    { name: 'instagram', url: 'https://instagram.com' },
  ],
  warehouse: {
    name: 'Alfian',
    contactName: 'Alfian',
    contactPhone: '6281732131321',
    regionId: 15022,
    address: 'Bukit Kismadani 6',
    latitude: 2.9372132131231,
    longitude: 3.41321312312312,
  },
  bankAccount: { bankCode: 'BCA', accountNumber: '345193134434', accountHolder: 'Mohammad Alfian R aja' },
  /** The spec's example form UUID, so its `POST /order/{id}` curl works verbatim. */
  form: {
    id: 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e',
    slug: 'kopi-arabica',
    name: 'Kopi Arabica',
    headline: 'Kopi Arabica Gayo & Toraja',
    skus: ['BAT-AA-001-01', 'BAT-AA-001-02'],
  },
};

/** Our id of a region the spec names by its BosCOD id (see RegionAlias). */
export async function regionIdOf(db: Db, bosCodId: number): Promise<number> {
  const alias = await db.regionAlias.findUniqueOrThrow({ where: { id: bosCodId } });
  return alias.regionId;
}

interface DemoProduct {
  sku: string;
  name: string;
  category: string;
  weightGrams: number;
  description: string;
  variants: Array<{ sku: string; options: Record<string, string>; price: number; stock: number }>;
}

const catalog: DemoProduct[] = [
  {
    sku: 'BAT-AA-001',
    name: 'Kopi Arabica',
    category: 'makanan-minuman',
    weightGrams: 250,
    description: 'Biji kopi arabica sangrai medium, 250 g.',
    variants: [
      { sku: 'BAT-AA-001-01', options: { Asal: 'Gayo' }, price: 45_000, stock: 120 },
      { sku: 'BAT-AA-001-02', options: { Asal: 'Toraja' }, price: 45_000, stock: 80 },
    ],
  },
  {
    sku: 'BAT-TH-002',
    name: 'Teh Hijau Melati',
    category: 'makanan-minuman',
    weightGrams: 100,
    description: 'Teh hijau dengan bunga melati, 100 g.',
    variants: [{ sku: 'BAT-TH-002-01', options: {}, price: 25_000, stock: 60 }],
  },
  {
    sku: 'BAT-MD-003',
    name: 'Madu Hutan Sumbawa',
    category: 'kesehatan',
    weightGrams: 500,
    description: 'Madu hutan murni.',
    variants: [
      { sku: 'BAT-MD-003-01', options: { Ukuran: '250 ml' }, price: 65_000, stock: 40 },
      { sku: 'BAT-MD-003-02', options: { Ukuran: '500 ml' }, price: 120_000, stock: 3 },
    ],
  },
  {
    sku: 'BAT-KS-004',
    name: 'Kaos Polos Cotton Combed 30s',
    category: 'fashion',
    weightGrams: 200,
    description: 'Kaos polos bahan cotton combed 30s.',
    variants: ['S', 'M', 'L', 'XL'].flatMap((size, i) =>
      ['Hitam', 'Putih'].map((colour, j) => ({
        sku: `BAT-KS-004-${colour.slice(0, 1)}${size}`,
        options: { Warna: colour, Ukuran: size },
        price: size === 'XL' ? 59_000 : 55_000,
        stock: (i + 1) * 10 + j * 5,
      })),
    ),
  },
  {
    sku: 'BAT-SB-005',
    name: 'Sambal Roa Pedas',
    category: 'makanan-minuman',
    weightGrams: 200,
    description: 'Sambal ikan roa khas Manado.',
    variants: [{ sku: 'BAT-SB-005-01', options: {}, price: 35_000, stock: 0 }],
  },
];

/**
 * The published demo form: COD or transfer, idx 00 / JNE REG / SiCepat REG, a 3% COD fee and
 * optional 0.2% insurance (minimum Rp500). With the spec's example cart (one of each variant to
 * region 15022) the total is 90 000 + 9 000 shipping + 2 700 COD fee + 500 insurance = 102 200,
 * the spec's `total_payment`.
 */
async function seedDemoForm(db: Db, storeId: string) {
  const { form } = demoStore;
  if (await db.form.findUnique({ where: { id: form.id } })) return;
  const variants = await db.variant.findMany({
    where: { storeId, sku: { in: form.skus } },
    orderBy: { sku: 'asc' },
  });
  await db.form.create({
    data: {
      id: form.id,
      storeId,
      name: form.name,
      slug: form.slug,
      headline: form.headline,
      description: 'Biji kopi sangrai medium, dikirim dari Kampar.',
      paymentMethods: ['cod', 'bank_transfer'],
      couriers: [
        { code: 'idx', services: ['00'] },
        { code: 'jne', services: ['REG'] },
        { code: 'sicepat', services: ['REG'] },
      ],
      codFee: { type: 'percent', value: 3 },
      insurance: { mode: 'optional', percent: 0.2, minimum: 500 },
      allowVouchers: true,
      customFields: [{ key: 'email', label: 'Alamat Email', type: 'email', required: false }],
      successPage: {
        message: 'Terima kasih! Pesananmu sudah kami terima.',
        whatsappButton: { enabled: true, text: 'Konfirmasi via WhatsApp' },
      },
      theme: { primaryColor: '#6f4e37', buttonText: 'Pesan Sekarang' },
      items: { create: variants.map((v, position) => ({ variantId: v.id, position })) },
    },
  });
}

/** Idempotent: fills what is missing, never duplicates. */
export async function seedDemoStore(db: Db, storeId: string, ownerId: string): Promise<void> {
  const store = await db.store.update({
    where: { id: storeId },
    data: { csPhone: demoStore.csPhone, socialMedia: demoStore.socialMedia },
  });
  const warehouse =
    (await db.warehouse.findFirst({ where: { storeId, name: demoStore.warehouse.name } })) ??
    (await db.warehouse.create({
      data: { ...demoStore.warehouse, regionId: await regionIdOf(db, demoStore.warehouse.regionId), storeId },
    }));
  if (!store.defaultWarehouseId) {
    await db.store.update({ where: { id: storeId }, data: { defaultWarehouseId: warehouse.id } });
  }
  const { bankCode, accountNumber } = demoStore.bankAccount;
  await db.bankAccount.upsert({
    where: { storeId_bankCode_accountNumber: { storeId, bankCode, accountNumber } },
    update: {},
    create: { ...demoStore.bankAccount, storeId },
  });
  for (const item of catalog) {
    if (await db.product.findUnique({ where: { storeId_sku: { storeId, sku: item.sku } } })) continue;
    const category = await db.category.findUnique({ where: { slug: item.category } });
    await db.$transaction(async (tx) => {
      const product = await tx.product.create({
        data: {
          storeId,
          sku: item.sku,
          name: item.name,
          searchName: item.name.toLowerCase(),
          description: item.description,
          categoryId: category?.id ?? null,
          weightGrams: item.weightGrams,
        },
      });
      for (const [position, v] of item.variants.entries()) {
        const values = Object.values(v.options);
        const variant = await tx.variant.create({
          data: {
            storeId,
            productId: product.id,
            sku: v.sku,
            name: values.length ? values.join(' / ') : item.name,
            options: v.options,
            price: v.price,
            position,
          },
        });
        await moveStock(tx, {
          storeId,
          variantId: variant.id,
          warehouseId: warehouse.id,
          set: v.stock,
          reason: 'initial',
          actorUserId: ownerId,
        });
      }
    });
  }
  await seedDemoForm(db, storeId);
}
