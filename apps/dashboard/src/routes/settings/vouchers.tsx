import {
  type VoucherView,
  voucherInput,
  voucherKinds,
  voucherStates,
  voucherValueTypes,
} from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  useMatches,
} from '@mantine/core';
import { IconPlus, IconTicket } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { LoadMore } from '../../components/load-more.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { ConfirmModal } from '../../components/settings/confirm.tsx';
import { EditDialog } from '../../components/settings/edit-dialog.tsx';
import { act, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { formatDateTime } from '../../format.ts';
import { useVoucherMutations, useVouchers } from '../../hooks/voucher.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';
import { settingsSection } from '../../i18n/settings.ts';
import type { VoucherSearch } from './voucher-search.ts';

export const vouchersPageLazy = createLazyRoute('/signed-in/settings/vouchers')({ component: VouchersPage });
const vouchersRoute = getRouteApi('/signed-in/settings/vouchers');

function VouchersPage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.vouchers}
      intro={t.settings.vouchers.intro}
      permission="voucher.manage"
    >
      <VoucherList />
    </SettingsPageFrame>
  );
}

function rupiah(t: Messages, amount: number): string {
  return new Intl.NumberFormat(t.locale, {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  }).format(amount);
}

function discountText(t: Messages, v: VoucherView): string {
  return v.valueType === 'percentage' ? `${v.value}%` : rupiah(t, v.value);
}

function VoucherList() {
  const t = useT(settingsSection);
  const search = vouchersRoute.useSearch();
  const navigate = useNavigate({ from: '/settings/vouchers' });
  const list = useVouchers(search);
  const actions = useVoucherMutations();
  /** `null`: the form for a new one; a voucher: its edit form. */
  const [editing, setEditing] = useState<VoucherView | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<VoucherView | null>(null);
  const setFilter = (patch: VoucherSearch) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const toggle = (v: VoucherView) => {
    const status = v.status === 'active' ? 'inactive' : 'active';
    return act(t, () => actions.setStatus.mutateAsync({ id: v.id, status }), t.settings.saved);
  };
  const remove = async (v: VoucherView) => {
    if (await act(t, () => actions.remove.mutateAsync({ id: v.id }), t.settings.vouchers.deleted(v.code)))
      setDeleting(null);
  };

  const vouchers = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(search.q || search.state);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="sm">
          <SearchField
            label={t.settings.vouchers.search}
            placeholder={t.settings.vouchers.searchPlaceholder}
            value={search.q}
            onSearch={(q) => setFilter({ q })}
          />
          <NativeSelect
            label={t.settings.vouchers.state}
            value={search.state ?? ''}
            onChange={(e) =>
              setFilter({
                state: (e.currentTarget.value || undefined) as (typeof voucherStates)[number] | undefined,
              })
            }
            data={[
              { value: '', label: t.settings.vouchers.allStates },
              ...voucherStates.map((s) => ({ value: s, label: t.settings.vouchers.states[s] })),
            ]}
          />
        </Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
          {t.settings.vouchers.add}
        </Button>
      </Group>
      {list.isPending ? (
        <SettingsSkeleton />
      ) : !list.data ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : vouchers.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconTicket size={28} aria-hidden />}
            title={filtered ? t.settings.vouchers.noMatch : t.settings.vouchers.emptyTitle}
            description={filtered ? undefined : t.settings.vouchers.empty}
          />
        </Card>
      ) : (
        <Card withBorder p={0}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.settings.vouchers.code}</Table.Th>
                <Table.Th visibleFrom="sm">{t.settings.vouchers.state}</Table.Th>
                <Table.Th>{t.settings.vouchers.active}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {vouchers.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {v.code}
                    </Text>
                    <Text size="xs">
                      {v.name} · {t.settings.vouchers.kinds[v.kind]} {discountText(t, v)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t.settings.vouchers.used(v.used, v.quota)}
                    </Text>
                    {!v.listed && (
                      <Badge variant="light" color="grape" mt={4}>
                        {t.settings.vouchers.private}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Badge variant="light" color={v.state === 'running' ? 'green' : 'gray'}>
                      {t.settings.vouchers.states[v.state]}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(t.locale, v.startsAt)} – {formatDateTime(t.locale, v.endsAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={6} align="flex-start">
                      <Badge variant="light" color={v.status === 'active' ? 'green' : 'gray'}>
                        {v.status === 'active' ? t.settings.vouchers.active : t.settings.vouchers.inactive}
                      </Badge>
                      <Group gap={4}>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setEditing(v)}
                          aria-label={`${t.settings.edit} ${v.code}`}
                        >
                          {t.settings.edit}
                        </Button>
                        <Button size="compact-xs" variant="default" onClick={() => toggle(v)}>
                          {v.status === 'active'
                            ? t.settings.vouchers.deactivate
                            : t.settings.vouchers.activate}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(v)}
                          aria-label={`${t.settings.delete} ${v.code}`}
                        >
                          {t.settings.delete}
                        </Button>
                      </Group>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <LoadMore list={list} />
      {editing !== undefined && <VoucherForm voucher={editing} onClose={() => setEditing(undefined)} />}
      {deleting && (
        <ConfirmModal
          title={t.settings.vouchers.confirmDelete(deleting.code)}
          confirmLabel={t.settings.delete}
          loading={actions.remove.isPending}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

type VoucherValues = z.input<typeof voucherInput>;
const fields = [
  'code',
  'name',
  'value',
  'maxDiscount',
  'minPurchase',
  'quota',
  'startsAt',
  'endsAt',
] as const;

/** Empty number fields are "none" (null); anything else is read as a number. */
const numberOrNull = (v: string | number | null) => (v === '' || v === null ? null : Number(v));
/** `<input type="datetime-local">` speaks the browser's local time, as the seller means it. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** A new voucher's form: a week from now; an existing one's: as it is. */
function startingValues(voucher: VoucherView | null): Partial<VoucherValues> {
  const now = new Date();
  if (!voucher)
    return {
      code: '',
      name: '',
      kind: 'product',
      valueType: 'percentage',
      minPurchase: 0,
      maxDiscount: null,
      quota: null,
      listed: true,
      // The inputs hold local date-time text; the contracts' schema reads it as a date.
      startsAt: localInputValue(now),
      endsAt: localInputValue(new Date(now.getTime() + 7 * 86_400_000)),
    };
  return {
    code: voucher.code,
    name: voucher.name,
    kind: voucher.kind,
    valueType: voucher.valueType,
    value: voucher.value,
    minPurchase: voucher.minPurchase,
    maxDiscount: voucher.maxDiscount,
    quota: voucher.quota,
    perBuyerLimit: voucher.perBuyerLimit,
    status: voucher.status,
    listed: voucher.listed,
    startsAt: localInputValue(voucher.startsAt),
    endsAt: localInputValue(voucher.endsAt),
  };
}

function VoucherForm({ voucher, onClose }: { voucher: VoucherView | null; onClose: () => void }) {
  const t = useT(settingsSection);
  const { create, update } = useVoucherMutations();
  const form = useForm<VoucherValues>({
    resolver: zodResolver(voucherInput),
    defaultValues: startingValues(voucher),
  });
  const fieldError = (name: (typeof fields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  const save = async (values: VoucherValues) => {
    const input = voucherInput.parse(values);
    if (!voucher) {
      await create.mutateAsync(input);
      return t.settings.vouchers.created(input.code);
    }
    await update.mutateAsync({ id: voucher.id, ...input });
    return t.settings.saved;
  };
  const percentage = form.watch('valueType') === 'percentage';
  // "Potongan harga" and "Potongan ongkir" side by side do not fit a phone's dialog: stacked there.
  const kindOrientation = useMatches({ base: 'vertical', xs: 'horizontal' } as const);

  return (
    <EditDialog
      title={voucher ? t.settings.vouchers.editTitle(voucher.code) : t.settings.vouchers.addTitle}
      form={form}
      fields={fields}
      onSave={save}
      onClose={onClose}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t.settings.vouchers.code}
          required
          autoCapitalize="characters"
          error={fieldError('code')}
          {...form.register('code')}
        />
        <TextInput
          label={t.settings.vouchers.name}
          required
          error={fieldError('name')}
          {...form.register('name')}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="kind"
        render={({ field }) => (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="voucher-kind">
              {t.settings.vouchers.kind}
            </Text>
            <SegmentedControl
              aria-labelledby="voucher-kind"
              fullWidth
              orientation={kindOrientation}
              value={field.value}
              onChange={field.onChange}
              data={voucherKinds.map((k) => ({ value: k, label: t.settings.vouchers.kinds[k] }))}
            />
          </Stack>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NativeSelect
          label={t.settings.vouchers.valueType}
          data={voucherValueTypes.map((v) => ({ value: v, label: t.settings.vouchers.valueTypes[v] }))}
          {...form.register('valueType', {
            onChange: (e: { target: { value: string } }) => {
              if (e.target.value === 'fixed') form.setValue('maxDiscount', null);
            },
          })}
        />
        <TextInput
          label={t.settings.vouchers.value}
          required
          inputMode="numeric"
          rightSection={percentage ? '%' : undefined}
          error={fieldError('value')}
          {...form.register('value', { setValueAs: numberOrNull })}
        />
        {percentage && (
          <TextInput
            label={t.settings.vouchers.maxDiscount}
            inputMode="numeric"
            error={fieldError('maxDiscount')}
            {...form.register('maxDiscount', { setValueAs: numberOrNull })}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t.settings.vouchers.minPurchase}
          inputMode="numeric"
          error={fieldError('minPurchase')}
          {...form.register('minPurchase', { setValueAs: (v: string) => (v === '' ? 0 : Number(v)) })}
        />
        <TextInput
          label={t.settings.vouchers.quota}
          inputMode="numeric"
          error={fieldError('quota')}
          {...form.register('quota', { setValueAs: numberOrNull })}
        />
        <TextInput
          label={t.settings.vouchers.startsAt}
          type="datetime-local"
          required
          error={fieldError('startsAt')}
          {...form.register('startsAt')}
        />
        <TextInput
          label={t.settings.vouchers.endsAt}
          type="datetime-local"
          required
          error={fieldError('endsAt')}
          {...form.register('endsAt')}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="listed"
        render={({ field }) => (
          <Switch
            label={t.settings.vouchers.listed}
            description={t.settings.vouchers.listedHint}
            checked={field.value ?? true}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
          />
        )}
      />
    </EditDialog>
  );
}
