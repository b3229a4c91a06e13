import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

// The SDK as an outsider gets it: packed the way it is published, installed with plain
// `npm install` into an empty project outside the workspace (so nothing of this repository can be
// found from there), then used from ESM, CommonJS and TypeScript against a real server.
// `pnpm test` builds the packages first; the pack here skips `prepack` so it does not build again.
// The React entry's optional peers are installed beside it, as a React app would have them.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sdkDir = join(root, 'packages/sdk');
const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, process.env.npm_execpath]
  : ['npx', '-y', 'pnpm@10.34.8'];

let server: TestServer;
let project: string;
let packed: { files: string[]; manifest: Record<string, Record<string, string> | string> };

/** The environment without what a surrounding `pnpm test` tells npm about this workspace. */
function outsideEnv() {
  const keep = new Set(['npm_config_registry', 'npm_config_cache']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_') || keep.has(key)),
  );
}

// Asynchronous: PGlite runs in this process, and a blocking call would hold up the server's boot.
async function run(command: string, args: string[], cwd: string, env = process.env) {
  return (await promisify(execFile)(command, args, { cwd, env, encoding: 'utf8' })).stdout;
}

/** `pnpm pack` of the built SDK, installed with plain npm into an empty project. */
async function installPackedSdk() {
  if (!existsSync(join(sdkDir, 'dist/index.d.ts'))) throw new Error('Build the SDK first: pnpm build');
  const [command, ...args] = pnpm as [string, ...string[]];
  const packArgs = ['pack', '--json', '--config.ignore-scripts=true', '--pack-destination', project];
  const info = JSON.parse(await run(command, [...args, ...packArgs], sdkDir)) as {
    filename: string;
    files: { path: string }[];
  };
  const manifest = { name: 'consumer', private: true, type: 'module' };
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest));
  const quiet = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
  const reactPeers = [
    '@trpc/tanstack-react-query@11',
    '@tanstack/react-query@5',
    'react@19',
    '@types/react@19',
  ];
  await run('npm', ['install', ...quiet, info.filename, ...reactPeers], project, outsideEnv());
  return {
    files: info.files.map((f) => f.path),
    manifest: JSON.parse(readFileSync(join(project, 'node_modules/@bosonline/sdk/package.json'), 'utf8')),
  };
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'bos-sdk-consumer-'));
  // Side by side: the server boots while npm installs.
  const [booted, installed] = await Promise.allSettled([startTestServer({ seed: true }), installPackedSdk()]);
  if (booted.status === 'fulfilled') server = booted.value;
  if (booted.status === 'rejected') throw booted.reason;
  if (installed.status === 'rejected') throw installed.reason;
  packed = installed.value;
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

/** The installed package's ESM build, as `import '@bosonline/sdk'` in the consumer project loads it. */
async function importInstalled() {
  const entry = join(project, 'node_modules/@bosonline/sdk/dist/index.js');
  return (await import(pathToFileURL(entry).href)) as typeof import('@bosonline/sdk');
}

describe('the published SDK package', () => {
  it('ships its builds, README and CHANGELOG, and depends only on public packages', () => {
    const builds = ['index', 'react'].flatMap((entry) =>
      ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `dist/${entry}.${ext}`),
    );
    for (const file of [...builds, 'README.md', 'CHANGELOG.md']) {
      expect(packed.files).toContain(file);
    }
    const { manifest } = packed;
    expect(JSON.stringify(manifest)).not.toMatch(/workspace:|catalog:/);
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual([
      '@trpc/client',
      '@trpc/server',
      'superjson',
    ]);
    // Not even as development dependencies: those name private workspace packages (.pnpmfile.cjs).
    for (const field of ['optionalDependencies', 'devDependencies'])
      expect(manifest).not.toHaveProperty(field);
    // React and TanStack Query only for `@bosonline/sdk/react`: optional, so the core installs without them.
    const peers = Object.keys(manifest.peerDependencies ?? {}).sort();
    expect(peers).toEqual(['@tanstack/react-query', '@trpc/tanstack-react-query', 'react']);
    expect(manifest.peerDependenciesMeta).toEqual(
      Object.fromEntries(peers.map((name) => [name, { optional: true }])),
    );
    expect(manifest.exports).toMatchObject({
      '.': { types: './dist/index.d.ts', import: './dist/index.js', require: './dist/index.cjs' },
      './react': { types: './dist/react.d.ts', import: './dist/react.js', require: './dist/react.cjs' },
    });
    // What npm installed is only that: no workspace package reached the consumer.
    expect(existsSync(join(project, 'node_modules/@bosonline/contracts'))).toBe(false);
    expect(existsSync(join(project, 'node_modules/@bosonline/api'))).toBe(false);
  });

  it('runs the README’s checkout example from ESM: the quoted total is the order’s, a retry is the same order', async () => {
    const { createBosClient, isBosError, fieldErrors } = await importInstalled();
    const bos = createBosClient({ url: server.url });
    const form = await bos.checkout.loadForm.query({ formId: demoFormId });
    expect(form.items.map((i) => i.sku)).toEqual(['BAT-AA-001-01', 'BAT-AA-001-02']);
    const [district] = await bos.region.search.query({ q: 'Buduran', level: 'district' });
    const cart = [{ sku: 'BAT-AA-001-01', qty: 2 }];
    const { rates } = await bos.checkout.estimateRates.query({
      formId: demoFormId,
      regionId: district!.id,
      items: cart,
    });
    const items = {
      courierCode: rates[0]!.courierCode,
      serviceCode: rates[0]!.serviceCode,
      paymentMethod: { type: 'cod' as const },
      orderItems: cart.map((line) => ({ itemSku: line.sku, itemQty: line.qty })),
    };
    const summary = await bos.checkout.quote.query({
      id: demoFormId,
      receiver: { receiverAddrId: district!.id },
      items,
    });
    const order = {
      id: demoFormId,
      idempotencyKey: crypto.randomUUID(),
      receiver: {
        receiverName: 'Budi Santoso',
        receiverPhone: '081399990001',
        receiverAddrId: district!.id,
        receiverAddress: 'Jl. Raya Buduran 12',
      },
      items,
    };
    const placed = await bos.checkout.createOrder.mutate(order);
    expect(placed.totalPayment).toBe(summary.total);
    expect(await bos.checkout.createOrder.mutate(order)).toEqual(placed);

    const error = await bos.checkout.createOrder
      .mutate({ ...order, idempotencyKey: undefined, receiver: { ...order.receiver, receiverPhone: '12' } })
      .catch((e: unknown) => e);
    expect(isBosError(error, 'BAD_REQUEST')).toBe(true);
    expect(Object.keys(fieldErrors(error))).toEqual(['receiver.receiverPhone']);

    const seller = createBosClient({ url: server.url });
    await seller.auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const mine = await seller.order.list.query({ q: '081399990001' });
    expect(mine.items).toHaveLength(1);
    const detail = await seller.order.detail.query({ invoice: 'INV57123' });
    expect(detail.createdAt).toBeInstanceOf(Date);
  });

  it('runs the README’s product example: two variants, whole-rupiah prices, grams, stock per warehouse', async () => {
    const { createBosClient, fieldErrors, isBosError } = await importInstalled();
    const bos = createBosClient({ url: server.url });
    await bos.auth.login.mutate({ login: 'demo@bosonline.id', password: 'demo12345' });
    const [warehouse] = await bos.warehouse.list.query();
    const product = {
      sku: 'KOPI-GAYO',
      name: 'Kopi Gayo',
      weightGrams: 250,
      variants: [
        {
          sku: 'KOPI-GAYO-250',
          options: { Ukuran: '250 g' },
          price: 45000,
          stock: [{ warehouseId: warehouse!.id, quantity: 20 }],
        },
        {
          sku: 'KOPI-GAYO-1KG',
          options: { Ukuran: '1 kg' },
          price: 160000,
          compareAtPrice: 180000,
          weightGrams: 1050,
          stock: [{ warehouseId: warehouse!.id, quantity: 5 }],
        },
      ],
    };
    const kopi = await bos.product.create.mutate(product);
    expect(kopi.variants.map((v) => [v.sku, v.price, v.totalStock])).toEqual([
      ['KOPI-GAYO-250', 45000, 20],
      ['KOPI-GAYO-1KG', 160000, 5],
    ]);
    expect([kopi.weightGrams, ...kopi.variants.map((v) => v.weightGrams)]).toEqual([250, null, 1050]);
    expect(kopi.variants[0]!.stock).toEqual([
      { warehouseId: warehouse!.id, warehouseName: warehouse!.name, quantity: 20 },
    ]);

    // A price written the Indonesian way is refused, named by its field, and creates nothing.
    const wrongPrice = {
      ...product,
      sku: 'KOPI-TORAJA',
      variants: [{ sku: 'KOPI-TORAJA-1', price: '45.000' }],
    };
    const error = await bos.product.create.mutate(wrongPrice as never).catch((e: unknown) => e);
    expect(isBosError(error, 'BAD_REQUEST')).toBe(true);
    expect(Object.keys(fieldErrors(error))).toEqual(['variants.0.price']);
    expect((await bos.product.list.query({ q: 'toraja' })).items).toEqual([]);
  });

  it('works from CommonJS', async () => {
    const require = createRequire(join(project, 'index.cjs'));
    const sdk = require('@bosonline/sdk') as typeof import('@bosonline/sdk');
    const provinces = await sdk.createBosClient({ url: server.url }).region.provinces.query();
    expect(provinces).toHaveLength(38);
  });

  it('serves TanStack Query options through `@bosonline/sdk/react`, resolved as an app resolves it', async () => {
    // A file of the consumer's own, run by Node: the package's exports and the peers as npm put them.
    writeFileSync(
      join(project, 'react-entry.mjs'),
      `import { createBosClient } from '@bosonline/sdk';
import { createBosOptionsProxy } from '@bosonline/sdk/react';
import { QueryClient } from '@tanstack/react-query';
const queryClient = new QueryClient();
const bos = createBosClient({ url: process.argv[2] });
const trpc = createBosOptionsProxy({ client: bos, queryClient });
const provinces = await queryClient.fetchQuery(trpc.region.provinces.queryOptions());
const login = await queryClient
  .getMutationCache()
  .build(queryClient, trpc.auth.login.mutationOptions())
  .execute({ login: 'demo@bosonline.id', password: 'demo12345' });
const orders = await queryClient.fetchQuery(trpc.order.list.queryOptions({ status: 'unpaid' }));
console.log(JSON.stringify({
  provinces: provinces.length,
  cached: queryClient.getQueryData(trpc.region.provinces.queryKey())?.length,
  signedIn: typeof login.accessToken,
  firstOrderDate: orders.items[0]?.createdAt instanceof Date,
}));
`,
    );
    const output = await run(process.execPath, ['react-entry.mjs', server.url], project, outsideEnv());
    expect(JSON.parse(output)).toEqual({
      provinces: 38,
      cached: 38,
      signedIn: 'string',
      firstOrderDate: true,
    });
  });

  it('type-checks a consumer strictly, library files included, with nothing but the installed package', async () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          noEmit: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    // Unused `@ts-expect-error`s are errors: if the types had decayed to `any`, this would fail.
    writeFileSync(
      join(project, 'consumer.ts'),
      `import {
  createBosClient,
  fieldErrors,
  isBosError,
  type BosClient,
  type BosInputs,
  type BosOutputs,
} from '@bosonline/sdk';
const bos: BosClient = createBosClient({ url: 'http://localhost:3000', batch: false });
export async function check(warehouseId: string) {
  const form = await bos.checkout.loadForm.query({ formId: '${demoFormId}' });
  const price: number = form.items[0]!.price;
  // @ts-expect-error a form has no such field
  form.nope;
  // @ts-expect-error formId is required
  await bos.checkout.loadForm.query({});
  const page = await bos.order.list.query({ status: 'unpaid' });
  const created: Date = page.items[0]!.createdAt;
  // @ts-expect-error not an order status
  await bos.order.list.query({ status: 'lost' });
  const variant: BosInputs['product']['create']['variants'][number] = {
    sku: 'KOPI-01-250',
    price: 45000,
    stock: [{ warehouseId, quantity: 20 }],
  };
  const product: BosOutputs['product']['create'] = await bos.product.create.mutate({
    sku: 'KOPI-01',
    name: 'Kopi',
    weightGrams: 250,
    variants: [variant],
  });
  // @ts-expect-error prices are whole rupiah as numbers, not '45.000'
  await bos.product.create.mutate({ sku: 'K', name: 'K', weightGrams: 250, variants: [{ sku: 'K-1', price: '45.000' }] });
  // @ts-expect-error stock is per warehouse: a list of { warehouseId, quantity }, not a total
  await bos.product.create.mutate({ sku: 'K', name: 'K', weightGrams: 250, variants: [{ sku: 'K-1', price: 1, stock: 25 }] });
  // @ts-expect-error the product's weight is required
  await bos.product.create.mutate({ sku: 'K', name: 'K', variants: [variant] });
  const stock: number = product.variants[0]!.totalStock;
  try {
    await bos.profile.me.query(undefined, { signal: AbortSignal.timeout(5000) });
  } catch (error) {
    if (isBosError(error, 'NOT_FOUND')) {
      const status: number = error.data!.httpStatus;
      const fields: Record<string, string[]> = fieldErrors(error);
      const wait: number | undefined = error.retryAfterSeconds;
      return [price, created, stock, status, fields, wait];
    }
  }
  return null;
}
`,
    );
    writeFileSync(
      join(project, 'consumer-react.ts'),
      `import type { BosInputs, BosOutputs } from '@bosonline/sdk';
import { BosProvider, createBosOptionsProxy, useBosClient, useTRPC, type AppRouter } from '@bosonline/sdk/react';
import { QueryClient, useQuery } from '@tanstack/react-query';
import { createBosClient } from '@bosonline/sdk';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createElement } from 'react';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const inputs: Same<inferRouterInputs<AppRouter>, BosInputs> = true;
export const outputs: Same<inferRouterOutputs<AppRouter>, BosOutputs> = true;
const queryClient = new QueryClient();
const bos = createBosClient({ url: 'http://localhost:3000', storeId: 'store-a' });
bos.storeId = 'store-b';
export const refreshed: Promise<void> = bos.refresh();
export const app = createElement(BosProvider, { client: bos, queryClient });
export function Orders() {
  const trpc = useTRPC();
  const page = useQuery(trpc.order.list.queryOptions({ status: 'unpaid' }));
  const created: Date | undefined = page.data?.items[0]?.createdAt;
  // @ts-expect-error not an order status
  trpc.order.list.queryOptions({ status: 'lost' });
  const fields: Record<string, string[]> | undefined = page.error?.data?.fieldErrors;
  const wait: number | undefined = page.error?.data?.retryAfterSeconds;
  return [created, fields, wait, useBosClient().storeId];
}
export const key = createBosOptionsProxy({ client: bos, queryClient }).product.list.queryKey();
`,
    );
    // The React file as a Vite app's tsconfig would check it: tRPC's and TanStack's own declarations
    // need Node's and newer libs, which the core's strict check above does without.
    writeFileSync(
      join(project, 'tsconfig.react.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          noEmit: true,
          types: [],
        },
        files: ['consumer-react.ts'],
      }),
    );
    const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
    for (const config of ['tsconfig.json', 'tsconfig.react.json']) {
      let output = '';
      try {
        output = await run(process.execPath, [tsc, '-p', join(project, config)], project, outsideEnv());
      } catch (error) {
        output = (error as { stdout?: string }).stdout ?? String(error);
      }
      expect(output, config).toBe('');
    }
    // Two compilers in a row (the core, then the React file with tRPC's and TanStack's types).
  }, 120_000);
});
