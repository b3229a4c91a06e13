import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

// Every GET's answer goes out gzip-compressed to a client that accepts it: API reads (the order
// list's first page with the seller's profile is ~15 KB of JSON, ~3.4 KB gzipped: on a phone at
// 1.6 Mbps that is ~60 ms, spent while the dashboard's code is still downloading and competing
// for the same bandwidth), CSV downloads, and the dashboard's index.html. Files that are already
// compressed (the dashboard's and the widget's precompressed assets, PDFs, XLSX) pass untouched:
// hono/compress leaves a Content-Encoding alone and compresses only text types.
//
// Writes' answers are left alone: they are small, and some carry tokens (login, refresh), which
// compression next to a reflected input would let a watcher of the sizes guess (BREACH).
const gzipText = compress();

export const compressReads: MiddlewareHandler = (c, next) =>
  c.req.method === 'GET' ? gzipText(c, next) : next();
