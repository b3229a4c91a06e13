import type { StoreRole } from '@bosonline/contracts';

/** Store roles as the people in the store read them (WhatsApp invitations, notifications). */
export const roleLabels: Record<StoreRole, string> = {
  owner: 'Pemilik',
  admin: 'Admin',
  cs: 'CS (Customer Service)',
};
