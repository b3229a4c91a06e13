import { formatRupiah } from '@bosonline/contracts';
import {
  Anchor,
  Button,
  Divider,
  Drawer,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { formatDateTime } from '../../format.ts';
import { useAdminOrder, useInvoiceLink } from '../../hooks/admin-console.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { QueryError } from '../query-error.tsx';
import { act } from '../settings/feedback.ts';
import { StatusBadge } from '../status-badge.tsx';

/** One order of any store, read-only: buyer, items, charges, shipment, and its invoice as a PDF. */
export function OrderDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT(settingsSection);
  const c = useConsoleT();
  const detail = useAdminOrder(id);
  const invoice = useInvoiceLink();
  const order = detail.data;
  // The link belongs to this order only (the drawer may have moved on to another one).
  const link = invoice.data && invoice.variables?.invoices[0] === order?.invoice ? invoice.data : undefined;

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={order ? c.orders.detail(order.invoice) : c.orders.detail('')}
      closeButtonProps={{ 'aria-label': t.common.closeDialog }}
    >
      {detail.isPending ? (
        <Stack aria-busy="true">
          <Skeleton h={24} />
          <Skeleton h={160} />
        </Stack>
      ) : !order ? (
        <QueryError error={detail.error} onRetry={() => detail.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="xs" wrap="wrap">
            <StatusBadge status={order.status} />
            <Text size="sm" c="dimmed">
              {order.store.name} · {t.paymentMethod[order.paymentMethod]}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Fact label={c.orders.buyer} value={`${order.buyerName} · ${order.buyerPhone}`} />
            <Fact label={c.orders.created} value={formatDateTime(t.locale, order.createdAt)} />
            <Fact label={c.orders.address} value={`${order.address}, ${order.regionLabel}`} />
            <Fact
              label={c.orders.courier}
              value={`${order.courierCode.toUpperCase()} ${order.serviceCode} · ${c.orders.awb}: ${order.awb ?? c.orders.noAwb}`}
            />
          </SimpleGrid>
          <Table verticalSpacing="xs" aria-label={c.orders.items}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{c.orders.items}</Table.Th>
                <Table.Th ta="right">{c.orders.grandTotal}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.items.map((line) => (
                <Table.Tr key={`${line.sku}-${line.variantName}`}>
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    <Text size="sm">
                      {line.productName} · {line.variantName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {line.quantity} × {formatRupiah(line.price)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatRupiah(line.subtotal)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Stack gap={4} component="section" aria-label={c.orders.charges}>
            <Charge label={c.orders.itemsTotal} amount={order.fees.itemsTotal} />
            <Charge label={c.orders.shipping} amount={order.fees.shippingCost} />
            {order.fees.codFee > 0 && <Charge label={c.orders.codFee} amount={order.fees.codFee} />}
            {order.fees.productDiscount + order.fees.shippingDiscount > 0 && (
              <Charge
                label={c.orders.discount}
                amount={-(order.fees.productDiscount + order.fees.shippingDiscount)}
              />
            )}
            <Divider />
            <Charge label={c.orders.grandTotal} amount={order.fees.total} strong />
          </Stack>
          <Group gap="sm" wrap="wrap">
            <Button
              variant="light"
              leftSection={<IconPrinter size={16} />}
              loading={invoice.isPending}
              onClick={() =>
                act(t, () =>
                  invoice.mutateAsync({ storeId: order.store.id, invoices: [order.invoice], layout: 'a4' }),
                )
              }
            >
              {c.orders.invoice}
            </Button>
            {link && (
              <Anchor href={link.url} download={link.filename} target="_blank" rel="noopener">
                <IconFileDownload size={16} aria-hidden style={{ verticalAlign: 'middle' }} /> {link.filename}
              </Anchor>
            )}
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>
        {value}
      </Text>
    </div>
  );
}

function Charge({ label, amount, strong }: { label: string; amount: number; strong?: boolean }) {
  return (
    <Group justify="space-between" wrap="nowrap">
      <Text size="sm" fw={strong ? 700 : undefined}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatRupiah(amount)}
      </Text>
    </Group>
  );
}
