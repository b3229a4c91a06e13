import { formatRupiah, productMarkings } from '@bosonline/contracts';
import {
  Alert,
  Button,
  Drawer,
  Group,
  Modal,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconCircleOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useAdminCan } from '../../hooks/admin.ts';
import { useAdminProduct, useAdminProductMutations } from '../../hooks/admin-console.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { QueryError } from '../query-error.tsx';
import { act } from '../settings/feedback.ts';
import { ProductMarkingBadge, ProductStatusBadge } from './product-badges.tsx';

type Marking = (typeof productMarkings)[number] | 'none';
/** What staff are about to change, waiting for their yes. */
type Pending = { kind: 'status' } | { kind: 'marking'; marking: Marking };

/** One product of any seller: whose it is, its variants and forms, and (with product.manage) status and marking. */
export function ProductDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT(settingsSection);
  const c = useConsoleT();
  const can = useAdminCan();
  const { detail, forms } = useAdminProduct(id);
  const { setStatus, setMarking } = useAdminProductMutations();
  const [pending, setPending] = useState<Pending | null>(null);
  const product = detail.data;

  const confirm = async () => {
    if (!product || !pending) return;
    const done =
      pending.kind === 'status'
        ? await act(
            t,
            () =>
              setStatus.mutateAsync({
                ids: [product.id],
                status: product.status === 'active' ? 'inactive' : 'active',
              }),
            c.products.statusSaved(product.name, product.status !== 'active'),
          )
        : await act(
            t,
            () =>
              setMarking.mutateAsync({
                ids: [product.id],
                marking: pending.marking === 'none' ? null : pending.marking,
              }),
            c.products.markingSaved(c.products.markings[pending.marking]),
          );
    if (done) setPending(null);
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={product?.name ?? c.products.detail}
      closeButtonProps={{ 'aria-label': t.common.closeDialog }}
    >
      {detail.isPending ? (
        <Stack aria-busy="true">
          <Skeleton h={24} />
          <Skeleton h={120} />
        </Stack>
      ) : !product ? (
        <QueryError error={detail.error} onRetry={() => detail.refetch()} />
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <ProductStatusBadge status={product.status} />
            <ProductMarkingBadge marking={product.marking} />
          </Group>
          <div>
            <Text size="xs" c="dimmed">
              {c.products.owner} · {c.products.store}
            </Text>
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {product.seller.name} ({product.seller.email}) · {product.store.name}
            </Text>
            <Text size="xs" c="dimmed">
              SKU {product.sku}
            </Text>
          </div>
          {can('product.manage') && (
            <Stack gap="sm">
              <Button
                variant="light"
                color={product.status === 'active' ? 'red' : undefined}
                leftSection={
                  product.status === 'active' ? <IconCircleOff size={16} /> : <IconCircleCheck size={16} />
                }
                onClick={() => setPending({ kind: 'status' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {product.status === 'active' ? c.products.deactivate : c.products.activate}
              </Button>
              <Select
                label={c.products.marking}
                value={product.marking ?? 'none'}
                onChange={(value) => {
                  if (value && value !== (product.marking ?? 'none'))
                    setPending({ kind: 'marking', marking: value as Marking });
                }}
                data={[...productMarkings, 'none' as const].map((m) => ({
                  value: m,
                  label: c.products.markings[m],
                }))}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
            </Stack>
          )}

          <Title order={3} size="h5">
            {c.products.variants}
          </Title>
          {product.variants.length === 0 ? (
            <Text c="dimmed" size="sm">
              {c.products.noVariants}
            </Text>
          ) : (
            <Table verticalSpacing="xs" aria-label={c.products.variants}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{c.products.variants}</Table.Th>
                  <Table.Th ta="right">{c.products.price}</Table.Th>
                  <Table.Th ta="right">{c.products.stock}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {product.variants.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td style={{ wordBreak: 'break-word' }}>
                      <Text size="sm">{v.name}</Text>
                      <Text size="xs" c="dimmed">
                        {v.sku}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatRupiah(v.price)}
                    </Table.Td>
                    <Table.Td ta="right">{v.totalStock.toLocaleString(t.locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}

          <Title order={3} size="h5">
            {c.products.forms}
          </Title>
          {forms.isPending ? (
            <Skeleton h={40} />
          ) : !forms.data ? (
            <QueryError error={forms.error} onRetry={() => forms.refetch()} />
          ) : forms.data.length === 0 ? (
            <Text c="dimmed" size="sm">
              {c.products.noForms}
            </Text>
          ) : (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {forms.data.map((form) => (
                <li key={form.id}>
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {form.name}{' '}
                    <Text span size="xs" c="dimmed">
                      {form.path}
                    </Text>
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      )}
      {product && pending && (
        <Modal
          opened
          onClose={() => setPending(null)}
          title={
            pending.kind === 'status'
              ? c.products.statusTitle(product.name, product.status !== 'active')
              : c.products.markingTitle(product.name, c.products.markings[pending.marking])
          }
          centered
          closeButtonProps={{ 'aria-label': t.common.closeDialog }}
        >
          <Alert color={pending.kind === 'status' && product.status === 'active' ? 'red' : 'blue'} mb="md">
            {pending.kind === 'status'
              ? c.products.statusBody(product.status !== 'active')
              : c.products.markingBody}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t.common.cancel}
            </Button>
            <Button onClick={confirm} loading={setStatus.isPending || setMarking.isPending}>
              {c.products.confirm}
            </Button>
          </Group>
        </Modal>
      )}
    </Drawer>
  );
}
