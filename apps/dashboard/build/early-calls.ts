import type { Plugin } from 'vite';
import { earlyCalls } from '../src/api/early-calls.ts';

// Writes the early calls' table (src/api/early-calls.ts) into index.html's script that starts
// them, in the build and in `pnpm dev` alike, so the table has one source.

export const earlyCallsMarker = '/*bos:early-calls*/{}';

/** index.html with the table in place of the marker (`<` escaped: it sits inside a <script>). */
export function withEarlyCalls(html: string, table: unknown = earlyCalls): string {
  if (!html.includes(earlyCallsMarker)) throw new Error(`index.html lost its ${earlyCallsMarker} marker`);
  return html.replace(earlyCallsMarker, () => JSON.stringify(table).replace(/</g, '\\u003c'));
}

export function earlyCallsTable(): Plugin {
  return { name: 'bos-early-calls', transformIndexHtml: (html) => withEarlyCalls(html) };
}
