import { type ProcedurePath, type RestRouteSpec, restRoutes } from '../../rest/route.ts';

// AdminBosOnline › Seller (detail pages), Products and Store, at paths in the admin realm's style
// (the spec names these endpoints only). Listed before the seller routes of rest.ts, so a fixed
// segment (`/admin/sellers/summary`) is matched before `/admin/sellers/{id}` takes it for an id.

const tag = 'AdminBosOnline';
/** A read answering `{ message: 'Success', data }`. */
const read = <P extends ProcedurePath>(path: string, procedure: P, summary: string): RestRouteSpec<P> => ({
  method: 'GET',
  path,
  procedure,
  summary,
  tag,
  message: 'Success',
});

export const adminCatalogRest = restRoutes([
  // Seller.
  read(
    '/admin/sellers/summary',
    'admin.seller.summary',
    'Seller Summary (by status and marking, new this month)',
  ),
  {
    method: 'PATCH',
    path: '/admin/sellers/{id}/active',
    procedure: 'admin.seller.setActive',
    summary: 'Seller Active Status (`{ active }`; inactive suspends: sessions end, forms go offline)',
    tag,
    message: 'Seller has been updated',
  },
  read('/admin/sellers/{id}/bank-accounts', 'admin.seller.bankAccounts', 'Detail Bank Seller'),
  read('/admin/sellers/{id}/stores', 'admin.seller.stores', 'Seller Store'),
  read(
    '/admin/sellers/{id}/domains',
    'admin.seller.domains',
    'Seller Domains (subdomain, custom domains, form pages)',
  ),
  read('/admin/sellers/{id}/notes', 'admin.seller.notes', 'Seller Note (`?cursor=&limit=`)'),
  {
    method: 'POST',
    path: '/admin/sellers/{id}/notes',
    procedure: 'admin.seller.createNote',
    summary: 'Create Seller Note',
    tag,
    message: 'Note has been saved',
    status: 201,
  },
  {
    method: 'PUT',
    path: '/admin/sellers/notes/{id}',
    procedure: 'admin.seller.updateNote',
    summary: 'Update Seller Note',
    tag,
    message: 'Note has been saved',
  },
  read(
    '/admin/stores/{store_id}/products/download',
    'admin.seller.productsExport',
    'Download Product Seller (`?format=csv|xlsx`): a 5-minute link to the file',
  ),
  read(
    '/admin/stores/{store_id}/products',
    'admin.seller.products',
    'Seller Product (`?q=&status=&category_id=&sort=&cursor=&limit=`)',
  ),
  {
    method: 'PATCH',
    path: '/admin/stores/{store_id}/products/status',
    procedure: 'admin.seller.setProductStatus',
    summary: 'Update Status Produk Seller (one or many `ids`)',
    tag,
    message: 'Product status has been updated.',
  },
  read('/admin/stores/{store_id}/warehouses', 'admin.seller.warehouses', 'Seller Warehouse List'),
  // Store (before `/admin/stores/{id}`).
  {
    method: 'POST',
    path: '/admin/stores/image',
    procedure: 'admin.store.uploadImage',
    summary: 'Upload Image Custom (multipart: `store_id` and `file`, JPEG/PNG/WebP/GIF ≤ 5 MB)',
    tag,
    message: 'Image has been uploaded.',
    status: 201,
    upload: true,
    formFields: {
      store_id: {
        type: 'string',
        format: 'uuid',
        required: true,
        description: 'The store the image goes to (a form field, or `?store_id=`)',
      },
    },
  },
  {
    method: 'POST',
    path: '/admin/stores',
    procedure: 'admin.store.create',
    summary: 'Create Store (`{ seller_id, name }`: a new store for an existing seller account)',
    tag,
    message: 'Store has been created',
    status: 201,
  },
  {
    method: 'PUT',
    path: '/admin/stores/{id}',
    procedure: 'admin.seller.updateStore',
    summary: 'Update Detail Seller Store (name, description, logo, CS phone, social media)',
    tag,
    message: 'Store has been updated',
  },
  // Products.
  read('/admin/products/recap', 'admin.product.recap', 'Recap Product'),
  read(
    '/admin/products/download',
    'admin.product.exportLink',
    'Download list product (`?format=&q=&status=&marking=&seller_id=&store_id=`)',
  ),
  read(
    '/admin/products/variants/download',
    'admin.product.variantsExport',
    'Download Product Variant (`?format=&product_id=&store_id=&seller_id=`)',
  ),
  read(
    '/admin/products',
    'admin.product.list',
    'Get List Product (`?q=&status=&marking=&seller_id=&store_id=&cursor=&limit=`)',
  ),
  {
    method: 'PATCH',
    path: '/admin/products/status',
    procedure: 'admin.product.setStatus',
    summary: 'Edit status product (`{ ids, status }`, any sellers)',
    tag,
    message: 'Product status has been updated.',
  },
  {
    method: 'PATCH',
    path: '/admin/products/marking',
    procedure: 'admin.product.updateMarking',
    summary: 'Update Marking Product (`{ ids, marking }`: verified, watch, banned or null)',
    tag,
    message: 'Products have been updated',
  },
  read('/admin/products/{id}', 'admin.product.detail', 'Detail Product Seller'),
  read('/admin/products/{product_id}/variants', 'admin.product.variants', 'Detail Product Variant'),
  read('/admin/products/{product_id}/forms', 'admin.product.forms', 'Product Form (forms selling it)'),
]);
