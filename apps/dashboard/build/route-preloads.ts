import type { Plugin } from 'vite';

// Which files each page needs beyond the first load, for the server to announce in index.html.
//
// Every page's code is a lazy chunk (src/routes/tree.ts), which the browser would otherwise only
// ask for once the entry has downloaded and run: a second round of requests, and on a phone's
// 150 ms connection the API calls then queue behind it. The server adds
// `<link rel="modulepreload">` for the page a URL opens (apps/server/src/dashboard.ts), so all
// of it downloads at once. Written to dist/route-preloads.json:
//   [{ "path": "/orders/$invoice", "files": ["assets/detail-….js", …], "css": […] }]
//
// A page's URL comes from the page itself: its `createLazyRoute('/signed-in/orders')` names the
// route id, which is the URL plus the ids of pathless layouts (`id: 'signed-in'`), dropped here.

export interface RoutePreload {
  path: string;
  files: string[];
  css: string[];
}

const lazyRouteId = /createLazyRoute\(\s*["'`]([^"'`]+)["'`]/;
const pathlessId = /createRoute\(\s*\{[^}]*?\bid:\s*["'`]([\w-]+)["'`]/g;

export function routePreloads(): Plugin {
  return {
    name: 'bos-route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const pathless = new Set<string>();
      for (const id of this.getModuleIds()) {
        const code = this.getModuleInfo(id)?.code;
        if (code && id.includes('/src/routes/'))
          for (const m of code.matchAll(pathlessId)) pathless.add(m[1] as string);
      }
      const chunks = new Map(
        Object.values(bundle).flatMap((item) =>
          item.type === 'chunk' ? [[item.fileName, item] as const] : [],
        ),
      );
      /** A chunk and every chunk it imports statically, transitively. */
      const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of chunks.get(fileName)?.imports ?? []) closure(imported, seen);
        return seen;
      };
      const initial = new Set<string>();
      for (const chunk of chunks.values()) if (chunk.isEntry) closure(chunk.fileName, initial);

      const preloads: RoutePreload[] = [];
      for (const chunk of chunks.values()) {
        if (!chunk.isDynamicEntry || !chunk.facadeModuleId) continue;
        const routeId = this.getModuleInfo(chunk.facadeModuleId)?.code?.match(lazyRouteId)?.[1];
        if (!routeId) continue;
        const path = `/${routeId
          .split('/')
          .filter((segment) => segment && !pathless.has(segment))
          .join('/')}`;
        const files = [...closure(chunk.fileName)].filter((file) => !initial.has(file));
        const css = [
          ...new Set(files.flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])])),
        ];
        preloads.push({ path, files, css });
      }
      preloads.sort((a, b) => a.path.localeCompare(b.path));
      this.emitFile({
        type: 'asset',
        fileName: 'route-preloads.json',
        source: `${JSON.stringify(preloads, null, 2)}\n`,
      });
    },
  };
}
