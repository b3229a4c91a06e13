import type { sellerMarkings } from '@bosonline/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { adminSection } from '../i18n/admin.ts';
import { useT } from '../i18n/i18n.tsx';

// A seller's account status and staff marking, the same in the admin list and detail.

type SellerStatus = 'active' | 'suspended' | 'deleted';
type SellerMarking = (typeof sellerMarkings)[number];

const statusColors: Record<SellerStatus, MantineColor> = {
  active: 'green',
  suspended: 'red',
  deleted: 'gray',
};
const markingColors: Record<SellerMarking, MantineColor> = {
  verified: 'teal',
  watch: 'yellow',
  fraud: 'red',
};

export function SellerStatusBadge({ status }: { status: SellerStatus }) {
  const t = useT(adminSection);
  return (
    <Badge color={statusColors[status]} variant="light" miw="max-content">
      {t.admin.sellerStatus[status]}
    </Badge>
  );
}

export function MarkingBadge({ marking }: { marking: SellerMarking | null }) {
  const t = useT(adminSection);
  if (!marking) return null;
  return (
    <Badge color={markingColors[marking]} variant="dot" miw="max-content">
      {t.admin.marking[marking]}
    </Badge>
  );
}
