import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Every text asset also written brotli- and gzip-compressed at their highest levels, beside the
// original (`index-….js.br`, `.gz`), for the server to send as they are (apps/server/src/dashboard.ts,
// serveStatic's `precompressed`). Compressing once at build time affords brotli's best level,
// about a fifth smaller than gzip on this bundle, which a phone on 1.6 Mbps feels on every first
// load; compressing per request could only afford a fast level.
//
// From the files as written (writeBundle), not from the bundle while it is generated: Vite fills
// in its preload lists in generateBundle, and a copy taken earlier kept the placeholders.

const compressible = /\.(js|css|json|svg|html)$/;
/** Below this, the compressed copy saves less than a packet. */
const minBytes = 1024;

export function precompress(): Plugin {
  return {
    name: 'bos-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!compressible.test(fileName)) continue;
        const path = join(dir, fileName);
        const bytes = readFileSync(path);
        if (bytes.length < minBytes) continue;
        const brotli = brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        });
        writeFileSync(`${path}.br`, brotli);
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
