import { expect } from 'vitest';
import { imageForm, kopiArabica, pngImage, warehouseOf } from '../catalog-fixtures.ts';
import { type DomainCases, idOf } from './case.ts';

export const productCases: DomainCases = {
  async seed(fx) {
    const warehouse = await warehouseOf(fx.server, fx.a.storeId, 'Gudang A');
    const image = await fx.a.client.product.uploadImage.mutate(imageForm(await pngImage(120, 120)));
    const product = await fx.a.client.product.create.mutate({
      ...kopiArabica(warehouse.id, 'TENANT-A'),
      imageIds: [image.id],
    });
    fx.ids.warehouse = warehouse.id;
    fx.ids.product = product.id;
    fx.ids.variant = product.variants[0]?.id ?? '';
    fx.ids.image = image.id;
    // B has a warehouse of its own, so B's calls fail on A's ids, not on missing setup.
    await warehouseOf(fx.server, fx.b.storeId, 'Gudang B');
  },
  cases: {
    'product.categories': {
      call: (b) => b.product.categories.query(),
      expect: (result) => expect(Array.isArray(result)).toBe(true),
    },
    'product.list': { call: (b) => b.product.list.query({ q: 'kopi' }), expect: 'empty' },
    'product.detail': {
      call: (b, fx) => b.product.detail.query({ id: idOf(fx, 'product') }),
      expect: 'notFound',
    },
    'product.forEdit': {
      call: (b, fx) => b.product.forEdit.query({ id: idOf(fx, 'product') }),
      expect: 'notFound',
    },
    'product.create': {
      // Stock in A's warehouse: refused as if the warehouse did not exist.
      call: (b, fx) => b.product.create.mutate(kopiArabica(idOf(fx, 'warehouse'), 'TENANT-B')),
      expect: 'notFound',
    },
    'product.update': {
      call: (b, fx) => b.product.update.mutate({ id: idOf(fx, 'product'), name: 'Stolen' }),
      expect: 'notFound',
    },
    'product.setStatus': {
      call: (b, fx) => b.product.setStatus.mutate({ ids: [idOf(fx, 'product')], status: 'inactive' }),
      expect: 'notFound',
    },
    'product.delete': {
      call: (b, fx) => b.product.delete.mutate({ id: idOf(fx, 'product') }),
      expect: 'notFound',
    },
    'product.variants': {
      call: (b, fx) => b.product.variants.query({ productId: idOf(fx, 'product') }),
      expect: 'notFound',
    },
    'product.updateVariants': {
      call: (b, fx) =>
        b.product.updateVariants.mutate({
          productId: idOf(fx, 'product'),
          variants: [{ sku: 'X-1', price: 1 }],
        }),
      expect: 'notFound',
    },
    'product.setVariantStatus': {
      call: (b, fx) => b.product.setVariantStatus.mutate({ id: idOf(fx, 'variant'), status: 'inactive' }),
      expect: 'notFound',
    },
    // A's SKUs are A's business: in B's store they are free.
    'product.checkSku': {
      call: (b) => b.product.checkSku.query({ sku: 'TENANT-A' }),
      expect: (result) => expect(result).toMatchObject({ available: true }),
    },
    'product.checkVariantSku': {
      call: (b) => b.product.checkVariantSku.query({ sku: 'TENANT-A-01' }),
      expect: (result) => expect(result).toMatchObject({ available: true }),
    },
    'product.uploadImage': {
      call: async (b) => b.product.uploadImage.mutate(imageForm(await pngImage(60, 60))),
      expect: async (result, fx) => {
        const image = await fx.server.db.productImage.findUniqueOrThrow({
          where: { id: (result as { id: string }).id },
        });
        expect(image.storeId).toBe(fx.b.storeId);
      },
    },
    'product.exportLink': {
      call: async (b, fx) => {
        const link = await b.product.exportLink.query({ kind: 'variants', format: 'csv' });
        return (await fetch(`${fx.server.url}${link.url}`)).text();
      },
      expect: (csv) => expect(String(csv)).not.toContain('TENANT-A'),
    },
    'product.inventory.list': { call: (b) => b.product.inventory.list.query(), expect: 'empty' },
    'product.inventory.update': {
      call: (b, fx) =>
        b.product.inventory.update.mutate({
          items: [
            {
              variantId: idOf(fx, 'variant'),
              warehouseId: idOf(fx, 'warehouse'),
              delta: -1,
              reason: 'damaged',
            },
          ],
        }),
      expect: 'notFound',
    },
    'product.inventory.movements': {
      call: (b, fx) => b.product.inventory.movements.query({ variantId: idOf(fx, 'variant') }),
      expect: 'notFound',
    },
  },
};
