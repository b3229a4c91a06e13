import {
  categoryOutput,
  deleteProductOutput,
  exportInput,
  exportLinkOutput,
  idInput,
  imageOutput,
  productCreateInput,
  productIdInput,
  productListInput,
  productListOutput,
  productOutput,
  productUpdateInput,
  skuCheckInput,
  skuCheckOutput,
  statusInput,
  statusManyInput,
  variantListOutput,
  variantsUpdateInput,
} from '@bosonline/contracts';
import { z } from 'zod';
import { router, sellerProcedure, sellerWrites } from '../../trpc.ts';
import { forgetStoreForms } from '../cache/forget.ts';
import { exportLink } from '../downloads/link.ts';
import { inventoryRouter } from '../inventory/router.ts';
import * as images from './images.ts';
import { list } from './list.ts';
import * as product from './service.ts';
import * as sku from './sku.ts';
import * as variants from './variants.ts';

// Prices, names, options, weights, status and images are what forms show of a product.
const manage = sellerWrites('catalog.manage', forgetStoreForms);

export const productRouter = router({
  categories: sellerProcedure
    .output(z.array(categoryOutput))
    .query(({ ctx }) => ctx.db.category.findMany({ orderBy: { name: 'asc' } })),
  list: sellerProcedure
    .input(productListInput)
    .output(productListOutput)
    .query(({ ctx, input }) => list(ctx, input)),
  detail: sellerProcedure
    .input(idInput)
    .output(productOutput)
    .query(({ ctx, input }) => product.detail(ctx, input.id)),
  forEdit: sellerProcedure
    .input(idInput)
    .output(
      z.object({
        product: productOutput,
        categories: z.array(categoryOutput),
        warehouses: z.array(z.object({ id: z.string(), name: z.string(), isDefault: z.boolean() })),
      }),
    )
    .query(({ ctx, input }) => product.forEdit(ctx, input.id)),
  create: manage
    .input(productCreateInput)
    .output(productOutput)
    .mutation(({ ctx, input }) => product.create(ctx, input)),
  update: manage
    .input(productUpdateInput)
    .output(productOutput)
    .mutation(({ ctx, input }) => product.update(ctx, input)),
  setStatus: manage
    .input(statusManyInput)
    .output(z.object({ updated: z.number().int() }))
    .mutation(({ ctx, input }) => product.setStatus(ctx, input.ids, input.status)),
  delete: manage
    .input(idInput)
    .output(deleteProductOutput)
    .mutation(({ ctx, input }) => product.remove(ctx, input.id)),
  variants: sellerProcedure
    .input(productIdInput)
    .output(variantListOutput)
    .query(({ ctx, input }) => variants.list(ctx, input.productId)),
  updateVariants: manage
    .input(variantsUpdateInput)
    .output(productOutput)
    .mutation(({ ctx, input }) => variants.replace(ctx, input)),
  setVariantStatus: manage
    .input(statusInput)
    .output(productOutput)
    .mutation(({ ctx, input }) => variants.setStatus(ctx, input.id, input.status)),
  checkSku: sellerProcedure
    .input(skuCheckInput)
    .output(skuCheckOutput)
    .query(({ ctx, input }) => sku.checkProductSku(ctx, input.sku, input.excludeId)),
  checkVariantSku: sellerProcedure
    .input(skuCheckInput)
    .output(skuCheckOutput)
    .query(({ ctx, input }) => sku.checkVariantSku(ctx, input.sku, input.excludeId)),
  uploadImage: manage
    .input(z.instanceof(FormData, { message: 'Send the image as multipart/form-data' }))
    .output(imageOutput)
    .mutation(({ ctx, input }) => images.upload(ctx, input)),
  exportLink: sellerProcedure
    .input(exportInput)
    .output(exportLinkOutput)
    .query(({ ctx, input }) => exportLink(ctx, input)),
  inventory: inventoryRouter,
});
