import type { productMarkings } from '@bosonline/contracts';
import { Badge, type MantineColor } from '@mantine/core';
import { useConsoleT } from '../../i18n/admin-console.ts';

// A product's status and staff marking, the same in the console's list and drawer.

type ProductMarking = (typeof productMarkings)[number];
const markingColors: Record<ProductMarking, MantineColor> = {
  verified: 'teal',
  watch: 'yellow',
  banned: 'red',
};

export function ProductStatusBadge({ status }: { status: 'active' | 'inactive' }) {
  const c = useConsoleT();
  return (
    <Badge color={status === 'active' ? 'green' : 'gray'} variant="light" miw="max-content">
      {c.products.statuses[status]}
    </Badge>
  );
}

export function ProductMarkingBadge({ marking }: { marking: ProductMarking | null }) {
  const c = useConsoleT();
  if (!marking) return null;
  return (
    <Badge color={markingColors[marking]} variant="dot" miw="max-content">
      {c.products.markings[marking]}
    </Badge>
  );
}
