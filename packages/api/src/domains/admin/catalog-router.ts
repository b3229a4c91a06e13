import {
  adminImageOutput,
  adminProductDetailOutput,
  adminProductExportInput,
  adminProductListInput,
  adminProductPageOutput,
  adminProductRecapOutput,
  adminProductStatusInput,
  adminStoreCreateInput,
  adminStoreOutput,
  adminStoreUpdateInput,
  adminVariantExportInput,
  exportLinkOutput,
  idInput,
  productFormsOutput,
  productIdInput,
  productListOutput,
  productMarkingManyInput,
  sellerActiveInput,
  sellerBankAccountsOutput,
  sellerDetailOutput,
  sellerDomainsOutput,
  sellerNoteCreateInput,
  sellerNoteListInput,
  sellerNoteOutput,
  sellerNotePageOutput,
  sellerNoteUpdateInput,
  sellerProductExportInput,
  sellerProductListInput,
  sellerProductStatusInput,
  sellerStoresOutput,
  sellerSummaryOutput,
  sellerUpdatedCountOutput,
  storeIdInput,
  variantListOutput,
  warehouseListOutput,
} from '@bosonline/contracts';
import { z } from 'zod';
import { adminCan, adminWrites, router } from '../../trpc.ts';
import { adminExportLink } from './downloads.ts';
import * as products from './products.ts';
import { storeScope } from './scope.ts';
import * as sellerDetail from './seller-detail.ts';
import * as notes from './seller-notes.ts';
import * as stores from './stores.ts';

// AdminBosOnline › Seller (detail pages), Products and Store. Thin: input from contracts, one
// service call; permissions from the one admin table; every write through adminWrites (audited).

/** Joined into `admin.seller` beside its list, detail and status procedures. */
export const sellerDetailProcedures = {
  summary: adminCan('seller.view')
    .output(sellerSummaryOutput)
    .query(({ ctx }) => sellerDetail.summary(ctx)),
  setActive: adminWrites('seller.manage')
    .input(sellerActiveInput)
    .output(sellerDetailOutput)
    .mutation(({ ctx, input }) => sellerDetail.setActive(ctx, input)),
  bankAccounts: adminCan('seller.bank')
    .input(idInput)
    .output(sellerBankAccountsOutput)
    .query(({ ctx, input }) => sellerDetail.bankAccountsOf(ctx, input.id)),
  stores: adminCan('seller.view')
    .input(idInput)
    .output(sellerStoresOutput)
    .query(({ ctx, input }) => sellerDetail.storesOf(ctx, input.id)),
  updateStore: adminWrites('seller.manage')
    .input(adminStoreUpdateInput)
    .output(adminStoreOutput)
    .mutation(({ ctx, input }) => sellerDetail.updateStore(ctx, input)),
  products: adminCan('seller.view')
    .input(sellerProductListInput)
    .output(productListOutput)
    .query(({ ctx, input }) => sellerDetail.products(ctx, input)),
  productsExport: adminCan('seller.view')
    .input(sellerProductExportInput)
    .output(exportLinkOutput)
    .query(async ({ ctx, input }) => {
      await storeScope(ctx, input.storeId);
      return adminExportLink(ctx, 'admin.sellerProducts', input.format, { storeId: input.storeId });
    }),
  setProductStatus: adminWrites('seller.manage')
    .input(sellerProductStatusInput)
    .output(sellerUpdatedCountOutput)
    .mutation(({ ctx, input }) => sellerDetail.setStoreProductStatus(ctx, input)),
  warehouses: adminCan('seller.view')
    .input(storeIdInput)
    .output(warehouseListOutput)
    .query(({ ctx, input }) => sellerDetail.warehousesOf(ctx, input.storeId)),
  domains: adminCan('seller.view')
    .input(idInput)
    .output(sellerDomainsOutput)
    .query(({ ctx, input }) => sellerDetail.domainsOf(ctx, input.id)),
  notes: adminCan('seller.view')
    .input(sellerNoteListInput)
    .output(sellerNotePageOutput)
    .query(({ ctx, input }) => notes.list(ctx, input)),
  createNote: adminWrites('seller.note')
    .input(sellerNoteCreateInput)
    .output(sellerNoteOutput)
    .mutation(({ ctx, input }) => notes.create(ctx, input)),
  updateNote: adminWrites('seller.note')
    .input(sellerNoteUpdateInput)
    .output(sellerNoteOutput)
    .mutation(({ ctx, input }) => notes.update(ctx, input)),
};

/** `admin.product`: every seller's products. */
export const productAdminRouter = router({
  recap: adminCan('product.view')
    .output(adminProductRecapOutput)
    .query(({ ctx }) => products.recap(ctx)),
  list: adminCan('product.view')
    .input(adminProductListInput)
    .output(adminProductPageOutput)
    .query(({ ctx, input }) => products.list(ctx, input)),
  exportLink: adminCan('product.view')
    .input(adminProductExportInput)
    .output(exportLinkOutput)
    .query(async ({ ctx, input }) => {
      const { format, ...filter } = input;
      await products.assertExportScope(ctx, filter);
      return adminExportLink(ctx, 'admin.products', format, filter);
    }),
  setStatus: adminWrites('product.manage')
    .input(adminProductStatusInput)
    .output(sellerUpdatedCountOutput)
    .mutation(({ ctx, input }) => sellerDetail.setProductStatus(ctx, {}, input.ids, input.status)),
  updateMarking: adminWrites('product.manage')
    .input(productMarkingManyInput)
    .output(sellerUpdatedCountOutput)
    .mutation(({ ctx, input }) => products.updateMarkingMany(ctx, input)),
  detail: adminCan('product.view')
    .input(idInput)
    .output(adminProductDetailOutput)
    .query(({ ctx, input }) => products.detail(ctx, input.id)),
  variants: adminCan('product.view')
    .input(productIdInput)
    .output(variantListOutput)
    .query(({ ctx, input }) => products.variantsOf(ctx, input.productId)),
  variantsExport: adminCan('product.view')
    .input(adminVariantExportInput)
    .output(exportLinkOutput)
    .query(async ({ ctx, input }) => {
      const { format, ...scope } = input;
      await products.assertExportScope(ctx, scope);
      return adminExportLink(ctx, 'admin.variants', format, scope);
    }),
  forms: adminCan('product.view')
    .input(productIdInput)
    .output(productFormsOutput)
    .query(({ ctx, input }) => products.forms(ctx, input.productId)),
});

/** `admin.store`: stores opened and images uploaded by platform staff. */
export const storeAdminRouter = router({
  create: adminWrites('store.manage')
    .input(adminStoreCreateInput)
    .output(adminStoreOutput)
    .mutation(({ ctx, input }) => stores.create(ctx, input)),
  uploadImage: adminWrites('store.manage')
    .input(z.instanceof(FormData, { message: 'Send the image as multipart/form-data' }))
    .output(adminImageOutput)
    .mutation(({ ctx, input }) => stores.uploadImage(ctx, input)),
});
