import { Badge } from '@mantine/core';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import type { CatalogStatus } from '../../routes/products/search.ts';

/** Active or inactive, for products and variants alike. */
export function CatalogStatusBadge({ status }: { status: CatalogStatus }) {
  const t = useT(productsSection);
  // Light variant: dark text on a pale fill keeps the contrast readable.
  return (
    <Badge color={status === 'active' ? 'green' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
      {t.products.status[status]}
    </Badge>
  );
}
