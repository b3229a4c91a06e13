import { describe, expect, it } from 'vitest';
import { dashboardLink } from './dashboard-link.ts';

describe('a notification link as a dashboard page', () => {
  it("takes an order's API path to its page and the staff path to the team page", () => {
    expect(dashboardLink('/store/order/INV57123')).toEqual({
      to: '/orders/$invoice',
      params: { invoice: 'INV57123' },
    });
    expect(dashboardLink('/store/staff')).toEqual({ to: '/settings/team' });
  });

  it('links nothing it has no page for', () => {
    expect(dashboardLink('/store/domain')).toBeNull();
    expect(dashboardLink('/store/order/INV1/../x')).toBeNull();
    expect(dashboardLink(null)).toBeNull();
  });
});
