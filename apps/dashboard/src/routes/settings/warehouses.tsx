import {
  maxWarehouses,
  type RegionView,
  tooManyWarehouses,
  type WarehouseView,
  warehouseInput,
} from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconBuildingWarehouse, IconPlus } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { QueryError } from '../../components/query-error.tsx';
import { RegionPicker } from '../../components/region-picker.tsx';
import { ConfirmModal } from '../../components/settings/confirm.tsx';
import { EditDialog } from '../../components/settings/edit-dialog.tsx';
import { act, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { useWarehouseMutations, useWarehouses } from '../../hooks/warehouse.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const warehousesPageLazy = createLazyRoute('/signed-in/settings/warehouses')({
  component: WarehousesPage,
});

function WarehousesPage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.warehouses}
      intro={t.settings.warehouses.intro}
      permission="warehouse.manage"
    >
      <WarehouseList />
    </SettingsPageFrame>
  );
}

/** `null`: the form for a new one; a warehouse: its edit form. */
type Editing = WarehouseView | null | undefined;

function WarehouseList() {
  const t = useT(settingsSection);
  const list = useWarehouses();
  const actions = useWarehouseMutations();
  const [editing, setEditing] = useState<Editing>(undefined);
  const [deleting, setDeleting] = useState<WarehouseView | null>(null);

  if (list.isPending) return <SettingsSkeleton />;
  if (!list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;

  const makeDefault = (w: WarehouseView) =>
    act(t, () => actions.setDefault.mutateAsync({ id: w.id }), t.settings.warehouses.madeDefault(w.name));
  const remove = async (w: WarehouseView) => {
    if (await act(t, () => actions.remove.mutateAsync({ id: w.id }), t.settings.warehouses.deleted(w.name)))
      setDeleting(null);
  };

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        {/* At the bound the server would refuse another: say so here instead. */}
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing(null)}
          disabled={list.data.length >= maxWarehouses}
          title={list.data.length >= maxWarehouses ? settingsValidation(t, tooManyWarehouses) : undefined}
        >
          {t.settings.warehouses.add}
        </Button>
      </Group>
      {list.data.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconBuildingWarehouse size={28} aria-hidden />}
            title={t.settings.warehouses.emptyTitle}
            description={t.settings.warehouses.empty}
          />
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {list.data.map((w) => (
            <Card key={w.id} withBorder component="section" aria-label={w.name}>
              <Stack gap={4}>
                <Group gap="xs" justify="space-between" wrap="nowrap">
                  <Text fw={600}>{w.name}</Text>
                  {w.isDefault && (
                    <Badge variant="light" color="brand">
                      {t.settings.warehouses.isDefault}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  {w.contactName} · {w.contactPhone}
                </Text>
                <Text size="sm" c="dimmed">
                  {w.address}, {w.region.label}
                  {w.postalCode ? ` ${w.postalCode}` : ''}
                </Text>
                <Group gap="xs" mt="xs">
                  <Button size="xs" variant="default" onClick={() => setEditing(w)}>
                    {t.settings.edit}
                  </Button>
                  {!w.isDefault && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => makeDefault(w)}
                      loading={actions.setDefault.isPending}
                    >
                      {t.settings.warehouses.makeDefault}
                    </Button>
                  )}
                  <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(w)}>
                    {t.settings.delete}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {editing !== undefined && <WarehouseForm warehouse={editing} onClose={() => setEditing(undefined)} />}
      {deleting && (
        <ConfirmModal
          title={t.settings.warehouses.confirmDelete(deleting.name)}
          confirmLabel={t.settings.delete}
          loading={actions.remove.isPending}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

type WarehouseValues = z.input<typeof warehouseInput>;
const fields = ['name', 'contactName', 'contactPhone', 'regionId', 'address', 'postalCode'] as const;

function WarehouseForm({ warehouse, onClose }: { warehouse: WarehouseView | null; onClose: () => void }) {
  const t = useT(settingsSection);
  const { create, update } = useWarehouseMutations();
  const [region, setRegion] = useState<RegionView | null>(warehouse?.region ?? null);
  const form = useForm<WarehouseValues>({
    resolver: zodResolver(warehouseInput),
    defaultValues: {
      name: warehouse?.name ?? '',
      contactName: warehouse?.contactName ?? '',
      contactPhone: warehouse?.contactPhone ?? '',
      regionId: warehouse?.regionId,
      address: warehouse?.address ?? '',
      postalCode: warehouse?.postalCode ?? null,
    },
  });
  const fieldError = (name: (typeof fields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);

  const save = async (values: WarehouseValues) => {
    const input = warehouseInput.parse(values);
    if (!warehouse) {
      await create.mutateAsync(input);
      return t.settings.warehouses.created(input.name);
    }
    await update.mutateAsync({ id: warehouse.id, ...input });
    return t.settings.saved;
  };

  return (
    <EditDialog
      title={warehouse ? t.settings.warehouses.editTitle : t.settings.warehouses.addTitle}
      form={form}
      fields={fields}
      onSave={save}
      onClose={onClose}
    >
      <TextInput
        label={t.settings.warehouses.name}
        required
        error={fieldError('name')}
        {...form.register('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t.settings.warehouses.contactName}
          required
          error={fieldError('contactName')}
          {...form.register('contactName')}
        />
        <TextInput
          label={t.settings.warehouses.contactPhone}
          required
          type="tel"
          autoComplete="tel"
          error={fieldError('contactPhone')}
          {...form.register('contactPhone')}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="regionId"
        render={({ field }) => (
          <RegionPicker
            label={t.settings.warehouses.region}
            value={region}
            onChange={(next) => {
              setRegion(next);
              field.onChange(next?.id);
              // The district's postal code is a good first guess; the seller can change it.
              if (next?.postalCode && !form.getValues('postalCode'))
                form.setValue('postalCode', next.postalCode);
            }}
            error={fieldError('regionId') && t.settings.region.required}
          />
        )}
      />
      <Textarea
        label={t.settings.warehouses.address}
        required
        autosize
        minRows={2}
        error={fieldError('address')}
        {...form.register('address')}
      />
      <TextInput
        label={t.settings.warehouses.postalCode}
        inputMode="numeric"
        maxLength={5}
        w={160}
        error={fieldError('postalCode')}
        {...form.register('postalCode', { setValueAs: (v: string | null) => (v ? v : null) })}
      />
    </EditDialog>
  );
}
