import {
  formatRupiah,
  orderCourierInput,
  orderCustomerInput,
  orderOtherFeesInput,
  orderPaymentMethodInput,
  orderPaymentMethods,
  type RegionView,
} from '@bosonline/contracts';
import type { BosInputs, BosOutputs } from '@bosonline/sdk';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import {
  Controller,
  type FieldValues,
  type Path,
  type UseFormReturn,
  useFieldArray,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import {
  useUpdateCourier,
  useUpdateCustomer,
  useUpdateOtherFees,
  useUpdatePaymentMethod,
} from '../../hooks/order-actions.ts';
import { useCan } from '../../hooks/profile.ts';
import { translateValidation, useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';
import { FailureAlert } from '../failure-alert.tsx';
import { RegionPicker } from '../region-picker.tsx';
import { EditPreview } from './edit-preview.tsx';

type Order = BosOutputs['order']['detail'];
type PreviewInput = BosInputs['order']['previewEdit'];
type Editor = 'customer' | 'courier' | 'payment' | 'fees';

/**
 * Why this order cannot be edited, told by its status (a held order is neither paid nor booked)
 * and, for a held one, what holds it and what this reader's role can do about it: only a role
 * with order.manage confirms, releases or cancels.
 */
function notEditableReason(m: Messages['orderTools']['edit'], order: Order, canManage: boolean): string {
  const held =
    order.status === 'suspicious'
      ? m.notEditableHeld
      : order.status === 'awaiting_confirmation'
        ? order.downPayment
          ? m.notEditableDownPayment
          : order.confirmByPhone
            ? m.notEditableByPhone
            : m.notEditableAwaiting
        : null;
  if (held) return `${held.why} ${canManage ? held.manage : held.ask}`;
  const { status } = order;
  if (status === 'canceled' || status === 'delivered' || status === 'returned') return m.notEditableEnded;
  return m.notEditable;
}

/**
 * Edits of an unpaid, unbooked order. Each dialog shows the total the server would charge for what
 * is typed (order.previewEdit) before the seller saves, and the notice after saving says the
 * total before and after.
 */
export function OrderEdits({ order, onConflict }: { order: Order; onConflict: () => void }) {
  const t = useT();
  const m = t.orderTools.edit;
  const canEdit = useCan('order.edit');
  const canManage = useCan('order.manage');
  const [open, setOpen] = useState<Editor | null>(null);
  if (!canEdit) return null;
  if (!order.editable) {
    return (
      <Text size="sm" c="dimmed">
        {notEditableReason(m, order, canManage)}
      </Text>
    );
  }
  const props = { order, onClose: () => setOpen(null), onConflict };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button variant="default" onClick={() => setOpen('customer')}>
          {m.customer}
        </Button>
        <Button variant="default" onClick={() => setOpen('courier')}>
          {m.courier}
        </Button>
        <Button variant="default" onClick={() => setOpen('payment')}>
          {m.payment}
        </Button>
        {/* Fees are order.manage: a CS member corrects details, not prices. */}
        {canManage && (
          <Button variant="default" onClick={() => setOpen('fees')}>
            {m.fees}
          </Button>
        )}
      </Group>
      {open === 'customer' && <CustomerEdit {...props} />}
      {open === 'courier' && <CourierEdit {...props} />}
      {open === 'payment' && <PaymentMethodEdit {...props} />}
      {open === 'fees' && <FeesEdit {...props} />}
    </Stack>
  );
}

interface EditProps {
  order: Order;
  onClose: () => void;
  onConflict: () => void;
}

/**
 * The edit to preview: what the form holds, tagged with its kind, once the same schema the form
 * submits with accepts it (an incomplete form is not sent to be priced).
 */
function previewOf<K extends PreviewInput['kind']>(
  kind: K,
  schema: z.ZodType,
  values: Omit<Extract<PreviewInput, { kind: K }>, 'kind'>,
): PreviewInput | null {
  if (!schema.safeParse(values).success) return null;
  return { kind, ...values } as Extract<PreviewInput, { kind: K }>;
}

function totalNotice(t: Messages, before: number, after: number) {
  const m = t.orderTools.edit;
  notifications.show({
    color: 'green',
    title: m.saved,
    message:
      before === after
        ? m.totalSame(formatRupiah(after))
        : m.totalChanged(formatRupiah(before), formatRupiah(after)),
    autoClose: 10_000,
  });
}

/** Saves, tells the new total, and explains a 409 (paid meanwhile) or 503 (courier unreachable). */
function useSave<T extends FieldValues>(
  { order, onClose, onConflict }: EditProps,
  form: UseFormReturn<T, unknown, unknown>,
  fields: readonly Path<T>[],
) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (call: () => Promise<Order>) => {
    setFailure(null);
    try {
      const next = await call();
      totalNotice(t, order.fees.total, next.fees.total);
      onClose();
    } catch (error) {
      if (isBosError(error, 'CONFLICT')) {
        notifications.show({ color: 'red', message: t.orderTools.edit.conflict, autoClose: false });
        onClose();
        onConflict();
      } else if (isBosError(error, 'SERVICE_UNAVAILABLE')) {
        setFailure(t.orderTools.edit.unavailable);
      } else if (!applyFieldErrors(t, error, form.setError, fields)) {
        setFailure(errorMessage(t, error));
      }
    }
  };
  return { failure, save };
}

function EditModal({
  title,
  order,
  preview,
  failure,
  onClose,
  onSubmit,
  submitting,
  children,
}: {
  title: string;
  order: Order;
  /** What the dialog holds as an edit, once it passes the contracts' check; null before. */
  preview: PreviewInput | null;
  failure: string | null;
  onClose: () => void;
  onSubmit: () => void;
  submitting: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t.orderTools.bulk.close }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
        noValidate
      >
        <Stack>
          <FailureAlert failure={failure} />
          {children}
          <EditPreview order={order} input={preview} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={submitting}>
              {t.orderTools.edit.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type CustomerValues = z.input<typeof orderCustomerInput>;

function CustomerEdit(props: EditProps) {
  const t = useT();
  const m = t.orderTools.edit;
  const { order } = props;
  const update = useUpdateCustomer();
  const [region, setRegion] = useState<RegionView | null>(order.region);
  const form = useForm<CustomerValues, unknown, z.output<typeof orderCustomerInput>>({
    resolver: zodResolver(orderCustomerInput),
    defaultValues: {
      invoice: order.invoice,
      customerName: order.buyerName,
      customerPhone: order.buyerPhone,
      customerEmail: order.buyerEmail ?? '',
      addrId: order.region.id,
      city: order.region.city?.name ?? '',
      district: order.region.district?.name ?? '',
      customerAddress: order.address,
    },
  });
  const { failure, save } = useSave(props, form, [
    'customerName',
    'customerPhone',
    'customerEmail',
    'addrId',
    'city',
    'district',
    'customerAddress',
  ]);
  const errors = form.formState.errors;
  const submit = form.handleSubmit((values) => save(() => update.mutateAsync(values)));
  const preview = previewOf('customer', orderCustomerInput, form.watch());
  return (
    <EditModal
      title={m.customer}
      order={order}
      preview={preview}
      failure={failure}
      onClose={props.onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
    >
      <TextInput
        label={m.name}
        error={translateValidation(t, errors.customerName?.message)}
        {...form.register('customerName')}
      />
      <TextInput
        label={m.phone}
        inputMode="tel"
        error={translateValidation(t, errors.customerPhone?.message)}
        {...form.register('customerPhone')}
      />
      <TextInput
        label={m.email}
        type="email"
        error={translateValidation(t, errors.customerEmail?.message)}
        {...form.register('customerEmail')}
      />
      <RegionPicker
        label={m.region}
        value={region}
        inDialog
        error={translateValidation(t, (errors.addrId ?? errors.city ?? errors.district)?.message)}
        onChange={(picked) => {
          setRegion(picked);
          if (!picked) return;
          form.setValue('addrId', picked.id);
          form.setValue('city', picked.city?.name ?? '');
          form.setValue('district', picked.district?.name ?? '');
        }}
      />
      <Textarea
        label={m.address}
        autosize
        minRows={2}
        error={translateValidation(t, errors.customerAddress?.message)}
        {...form.register('customerAddress')}
      />
    </EditModal>
  );
}

type CourierValues = z.input<typeof orderCourierInput>;

function CourierEdit(props: EditProps) {
  const t = useT();
  const m = t.orderTools.edit;
  const update = useUpdateCourier();
  const form = useForm<CourierValues, unknown, z.output<typeof orderCourierInput>>({
    resolver: zodResolver(orderCourierInput),
    defaultValues: {
      invoice: props.order.invoice,
      courierCode: props.order.shipment.courierCode,
      serviceCode: props.order.shipment.serviceCode,
    },
  });
  const { failure, save } = useSave(props, form, ['courierCode', 'serviceCode']);
  const errors = form.formState.errors;
  const submit = form.handleSubmit((values) => save(() => update.mutateAsync(values)));
  const preview = previewOf('courier', orderCourierInput, form.watch());
  return (
    <EditModal
      title={m.courier}
      order={props.order}
      preview={preview}
      failure={failure}
      onClose={props.onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
    >
      <TextInput
        label={m.courierCode}
        error={translateValidation(t, errors.courierCode?.message)}
        {...form.register('courierCode')}
      />
      <TextInput
        label={m.serviceCode}
        error={translateValidation(t, errors.serviceCode?.message)}
        {...form.register('serviceCode')}
      />
    </EditModal>
  );
}

type PaymentValues = z.input<typeof orderPaymentMethodInput>;

function PaymentMethodEdit(props: EditProps) {
  const t = useT();
  const m = t.orderTools.edit;
  const update = useUpdatePaymentMethod();
  const form = useForm<PaymentValues, unknown, z.output<typeof orderPaymentMethodInput>>({
    resolver: zodResolver(orderPaymentMethodInput),
    defaultValues: { invoice: props.order.invoice, paymentMethod: props.order.paymentMethod },
  });
  const { failure, save } = useSave(props, form, ['paymentMethod']);
  const submit = form.handleSubmit((values) => save(() => update.mutateAsync(values)));
  const preview = previewOf('paymentMethod', orderPaymentMethodInput, form.watch());
  return (
    <EditModal
      title={m.payment}
      order={props.order}
      preview={preview}
      failure={failure}
      onClose={props.onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
    >
      <Controller
        control={form.control}
        name="paymentMethod"
        render={({ field, fieldState }) => (
          <Select
            label={m.method}
            data={orderPaymentMethods.map((p) => ({ value: p, label: t.paymentMethod[p] }))}
            value={field.value}
            onChange={(v) => v && field.onChange(v)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            error={translateValidation(t, fieldState.error?.message)}
          />
        )}
      />
    </EditModal>
  );
}

type FeesValues = z.input<typeof orderOtherFeesInput>;

function FeesEdit(props: EditProps) {
  const t = useT();
  const m = t.orderTools.edit;
  const update = useUpdateOtherFees();
  const form = useForm<FeesValues, unknown, z.output<typeof orderOtherFeesInput>>({
    resolver: zodResolver(orderOtherFeesInput),
    defaultValues: { invoice: props.order.invoice, fees: props.order.fees.otherFees },
  });
  const fees = useFieldArray({ control: form.control, name: 'fees' });
  const { failure, save } = useSave(props, form, ['fees']);
  const submit = form.handleSubmit((values) => save(() => update.mutateAsync(values)));
  const errors = form.formState.errors.fees;
  const preview = previewOf('otherFees', orderOtherFeesInput, form.watch());
  return (
    <EditModal
      title={m.fees}
      order={props.order}
      preview={preview}
      failure={failure}
      onClose={props.onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
    >
      {fees.fields.map((field, i) => (
        <Group key={field.id} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            label={m.feeName}
            style={{ flex: 1 }}
            error={translateValidation(t, errors?.[i]?.name?.message)}
            {...form.register(`fees.${i}.name`)}
          />
          <Controller
            control={form.control}
            name={`fees.${i}.amount`}
            render={({ field: amount, fieldState }) => (
              <NumberInput
                label={m.feeAmount}
                style={{ flex: 1 }}
                value={amount.value}
                onChange={(v) => amount.onChange(typeof v === 'number' ? v : Number.NaN)}
                thousandSeparator="."
                decimalSeparator=","
                allowDecimal={false}
                error={translateValidation(t, fieldState.error?.message)}
              />
            )}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={m.removeFee(i + 1)}
            onClick={() => fees.remove(i)}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {errors?.root?.message && (
        <Text size="sm" c="red">
          {translateValidation(t, errors.root.message)}
        </Text>
      )}
      {fees.fields.length < 10 && (
        <Button
          variant="subtle"
          leftSection={<IconPlus size={16} />}
          onClick={() => fees.append({ name: '', amount: 0 })}
          style={{ alignSelf: 'flex-start' }}
        >
          {m.addFee}
        </Button>
      )}
    </EditModal>
  );
}
