import { storeRoles } from '@bosonline/contracts';
import { describe, expect, it } from 'vitest';
import { navSections, sectionsFor } from './nav.ts';

describe('sidebar per role', () => {
  it('owners and admins see every section; a CS member sees only what her role may open', () => {
    expect(sectionsFor('owner')).toEqual(navSections);
    expect(sectionsFor('admin')).toEqual(navSections);
    expect(sectionsFor('cs').map((s) => s.label)).toEqual([
      'home',
      'products',
      'orders',
      'abandoned',
      'settings',
    ]);
  });

  it('while the role is unknown (profile loading), only sections every role may open', () => {
    const open = navSections.filter((s) => !s.permission);
    expect(sectionsFor(undefined)).toEqual(open);
    for (const role of storeRoles) expect(sectionsFor(role)).toEqual(expect.arrayContaining(open));
  });
});
