import { describe, expect, it } from 'vitest';
import { preloadFor, readRoutePreloads, withPreloads } from './dashboard-preloads.ts';

const table = readRoutePreloads(
  JSON.stringify([
    { path: '/', files: ['assets/home.js'], css: [] },
    { path: '/orders', files: ['assets/list.js', 'assets/Table.js'], css: [] },
    { path: '/orders/$invoice', files: ['assets/detail.js'], css: ['assets/detail.css'] },
    { path: '/products/new', files: ['assets/new.js'], css: [] },
    { path: '/products/$id', files: ['assets/edit.js'], css: [] },
  ]),
);

describe('dashboard route preloads', () => {
  it('finds the page a URL opens: static segments first, params match one segment', () => {
    expect(preloadFor(table, '/')?.path).toBe('/');
    expect(preloadFor(table, '/orders')?.path).toBe('/orders');
    expect(preloadFor(table, '/orders/')?.path).toBe('/orders');
    expect(preloadFor(table, '/orders/INV-1')?.path).toBe('/orders/$invoice');
    expect(preloadFor(table, '/products/new')?.path).toBe('/products/new');
    expect(preloadFor(table, '/products/abc')?.path).toBe('/products/$id');
    expect(preloadFor(table, '/orders/INV-1/more')).toBeUndefined();
    expect(preloadFor(table, '/nope')).toBeUndefined();
  });

  it('announces the files at the end of the head, and leaves the page alone when nothing matches', () => {
    const html = '<html><head><title>x</title></head><body></body></html>';
    const page = withPreloads(html, '/app', preloadFor(table, '/orders/INV-1'));
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/app/assets/detail.js">');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/app/assets/detail.css">');
    expect(page.indexOf('detail.js')).toBeLessThan(page.indexOf('</head>'));
    expect(withPreloads(html, '/app', undefined)).toBe(html);
  });

  it('a damaged table preloads nothing', () => {
    expect(readRoutePreloads('not json')).toEqual([]);
    expect(readRoutePreloads('{"path":"/"}')).toEqual([]);
    expect(readRoutePreloads('[{"path":"/","files":[1,"a.js"]}]')).toEqual([
      { path: '/', files: ['a.js'], css: [] },
    ]);
  });
});
