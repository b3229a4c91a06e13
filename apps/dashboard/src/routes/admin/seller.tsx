import { sellerMarkings } from '@bosonline/contracts';
import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconBan, IconCircleCheck } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { SellerNotes } from '../../components/admin/seller-notes.tsx';
import { MarkingBadge, SellerStatusBadge } from '../../components/admin-badges.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { act } from '../../components/settings/feedback.ts';
import { formatDateTime } from '../../format.ts';
import { useAdminCan, useSellerDetail, useUpdateSeller } from '../../hooks/admin.ts';
import { adminSection } from '../../i18n/admin.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

/** This file's pages' words (i18n.tsx `Sections`). */
const words = { ...adminSection, ...settingsSection };

export const adminSellerPageLazy = createLazyRoute('/admin/staff/sellers/$id')({ component: SellerPage });
const sellerRoute = getRouteApi('/admin/staff/sellers/$id');

type Marking = (typeof sellerMarkings)[number] | 'none';

function SellerPage() {
  const t = useT(words);
  const { id } = sellerRoute.useParams();
  const detail = useSellerDetail(id);
  const update = useUpdateSeller();
  const can = useAdminCan();
  const c = useConsoleT();
  const [confirming, setConfirming] = useState(false);

  const back = (
    <AnchorLink to="/admin/sellers" size="sm">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t.admin.seller.backToList}
    </AnchorLink>
  );
  if (detail.isPending) {
    return (
      <Stack aria-busy="true">
        {back}
        <Skeleton h={36} w="60%" />
        <Skeleton h={140} />
        <Skeleton h={140} />
      </Stack>
    );
  }
  if (!detail.data) {
    return (
      <Stack>
        {back}
        <QueryError error={detail.error} onRetry={() => detail.refetch()} />
      </Stack>
    );
  }
  const seller = detail.data;
  const suspending = seller.status === 'active';

  const changeStatus = async () => {
    const status = suspending ? 'suspended' : 'active';
    const done = await act(
      t,
      () => update.mutateAsync({ id: seller.id, status }),
      suspending ? t.admin.seller.suspended(seller.name) : t.admin.seller.reactivated(seller.name),
    );
    if (done) setConfirming(false);
  };
  const changeMarking = (value: Marking) =>
    act(
      t,
      () => update.mutateAsync({ id: seller.id, marking: value === 'none' ? null : value }),
      t.admin.seller.markingSaved(t.admin.marking[value]),
    );

  return (
    <Stack gap="md">
      {back}
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1} size="h2" style={{ wordBreak: 'break-word' }}>
          {seller.name}
        </Title>
        <SellerStatusBadge status={seller.status} />
        <MarkingBadge marking={seller.marking} />
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder component="section" aria-label={t.admin.seller.contact}>
          <Stack gap="xs">
            <Fact label={t.admin.seller.contact} value={`${seller.email} · ${seller.phone}`} />
            <Fact label={t.admin.seller.registered} value={formatDateTime(t.locale, seller.registeredAt)} />
            <Fact label={t.admin.seller.updated} value={formatDateTime(t.locale, seller.updatedAt)} />
            <Fact
              label={t.admin.seller.sessions}
              value={t.admin.seller.sessionsCount(seller.activeSessions)}
            />
          </Stack>
        </Card>

        <Card withBorder component="section" aria-label={t.admin.seller.status}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>{t.admin.seller.status}</Text>
              <SellerStatusBadge status={seller.status} />
            </Group>
            {seller.status === 'deleted' ? (
              <Text size="sm" c="dimmed">
                {t.admin.seller.deletedNote}
              </Text>
            ) : (
              can('seller.manage') && (
                <Button
                  color={suspending ? 'red' : undefined}
                  variant={suspending ? 'light' : 'filled'}
                  leftSection={suspending ? <IconBan size={16} /> : <IconCircleCheck size={16} />}
                  onClick={() => setConfirming(true)}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {suspending ? t.admin.seller.suspend : t.admin.seller.reactivate}
                </Button>
              )
            )}
            {!can('seller.manage') && (
              <Text size="sm" c="dimmed">
                {t.admin.seller.marking}: {t.admin.marking[seller.marking ?? 'none']}. {c.seller.readOnly}
              </Text>
            )}
            {/* Staff who may not change markings read it here and beside the name. */}
            {can('seller.manage') && (
              <Select
                label={t.admin.seller.marking}
                description={t.admin.seller.markingHint}
                value={seller.marking ?? 'none'}
                onChange={(value) => {
                  if (value && value !== (seller.marking ?? 'none')) void changeMarking(value as Marking);
                }}
                data={[...sellerMarkings, 'none' as const].map((m) => ({
                  value: m,
                  label: t.admin.marking[m],
                }))}
                allowDeselect={false}
                disabled={update.isPending}
              />
            )}
          </Stack>
        </Card>
      </SimpleGrid>

      <Title order={2} size="h4">
        {t.admin.seller.stores}
      </Title>
      {seller.stores.length === 0 ? (
        <Text c="dimmed">{t.admin.seller.noStores}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {seller.stores.map((store) => (
            <Card key={store.id} withBorder component="section" aria-label={store.name}>
              <Text fw={600} style={{ wordBreak: 'break-word' }}>
                {store.name}
              </Text>
              {store.slug && (
                <Text size="xs" c="dimmed">
                  {store.slug}
                </Text>
              )}
              <SimpleGrid cols={3} mt="sm" spacing="xs">
                <Count label={t.admin.seller.forms} value={store.forms} />
                <Count label={t.admin.seller.products} value={store.products} />
                <Count label={t.admin.seller.orders} value={store.orders} />
              </SimpleGrid>
              <Group gap="md" mt="xs">
                {can('product.view') && (
                  <AnchorLink to="/admin/products" search={{ sellerId: seller.id }} size="sm">
                    {c.seller.productsLink}
                  </AnchorLink>
                )}
                {can('order.view') && (
                  <AnchorLink to="/admin/orders" search={{ storeId: store.id }} size="sm">
                    {c.seller.ordersLink}
                  </AnchorLink>
                )}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      )}

      <SellerNotes sellerId={seller.id} />

      {confirming && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={
            suspending
              ? t.admin.seller.suspendTitle(seller.name)
              : t.admin.seller.reactivateTitle(seller.name)
          }
          centered
          closeButtonProps={{ 'aria-label': t.common.closeDialog }}
        >
          <Alert color={suspending ? 'red' : 'green'} mb="md">
            {suspending ? t.admin.seller.suspendBody : t.admin.seller.reactivateBody}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t.common.cancel}
            </Button>
            <Button
              color={suspending ? 'red.9' : undefined}
              onClick={changeStatus}
              loading={update.isPending}
            >
              {suspending ? t.admin.seller.suspend : t.admin.seller.reactivate}
            </Button>
          </Group>
        </Modal>
      )}
    </Stack>
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

function Count({ label, value }: { label: string; value: number }) {
  const t = useT(words);
  return (
    <div>
      <Text size="lg" fw={700}>
        {value.toLocaleString(t.locale)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}
