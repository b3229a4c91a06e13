import type { TestServer } from './harness.ts';

// Catalogue tests need a warehouse before anything else; they create it straight in the database
// so product tests do not depend on the warehouse endpoints (tested on their own).

/** A warehouse of the store in a real subdistrict (the spec's sender region 15022), made default. */
export async function warehouseOf(server: TestServer, storeId: string, name = 'Gudang Utama') {
  // 15022 is BosCOD's id; rows hold ours (see RegionAlias).
  const { regionId } = await server.db.regionAlias.findUniqueOrThrow({ where: { id: 15022 } });
  const warehouse = await server.db.warehouse.create({
    data: {
      storeId,
      name,
      contactName: 'Admin Gudang',
      contactPhone: '6281234567890',
      regionId,
      address: 'Jl. Gudang No. 1',
    },
  });
  await server.db.store.updateMany({
    where: { id: storeId, defaultWarehouseId: null },
    data: { defaultWarehouseId: warehouse.id },
  });
  return warehouse;
}

/** A product input with two variants (Kopi Arabica 250 g / 500 g), stocked in one warehouse. */
export function kopiArabica(warehouseId: string, prefix = 'BAT-AA-001', quantity = 10) {
  return {
    sku: prefix,
    name: 'Kopi Arabica',
    description: 'Kopi arabica Gayo, sangrai medium.',
    weightGrams: 250,
    variants: [
      {
        sku: `${prefix}-01`,
        options: { Ukuran: '250 g' },
        price: 45_000,
        compareAtPrice: 55_000,
        cost: 30_000,
        stock: [{ warehouseId, quantity }],
      },
      {
        sku: `${prefix}-02`,
        options: { Ukuran: '500 g' },
        price: 85_000,
        weightGrams: 500,
        stock: [{ warehouseId, quantity }],
      },
    ],
  };
}

/** A real PNG of the given size (gaussian noise compresses badly, so big sizes are easy to reach). */
export async function pngImage(width: number, height: number, noise = false): Promise<Uint8Array> {
  const sharp = (await import('sharp')).default;
  const image = noise
    ? sharp({
        create: {
          width,
          height,
          channels: 3,
          background: '#000',
          noise: { type: 'gaussian', mean: 128, sigma: 60 },
        },
      })
    : sharp({ create: { width, height, channels: 3, background: '#c0392b' } });
  return new Uint8Array(await image.png().toBuffer());
}

export function imageForm(bytes: Uint8Array, name = 'photo.png', type = 'image/png'): FormData {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return form;
}
