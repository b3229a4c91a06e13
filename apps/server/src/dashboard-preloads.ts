// The page a dashboard URL opens, and the files it needs beyond the first load, announced in
// index.html so the browser fetches them alongside the entry instead of after it has run (the
// table is written at build time by apps/dashboard/build/route-preloads.ts).

export interface RoutePreload {
  /** The page's URL under /app, with `$param` segments: `/orders/$invoice`. */
  path: string;
  files: string[];
  css: string[];
}

/** Parses route-preloads.json; anything unexpected in it preloads nothing rather than failing. */
export function readRoutePreloads(json: string): RoutePreload[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return parsed.flatMap((entry) =>
      entry && typeof entry === 'object' && typeof entry.path === 'string'
        ? [{ path: entry.path, files: strings(entry.files), css: strings(entry.css) }]
        : [],
    );
  } catch {
    return [];
  }
}

const segments = (path: string) => path.split('/').filter(Boolean);

/** The page for a path under /app (`/orders/INV-1`), or undefined. Static segments beat params. */
export function preloadFor(preloads: RoutePreload[], path: string): RoutePreload | undefined {
  const wanted = segments(path);
  let best: { preload: RoutePreload; params: number } | undefined;
  for (const preload of preloads) {
    const pattern = segments(preload.path);
    if (pattern.length !== wanted.length) continue;
    let params = 0;
    const matches = pattern.every((segment, i) => {
      if (segment.startsWith('$')) return ++params > 0;
      return segment === wanted[i];
    });
    if (matches && (!best || params < best.params)) best = { preload, params };
  }
  return best?.preload;
}

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** index.html with the page's files announced at the end of its head. */
export function withPreloads(html: string, base: string, preload: RoutePreload | undefined): string {
  if (!preload) return html;
  const links = [
    ...preload.files.map(
      (file) => `<link rel="modulepreload" crossorigin href="${attribute(`${base}/${file}`)}">`,
    ),
    ...preload.css.map(
      (file) => `<link rel="stylesheet" crossorigin href="${attribute(`${base}/${file}`)}">`,
    ),
  ];
  return links.length ? html.replace('</head>', `    ${links.join('\n    ')}\n  </head>`) : html;
}
