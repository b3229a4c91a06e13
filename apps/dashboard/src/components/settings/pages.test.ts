import { describe, expect, it } from 'vitest';
import { settingsPagesFor } from './pages.ts';

describe('settings pages per role', () => {
  const labels = (role: Parameters<typeof settingsPagesFor>[0]) => settingsPagesFor(role).map((p) => p.label);

  it('webhooks and API keys are the owner’s, by the same permission table the server checks', () => {
    expect(labels('owner')).toEqual(expect.arrayContaining(['webhooks', 'apiKeys']));
    expect(labels('admin')).not.toContain('webhooks');
    expect(labels('admin')).not.toContain('apiKeys');
    expect(labels('admin')).toContain('team');
  });

  it('a CS member keeps only her own pages', () => {
    expect(labels('cs')).toEqual(['account', 'sessions']);
  });
});
