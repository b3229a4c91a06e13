import { createOrderInput, formatRupiah, type RegionView } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { createLazyRoute, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { FailureAlert } from '../../components/failure-alert.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { RegionPicker } from '../../components/region-picker.tsx';
import {
  useActiveForms,
  useCheckoutForm,
  useCreateManualOrder,
  useQuote,
  useRates,
} from '../../hooks/manual-order.ts';
import { useWarehouses } from '../../hooks/warehouse.ts';
import { translateValidation, useT } from '../../i18n/i18n.tsx';

export const newOrderPageLazy = createLazyRoute('/signed-in/orders/new')({ component: NewOrderPage });

type Values = z.input<typeof createOrderInput>;
type Parsed = z.output<typeof createOrderInput>;

/** Where the server's per-field errors land (the same paths the contracts' schema reports). */
const fields = [
  'id',
  'sender.warehouseName',
  'receiver.receiverName',
  'receiver.receiverPhone',
  'receiver.receiverAddrId',
  'receiver.receiverAddress',
  'items.orderItems',
  'items.courierCode',
  'items.serviceCode',
  'items.paymentMethod.type',
  'items.note',
] as const;

/** The checkout's payment types a seller may pick for a buyer (gateway needs the buyer's own channel). */
const paymentTypes = { cod: 'cod', bank_transfer: 'bank_transfer' } as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/**
 * "Atur Pengiriman": the seller's team places an order for a buyer on one of the store's forms,
 * through the checkout's own rules (order.createManual). The total shown is the checkout's quote.
 */
function NewOrderPage() {
  const t = useT();
  const m = t.manualOrder;
  const navigate = useNavigate();
  const forms = useActiveForms();
  const warehouses = useWarehouses();
  const create = useCreateManualOrder();
  const [failure, setFailure] = useState<string | null>(null);
  const [region, setRegion] = useState<RegionView | null>(null);
  // One key per page: a double click or a retry after a lost answer places one order.
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);

  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(createOrderInput),
    defaultValues: {
      id: '',
      idempotencyKey,
      sender: { warehouseName: '' },
      receiver: { receiverName: '', receiverPhone: '', receiverAddress: '', receiverDetail: [] },
      items: {
        courierCode: '',
        serviceCode: '',
        paymentMethod: { type: 'cod' },
        insuranceType: 0,
        orderItems: [],
      },
    },
  });
  const errors = form.formState.errors;
  const values = form.watch();
  const formId = values.id || null;
  const checkoutForm = useCheckoutForm(formId);
  const offered = checkoutForm.data;
  const [quantities, setQuantities] = useState<Record<string, number>>({});

  const defaultWarehouse = warehouses.data?.find((w) => w.isDefault);
  const warehouseName = values.sender?.warehouseName || defaultWarehouse?.name || '';
  const cart = Object.entries(quantities)
    .filter(([, qty]) => qty > 0)
    .map(([sku, qty]) => ({ sku, qty }));
  const cod = values.items?.paymentMethod?.type === 'cod';
  const rates = useRates(
    formId && region && cart.length
      ? { formId, regionId: region.id, items: cart, cod, warehouseName: warehouseName || null }
      : null,
  );
  const service = values.items?.courierCode
    ? `${values.items.courierCode}:${values.items.serviceCode}`
    : null;
  const quoteInput = createOrderInput
    .pick({ id: true, items: true })
    .safeParse({ id: values.id, items: values.items });
  const quote = useQuote(
    quoteInput.success && region && service
      ? {
          id: quoteInput.data.id,
          items: quoteInput.data.items,
          receiver: { receiverAddrId: region.id },
          sender: { warehouseName: warehouseName || null },
        }
      : null,
  );

  const setCart = (next: Record<string, number>) => {
    setQuantities(next);
    form.setValue(
      'items.orderItems',
      Object.entries(next)
        .filter(([, qty]) => qty > 0)
        .map(([itemSku, itemQty]) => ({ itemSku, itemQty })),
      { shouldValidate: form.formState.isSubmitted },
    );
  };

  const submit = form.handleSubmit(async (input) => {
    setFailure(null);
    try {
      const placed = await create.mutateAsync({
        ...input,
        sender: { warehouseName: warehouseName || null },
      });
      notifications.show({
        color: 'green',
        message: placed.awb ? m.createdWithAwb(placed.invoice, placed.awb) : m.created(placed.invoice),
        autoClose: 10_000,
      });
      await navigate({ to: '/orders/$invoice', params: { invoice: placed.invoice } });
    } catch (error) {
      if (isBosError(error, 'SERVICE_UNAVAILABLE')) setFailure(m.unavailable);
      else if (!applyFieldErrors(t, error, form.setError, fields)) setFailure(errorMessage(t, error));
    }
  });

  const formOptions = (forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }));
  const paymentOptions = (offered?.paymentMethods ?? [])
    .filter((p): p is keyof typeof paymentTypes => p in paymentTypes)
    .map((p) => ({ value: paymentTypes[p], label: t.paymentMethod[p] }));
  const rateOptions = (rates.data?.rates ?? []).map((r) => ({
    value: `${r.courierCode}:${r.serviceCode}`,
    label: m.rate(r.courierName, r.serviceName, formatRupiah(r.price), r.etd),
  }));
  const insuranceOptional = offered?.insurance.mode === 'optional';

  return (
    <Stack gap="md" maw={760}>
      <AnchorLink to="/orders" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t.order.backToList}
        </Group>
      </AnchorLink>
      <div>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text c="dimmed">{m.intro}</Text>
      </div>

      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FailureAlert failure={failure} />

          <Section title={m.form}>
            <Controller
              control={form.control}
              name="id"
              render={({ field }) => (
                <Select
                  label={m.form}
                  placeholder={m.formPlaceholder}
                  required
                  data={formOptions}
                  value={field.value || null}
                  onChange={(id) => {
                    field.onChange(id ?? '');
                    setCart({});
                    form.setValue('items.courierCode', '');
                    form.setValue('items.serviceCode', '');
                  }}
                  nothingFoundMessage={m.noForms}
                  description={forms.data && formOptions.length === 0 ? m.noForms : undefined}
                  error={translateValidation(t, errors.id?.message)}
                />
              )}
            />
          </Section>

          <Section title={m.buyer}>
            <TextInput
              label={m.buyerName}
              required
              error={translateValidation(t, errors.receiver?.receiverName?.message)}
              {...form.register('receiver.receiverName')}
            />
            <TextInput
              label={m.buyerPhone}
              required
              inputMode="tel"
              placeholder="0812…"
              error={translateValidation(t, errors.receiver?.receiverPhone?.message)}
              {...form.register('receiver.receiverPhone')}
            />
            <RegionPicker
              label={m.region}
              value={region}
              error={translateValidation(t, errors.receiver?.receiverAddrId?.message)}
              onChange={(picked) => {
                setRegion(picked);
                form.setValue('receiver.receiverAddrId', picked?.id as number, {
                  shouldValidate: form.formState.isSubmitted,
                });
              }}
            />
            <Textarea
              label={m.address}
              required
              autosize
              minRows={2}
              error={translateValidation(t, errors.receiver?.receiverAddress?.message)}
              {...form.register('receiver.receiverAddress')}
            />
          </Section>

          {offered && (
            <Section title={m.items}>
              {offered.items.map((item) => (
                <Group key={item.sku} justify="space-between" wrap="nowrap" align="center">
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500}>
                      {item.productName} · {item.variantName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {item.sku} · {formatRupiah(item.price)}
                      {item.inStock ? '' : ` · ${m.outOfStock}`}
                    </Text>
                  </div>
                  <NumberInput
                    aria-label={m.quantity(`${item.productName} ${item.variantName}`)}
                    w={96}
                    min={0}
                    max={1000}
                    allowDecimal={false}
                    allowNegative={false}
                    value={quantities[item.sku] ?? 0}
                    onChange={(qty) => setCart({ ...quantities, [item.sku]: Number(qty) || 0 })}
                  />
                </Group>
              ))}
              {errors.items?.orderItems && (
                <Text size="sm" c="red" role="alert">
                  {translateValidation(t, errors.items.orderItems.message) ?? m.noItems}
                </Text>
              )}
            </Section>
          )}

          {offered && (
            <Section title={m.shipping}>
              <Controller
                control={form.control}
                name="items.paymentMethod.type"
                render={({ field }) => (
                  <Select
                    label={m.payment}
                    required
                    allowDeselect={false}
                    data={paymentOptions}
                    value={field.value}
                    onChange={(type) => field.onChange(type ?? 'cod')}
                    error={translateValidation(t, errors.items?.paymentMethod?.type?.message)}
                  />
                )}
              />
              <Select
                label={m.warehouse}
                required
                allowDeselect={false}
                data={(warehouses.data ?? []).map((w) => ({ value: w.name, label: w.name }))}
                value={warehouseName || null}
                onChange={(name) => form.setValue('sender.warehouseName', name ?? '')}
                description={
                  defaultWarehouse && warehouseName !== defaultWarehouse.name
                    ? m.defaultWarehouseHint
                    : undefined
                }
                error={translateValidation(t, errors.sender?.warehouseName?.message)}
              />
              <Select
                label={m.service}
                placeholder={m.servicePlaceholder}
                required
                data={rateOptions}
                value={service}
                onChange={(picked) => {
                  const [courierCode = '', serviceCode = ''] = (picked ?? '').split(':');
                  form.setValue('items.courierCode', courierCode, {
                    shouldValidate: form.formState.isSubmitted,
                  });
                  form.setValue('items.serviceCode', serviceCode, {
                    shouldValidate: form.formState.isSubmitted,
                  });
                }}
                description={
                  !region || cart.length === 0
                    ? m.needCart
                    : rates.data && !rateOptions.length
                      ? m.noRates
                      : undefined
                }
                error={translateValidation(
                  t,
                  (errors.items?.courierCode ?? errors.items?.serviceCode)?.message,
                )}
              />
              {insuranceOptional && (
                <Checkbox
                  label={m.insured}
                  checked={values.items?.insuranceType === 1}
                  onChange={(event) =>
                    form.setValue('items.insuranceType', event.currentTarget.checked ? 1 : 0)
                  }
                />
              )}
              <Textarea
                label={m.note}
                autosize
                minRows={1}
                error={translateValidation(t, errors.items?.note?.message)}
                {...form.register('items.note')}
              />
            </Section>
          )}

          <Card withBorder>
            <Group justify="space-between" wrap="nowrap" aria-live="polite">
              <Text fw={500}>{m.total}</Text>
              {quote.data && service ? (
                <Text size="xl" fw={700}>
                  {formatRupiah(quote.data.total)}
                </Text>
              ) : (
                <Text size="sm" c="dimmed" ta="right">
                  {m.totalPending}
                </Text>
              )}
            </Group>
          </Card>

          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {m.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
