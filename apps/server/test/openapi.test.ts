import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.ts';

// What an integrator does with /openapi.json: validate it, generate a typed client from it, and
// fetch it again and again from their tooling.

let server: TestServer;
let served: { etag: string | null; doc: Record<string, unknown> };

beforeAll(async () => {
  server = await startTestServer();
  const res = await fetch(`${server.url}/openapi.json`);
  expect(res.status).toBe(200);
  served = { etag: res.headers.get('etag'), doc: (await res.json()) as Record<string, unknown> };
});
afterAll(() => server?.close());

describe('/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document: every $ref resolves, shared schemas live in components', async () => {
    // swagger-parser dereferences in place; it gets its own copy.
    await expect(SwaggerParser.validate(structuredClone(served.doc) as never)).resolves.toBeTruthy();
    const refs = [...JSON.stringify(served.doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^#\/components\/schemas\/[\w.-]+$/);
    expect(JSON.stringify(served.doc)).not.toContain('"$defs"');
    // Code generators name methods after operation ids, so a repeated one breaks them.
    const paths = served.doc.paths as Record<string, Record<string, { operationId: string }>>;
    const ids = Object.values(paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('lists the form fields of an upload: the admin store image names its store in `store_id`', async () => {
    const doc = (await SwaggerParser.validate(structuredClone(served.doc) as never)) as unknown as {
      paths: Record<string, Record<string, Upload>>;
    };
    type Upload = {
      requestBody: { content: Record<string, { schema: { required: string[]; properties: object } }> };
      parameters: Array<{ name: string; in: string }>;
    };
    const upload = doc.paths['/admin/stores/image']!.post!;
    const form = upload.requestBody.content['multipart/form-data']!.schema;
    expect(form.required).toEqual(['file', 'store_id']);
    expect(form.properties).toMatchObject({
      file: { type: 'string', format: 'binary' },
      store_id: { type: 'string', format: 'uuid' },
    });
    // As with every upload field, the query may carry it instead.
    expect(upload.parameters).toContainEqual(expect.objectContaining({ name: 'store_id', in: 'query' }));
  });

  it('is built once and revalidated: the same strong ETag, 304 on If-None-Match, gzip on the wire', async () => {
    expect(served.etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${server.url}/openapi.json`);
    expect(again.headers.get('etag')).toBe(served.etag);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect(await again.json()).toEqual(served.doc);

    const notModified = await fetch(`${server.url}/openapi.json`, {
      headers: { 'if-none-match': served.etag! },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(served.etag);
    expect(await notModified.text()).toBe('');

    const stale = await fetch(`${server.url}/openapi.json`, { headers: { 'if-none-match': '"old"' } });
    expect(stale.status).toBe(200);

    // Node's fetch unzips by itself; a raw request shows the bytes on the wire.
    const { request } = await import('node:http');
    const zipped = await new Promise<{ encoding?: string; length: number }>((resolve, reject) => {
      request(`${server.url}/openapi.json`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          length += chunk.length;
        });
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], length }));
      })
        .on('error', reject)
        .end();
    });
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.length).toBeLessThan(JSON.stringify(served.doc).length / 5);
  });

  it('generates a typed client whose snake_case types compile against the spec example', async () => {
    const types = astToString(await openapiTS(served.doc as never));
    expect(types).toContain('"/order/{id}"');
    expect(types).toContain('"/store/order/{id}/detail/customer"');

    const dir = mkdtempSync(join(tmpdir(), 'bos-openapi-'));
    try {
      // A declaration file, as openapi-typescript's docs generate it (`-o schema.d.ts`).
      writeFileSync(join(dir, 'api.d.ts'), types);
      // The spec's POST /order/{id} body, typed by the generated client; a camelCase key must fail.
      writeFileSync(
        join(dir, 'use.ts'),
        `import type { paths } from './api';
type Order = paths['/order/{id}']['post'];
export const id: Order['parameters']['path']['id'] = 'd9cc7807-36c2-4eb1-b910-ece18a1bbb6e';
export const receiver: NonNullable<Order['requestBody']>['content']['application/json']['receiver'] = {
  receiver_name: 'Budi Santoso',
  receiver_phone: '081377770001',
  receiver_addr_id: 76518,
  receiver_address: 'Jl. Raya Buduran 12',
};
export const message: Order['responses'][200]['content']['application/json']['message'] = 'ok';
// @ts-expect-error the REST door speaks snake_case
export const camel: NonNullable<Order['requestBody']>['content']['application/json']['receiver'] = { receiverName: 'x' };
`,
      );
      // The event loop stops while TypeScript checks: this test runs last, after the fetches.
      const program = ts.createProgram([join(dir, 'use.ts')], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        target: ts.ScriptTarget.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        module: ts.ModuleKind.ESNext,
        types: [],
      });
      const errors = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
