import { formatRupiah } from '@bosonline/contracts';
import type { BosOutputs } from '@bosonline/sdk';
import {
  Anchor,
  Card,
  DataList,
  Divider,
  Grid,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ConversionDeliveryRow } from '../../components/conversion/delivery-row.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { BookCourier, canBook } from '../../components/order/book-courier.tsx';
import { FollowUp } from '../../components/order/follow-up.tsx';
import { OrderEdits } from '../../components/order/order-edits.tsx';
import { OrderTimeline } from '../../components/order/order-timeline.tsx';
import { ConfirmReceipt } from '../../components/order/receipt-confirm.tsx';
import { ShieldPanel } from '../../components/order/shield-panel.tsx';
import { StatusActions } from '../../components/order/status-actions.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { ConfirmForBuyer } from '../../components/risk/confirm-for-buyer.tsx';
import { RiskPanel } from '../../components/risk/risk-panel.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatDateTime } from '../../format.ts';
import { useOrderDetail } from '../../hooks/orders.ts';
import { useCan } from '../../hooks/profile.ts';
import { conversionsSection } from '../../i18n/conversions.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';

export const orderDetailPageLazy = createLazyRoute('/signed-in/orders/$invoice')({ component: OrderPage });
const orderDetailRoute = getRouteApi('/signed-in/orders/$invoice');

type Order = BosOutputs['order']['detail'];

function OrderPage() {
  const t = useT(conversionsSection);
  const { invoice } = orderDetailRoute.useParams();
  const order = useOrderDetail(invoice);
  return (
    <Stack gap="md">
      <AnchorLink to="/orders" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t.order.backToList}
        </Group>
      </AnchorLink>
      {order.isPending ? (
        <DetailSkeleton />
      ) : order.isError ? (
        <QueryError error={order.error} onRetry={() => order.refetch()} />
      ) : (
        <OrderView order={order.data} onConflict={() => order.refetch()} />
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function OrderView({ order, onConflict }: { order: Order; onConflict: () => void }) {
  const t = useT(conversionsSection);
  const canManage = useCan('order.manage');
  const canEdit = useCan('order.edit');
  const { fees, payment, shipment } = order;
  const money = (label: string, amount: number) =>
    amount !== 0 && (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{label}</Text>
        <Text size="sm">{formatRupiah(amount)}</Text>
      </Group>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2">
              {t.order.title(order.invoice)}
            </Title>
            <StatusBadge status={order.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t.order.createdAt} {formatDateTime(t.locale, order.createdAt)} {t.common.wib}
          </Text>
          {order.createdBy && (
            <Text size="sm" c="dimmed">
              {t.manualOrder.placedBy(order.createdBy.name)}
            </Text>
          )}
        </div>
        <Text size="xl" fw={700}>
          {formatRupiah(fees.total)}
        </Text>
      </Group>

      <ShieldPanel order={order} canManage={canManage} onConflict={onConflict} />

      {canManage && (
        <Section title={t.order.changeStatus}>
          {order.status === 'awaiting_confirmation' && order.downPayment === null && (
            <Group mb="xs">
              <ConfirmForBuyer invoice={order.invoice} onConflict={onConflict} />
            </Group>
          )}
          <StatusActions
            invoice={order.invoice}
            status={order.status}
            paymentMethod={order.paymentMethod}
            downPaymentReceived={order.downPayment?.paid ? order.downPayment.amount : null}
            onConflict={onConflict}
          />
          {order.cancelReason && (
            <Text size="sm" mt="xs">
              {t.order.canceledBecause(order.cancelReason)}
            </Text>
          )}
        </Section>
      )}

      {canEdit && (
        <Section title={t.orderTools.edit.section}>
          <OrderEdits order={order} onConflict={onConflict} />
        </Section>
      )}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section title={t.order.buyer}>
              <DataList>
                <Row label={t.order.buyer}>{order.buyerName}</Row>
                <Row label={t.order.phone}>{order.buyerPhone}</Row>
                {order.buyerEmail && <Row label={t.order.email}>{order.buyerEmail}</Row>}
                <Row label={t.order.address}>
                  {order.address}
                  <br />
                  {order.region.label}
                  {order.region.postalCode ? ` ${order.region.postalCode}` : ''}
                </Row>
                {order.buyerDetails.map((d) => (
                  <Row key={d.fieldName} label={d.fieldName}>
                    {d.value ?? t.common.dash}
                  </Row>
                ))}
                {order.note && <Row label={t.order.note}>{order.note}</Row>}
                {order.cs && <Row label={t.order.cs}>{order.cs.name}</Row>}
              </DataList>
            </Section>

            <Section title={t.order.items}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t.order.items}</Table.Th>
                    <Table.Th ta="right">{t.order.qty}</Table.Th>
                    <Table.Th ta="right">{t.order.subtotal}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {order.items.map((item) => (
                    <Table.Tr key={item.sku}>
                      <Table.Td>
                        <Text size="sm">{item.productName}</Text>
                        <Text size="xs" c="dimmed">
                          {item.variantName} · {formatRupiah(item.price)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{item.quantity}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatRupiah(item.subtotal)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Divider my="sm" />
              <Stack gap={4} aria-label={t.order.totals}>
                {money(t.order.itemsTotal, fees.itemsTotal)}
                {money(t.order.shippingCost, fees.shippingCost)}
                {money(t.order.codFee, fees.codFee)}
                {money(t.order.insuranceFee, fees.insuranceFee)}
                {money(t.order.productDiscount, -fees.productDiscount)}
                {money(t.order.shippingDiscount, -fees.shippingDiscount)}
                {fees.otherFees.map((fee) => money(fee.name, fee.amount))}
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={700}>{t.order.total}</Text>
                  <Text fw={700}>{formatRupiah(fees.total)}</Text>
                </Group>
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <RiskPanel
              risk={order.risk}
              confirmDueAt={order.confirmDueAt}
              downPayment={order.downPayment !== null}
              confirmByPhone={order.confirmByPhone}
            />
            <Section title={t.order.payment}>
              <DataList>
                <Row label={t.order.method}>{t.paymentMethod[payment.method]}</Row>
                <Row label={t.order.paidAt}>{paidLine(t, order)}</Row>
                {payment.paidAmount !== null && (
                  <Row label={t.order.paidAmount}>{formatRupiah(payment.paidAmount)}</Row>
                )}
                {payment.bankAccount && (
                  <Row label={t.order.toAccount}>
                    {payment.bankAccount.bankName} {payment.bankAccount.accountNumber} ·{' '}
                    {payment.bankAccount.accountHolder}
                  </Row>
                )}
                {payment.proofUrl && (
                  <Row label={t.orderTools.payment.receipt}>
                    <Anchor href={payment.proofUrl} target="_blank" rel="noopener" size="sm">
                      {t.orderTools.payment.proof}
                    </Anchor>
                  </Row>
                )}
                {payment.note && <Row label={t.orderTools.payment.note}>{payment.note}</Row>}
                {order.downPayment && (
                  <>
                    <Row label={t.risk.downPayment.amount}>
                      {formatRupiah(order.downPayment.amount)} ·{' '}
                      {order.downPayment.paidAt
                        ? `${t.risk.downPayment.paid} ${formatDateTime(t.locale, order.downPayment.paidAt)} ${t.common.wib}`
                        : t.risk.downPayment.unpaid}
                    </Row>
                    <Row label={t.risk.downPayment.codAmount}>{formatRupiah(order.codAmount)}</Row>
                  </>
                )}
              </DataList>
              {canManage &&
                order.status === 'awaiting_confirmation' &&
                order.downPayment &&
                !order.downPayment.paid && (
                  <Group mt="sm">
                    <ConfirmReceipt
                      kind="down_payment"
                      invoice={order.invoice}
                      amount={order.downPayment.amount}
                      total={fees.total}
                      onConflict={onConflict}
                    />
                  </Group>
                )}
              {canManage && order.status === 'unpaid' && payment.method !== 'cod' && (
                <Group mt="sm">
                  <ConfirmReceipt
                    kind="payment"
                    invoice={order.invoice}
                    total={fees.total}
                    onConflict={onConflict}
                  />
                </Group>
              )}
            </Section>

            <Section title={t.order.shipping}>
              <DataList>
                <Row label={t.order.courier}>
                  {shipment.courierCode.toUpperCase()} {shipment.serviceCode} ·{' '}
                  {t.order.weight(shipment.weightGrams)}
                  {shipment.insured ? ` · ${t.order.insured}` : ''}
                </Row>
                <Row label={t.order.awb}>{shipment.awb ?? t.order.noAwb}</Row>
                <Row label={t.order.from}>
                  {order.sender.name}, {order.sender.region.label}
                </Row>
              </DataList>
              {canManage && canBook(order.status) && (
                <Group mt="sm">
                  <BookCourier
                    invoice={order.invoice}
                    hasAwb={shipment.awb !== null}
                    onConflict={onConflict}
                  />
                </Group>
              )}
              {shipment.awb && (
                <>
                  <Title order={3} size="h5" mt="md" mb="xs">
                    {t.order.tracking}
                  </Title>
                  {shipment.tracking === null ? (
                    <Text size="sm" c="dimmed">
                      {t.order.trackingUnavailable}
                    </Text>
                  ) : (
                    <Stack gap={4}>
                      {shipment.tracking.map((step, i) => (
                        <Text key={`${i}-${step.status}`} size="sm">
                          {step.at ? `${formatDateTime(t.locale, step.at)} · ` : ''}
                          {step.description}
                        </Text>
                      ))}
                    </Stack>
                  )}
                </>
              )}
            </Section>

            <Section title={t.orderTools.followUp.section}>
              <FollowUp
                invoice={order.invoice}
                canceled={order.status === 'canceled'}
                paymentMethod={order.paymentMethod}
              />
            </Section>

            {/* Null for a role that may not see what went to the ad platforms. */}
            {order.conversions && (
              <Section title={t.conversions.orderLog}>
                {order.conversions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t.conversions.orderLogEmpty}
                  </Text>
                ) : (
                  <Stack gap={6}>
                    {order.conversions.map((d) => (
                      <ConversionDeliveryRow key={d.id} delivery={d} />
                    ))}
                  </Stack>
                )}
              </Section>
            )}

            <Section title={t.order.timeline}>
              <OrderTimeline events={order.timeline} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function DetailSkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <Skeleton h={40} w="60%" />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Skeleton h={260} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Skeleton h={260} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * When the order was paid. A COD buyer pays the courier on delivery, so a delivered COD order is
 * paid then (older rows kept no `paidAt` for it: their delivery time stands in); one still on its
 * way says how it will be paid rather than "not paid yet".
 */
function paidLine(t: Messages, order: Order): string {
  const cod = order.payment.method === 'cod';
  const paidAt = order.payment.paidAt ?? (cod ? order.deliveredAt : null);
  const when = paidAt ? `${formatDateTime(t.locale, paidAt)} ${t.common.wib}` : null;
  if (cod) return when ? t.order.paidToCourierAt(when) : t.order.paidToCourierOnDelivery;
  return when ?? t.order.notPaid;
}
