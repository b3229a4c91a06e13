import type { OrderStatus } from '@bosonline/contracts';
import { Alert, Stack } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useT } from '../../i18n/i18n.tsx';
import { AnchorLink } from '../links.tsx';

/**
 * Orders held back from the courier (Order Shield's suspicious ones, and COD orders waiting for
 * the buyer's confirmation, on WhatsApp or by the seller's call to a buyer without it): most are
 * cancelled when their window ends and a phone confirmation waits for the seller alone, so the
 * seller must see them on opening Beranda, not only in a tab of the order list. Nothing when none
 * waits.
 */
export function HeldOrdersNotice({ counts }: { counts: Partial<Record<OrderStatus, number>> | undefined }) {
  const t = useT();
  const words = t.home.held;
  const held = (['suspicious', 'awaiting_confirmation'] as const)
    .map((status) => ({ status, count: counts?.[status] ?? 0 }))
    .filter((row) => row.count > 0);
  if (!held.length) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={words.title}
      icon={<IconShieldExclamation size={20} aria-hidden />}
      role="status"
    >
      <Stack gap={4}>
        {held.map(({ status, count }) => (
          <AnchorLink
            key={status}
            to="/orders"
            search={{ status }}
            size="sm"
            fw={600}
            c="dark.8"
            underline="always"
          >
            {status === 'suspicious' ? words.suspicious(count) : words.awaiting(count)}
          </AnchorLink>
        ))}
      </Stack>
    </Alert>
  );
}
