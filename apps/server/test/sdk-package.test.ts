import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

// The SDK as an outsider gets it: packed the way it is published, unpacked into a project that
// has nothing of this repository but the packages' declared dependencies, then used from ESM,
// CommonJS and TypeScript against a real server. `pnpm test` builds the packages first.

const root = fileURLToPath(new URL('../../../', import.meta.url));
const demoFormId = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, process.env.npm_execpath]
  : ['npx', '-y', 'pnpm@10.34.8'];

let server: TestServer;
let project: string;
const packed: Record<string, { files: string[]; manifest: Record<string, unknown> }> = {};

/** `pnpm pack` of a workspace package, unpacked into the project's node_modules. */
function install(name: 'sdk' | 'contracts') {
  const out = join(project, 'tarballs');
  mkdirSync(out, { recursive: true });
  const [command, ...args] = pnpm as [string, ...string[]];
  execFileSync(command, [...args, 'pack', '--pack-destination', out], {
    cwd: join(root, 'packages', name),
    stdio: 'pipe',
  });
  const tarball = join(out, readdirSync(out).find((f) => f.startsWith(`bosonline-${name}-`)) ?? '');
  const target = join(project, 'node_modules', '@bosonline', name);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  packed[name] = {
    files: execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n'),
    manifest: JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')),
  };
}

/** A dependency the packed manifests declare, linked from where the workspace installed it. */
function linkDependency(name: string) {
  const target = join(project, 'node_modules', name);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(realpathSync(join(root, 'packages/sdk/node_modules', name)), target, 'dir');
}

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  project = mkdtempSync(join(tmpdir(), 'bos-sdk-consumer-'));
  install('contracts');
  install('sdk');
  for (const dependency of ['@trpc/client', '@trpc/server', 'superjson', 'zod']) linkDependency(dependency);
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the published SDK package', () => {
  it('ships its builds, README and CHANGELOG, with real versions instead of workspace ones', () => {
    const sdk = packed.sdk!;
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'README.md', 'CHANGELOG.md']) {
      expect(sdk.files).toContain(`package/${file}`);
    }
    const text = JSON.stringify([sdk.manifest, packed.contracts!.manifest]);
    expect(text).not.toMatch(/workspace:|catalog:/);
    expect(sdk.manifest.dependencies).not.toHaveProperty('@bosonline/api');
    expect(sdk.manifest.exports).toMatchObject({
      '.': { import: './dist/index.js', require: './dist/index.cjs' },
    });
  });

  it('runs the README’s checkout example from ESM: the quoted total is the order’s, a retry is the same order', async () => {
    const { createBosClient, isBosError, fieldErrors } = (await import(
      pathToFileURL(join(project, 'node_modules/@bosonline/sdk/dist/index.js')).href
    )) as typeof import('@bosonline/sdk');
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

  it('works from CommonJS', async () => {
    const require = createRequire(join(project, 'index.cjs'));
    const sdk = require('@bosonline/sdk') as typeof import('@bosonline/sdk');
    const provinces = await sdk.createBosClient({ url: server.url }).region.provinces.query();
    expect(provinces).toHaveLength(38);
  });

  it('type-checks a consumer with nothing but the published packages (no server types)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2022', 'dom'],
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    // Unused `@ts-expect-error`s are errors: if the types had decayed to `any`, this would fail.
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { createBosClient, fieldErrors, isBosError, type BosClient } from '@bosonline/sdk';
const bos: BosClient = createBosClient({ url: 'http://localhost:3000', batch: false });
export async function check() {
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
  try {
    await bos.profile.me.query();
  } catch (error) {
    if (isBosError(error, 'NOT_FOUND')) {
      const status: number = error.data!.httpStatus;
      const fields: Record<string, string[]> = fieldErrors(error);
      return [price, created, status, fields];
    }
  }
  return null;
}
`,
    );
    const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
    const run = () =>
      execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', stdio: 'pipe' });
    let output = '';
    try {
      output = run();
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? String(error);
    }
    expect(output).toBe('');
  });
});
