import {
  codAfterDownPayment,
  confirmDownPaymentInput,
  confirmPaymentInput,
  formatRupiah,
} from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Checkbox,
  DataList,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import {
  useBankAccounts,
  useConfirmDownPayment,
  useConfirmPayment,
  useUploadReceipt,
} from '../../hooks/order-actions.ts';
import { translateValidation, useT } from '../../i18n/i18n.tsx';
import { FailureAlert } from '../failure-alert.tsx';
import { ReceiptDropzone } from './receipt-dropzone.tsx';

/**
 * What the seller confirms having received by transfer: an unpaid transfer order's payment (the
 * amount as it arrived), or a held COD order's down payment (the amount asked, and what the
 * courier then collects).
 */
export type ReceiptKind =
  | { kind: 'payment'; total: number }
  | { kind: 'down_payment'; amount: number; total: number };

type Values = z.input<typeof confirmPaymentInput>;
type Output = z.output<typeof confirmDownPaymentInput> & Partial<z.output<typeof confirmPaymentInput>>;

/**
 * "Konfirmasi pembayaran" / "Konfirmasi uang muka": the account the transfer landed on, the
 * receipt image and a note. The server holds the rules (amount, account, state); a conflict means
 * the order moved on meanwhile, so the page reloads it.
 */
export function ConfirmReceipt({
  invoice,
  onConflict,
  ...receipt
}: { invoice: string; onConflict: () => void } & ReceiptKind) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const words =
    receipt.kind === 'payment'
      ? { title: t.orderTools.payment.title(invoice), confirm: t.orderTools.payment.confirm }
      : { title: t.risk.downPayment.modalTitle(invoice), confirm: t.risk.downPayment.confirm };
  return (
    <>
      <Button leftSection={<IconCash size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {words.confirm}
      </Button>
      {/* The form mounts with the dialog: each opening starts blank. */}
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={words.title}
        centered
        closeButtonProps={{ 'aria-label': t.orderTools.bulk.close }}
      >
        <ReceiptForm
          invoice={invoice}
          receipt={receipt}
          confirmLabel={words.confirm}
          onDone={() => setOpen(false)}
          onConflict={onConflict}
        />
      </Modal>
    </>
  );
}

interface FormProps {
  invoice: string;
  receipt: ReceiptKind;
  confirmLabel: string;
  /** The dialog closes: confirmed, canceled, or the order moved on meanwhile. */
  onDone: () => void;
  onConflict: () => void;
}

function ReceiptForm({ invoice, receipt, confirmLabel, onDone, onConflict }: FormProps) {
  const t = useT();
  const m = t.orderTools.payment;
  const dp = t.risk.downPayment;
  const isPayment = receipt.kind === 'payment';
  const accounts = useBankAccounts();
  const upload = useUploadReceipt();
  const confirmPayment = useConfirmPayment();
  const confirmDownPayment = useConfirmDownPayment();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values, unknown, Output>({
    // A down payment's amount is the one asked: the form has no amount to check.
    resolver: (isPayment
      ? zodResolver(confirmPaymentInput)
      : zodResolver(confirmDownPaymentInput)) as unknown as Resolver<Values, unknown, Output>,
    defaultValues: { invoice, amount: receipt.total, bankAccountId: '', note: '', force: false },
  });
  const errors = form.formState.errors;
  // A store with a single account: the transfer can only have landed there, so it is picked.
  const onlyAccount = accounts.data?.length === 1 ? accounts.data[0]?.id : undefined;
  useEffect(() => {
    if (onlyAccount && !form.getValues('bankAccountId')) form.setValue('bankAccountId', onlyAccount);
  }, [onlyAccount, form]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setFileError(null);
    let proofImageId: string | null = null;
    if (file) {
      const body = new FormData();
      body.set('file', file);
      try {
        proofImageId = (await upload.mutateAsync(body)).id;
      } catch (error) {
        // The upload's own field is `file`; its message goes under the receipt picker.
        setFileError(`${m.uploadFailed}: ${errorMessage(t, error)}`);
        return;
      }
    }
    const common = { invoice, bankAccountId: values.bankAccountId, note: values.note, proofImageId };
    try {
      if (isPayment) {
        await confirmPayment.mutateAsync({
          ...common,
          amount: values.amount ?? receipt.total,
          force: values.force ?? false,
        });
      } else {
        await confirmDownPayment.mutateAsync(common);
      }
      notifications.show({ color: 'green', message: isPayment ? m.confirmed : dp.confirmed });
      onDone();
    } catch (error) {
      if (isBosError(error, 'CONFLICT')) {
        notifications.show({ color: 'red', message: t.order.conflict, autoClose: false });
        onDone();
        onConflict();
      } else if (!applyFieldErrors(t, error, form.setError, ['amount', 'bankAccountId', 'note'])) {
        setFailure(errorMessage(t, error));
      }
    }
  });

  const options = (accounts.data ?? []).map((a) => ({
    value: a.id,
    label: `${a.bank.name} ${a.accountNumber} · ${a.accountHolder}`,
  }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FailureAlert failure={failure} />
        {accounts.isSuccess && options.length === 0 && (
          <Alert color="yellow" role="alert">
            {m.noAccounts}
          </Alert>
        )}
        {receipt.kind === 'down_payment' ? (
          <DataList>
            <DataList.Item>
              <DataList.ItemLabel>{dp.amount}</DataList.ItemLabel>
              <DataList.ItemValue fw={700}>{formatRupiah(receipt.amount)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{dp.codAfter}</DataList.ItemLabel>
              <DataList.ItemValue>
                {formatRupiah(codAfterDownPayment(receipt.total, receipt.amount))}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        ) : (
          <Controller
            control={form.control}
            name="amount"
            render={({ field }) => (
              <NumberInput
                label={m.amount}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                onBlur={field.onBlur}
                thousandSeparator="."
                decimalSeparator=","
                allowDecimal={false}
                min={1}
                error={translateValidation(t, errors.amount?.message)}
              />
            )}
          />
        )}
        <Controller
          control={form.control}
          name="bankAccountId"
          render={({ field }) => (
            <Select
              label={m.account}
              data={options}
              // An account must be picked: choosing the picked one again keeps it.
              allowDeselect={false}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              onBlur={field.onBlur}
              comboboxProps={{ withinPortal: false }}
              error={translateValidation(t, errors.bankAccountId?.message)}
            />
          )}
        />
        <ReceiptDropzone value={file} onChange={setFile} error={fileError} />
        <Textarea
          label={m.note}
          autosize
          minRows={2}
          error={translateValidation(t, errors.note?.message)}
          {...form.register('note')}
        />
        {isPayment && <Checkbox label={m.force} {...form.register('force')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t.common.cancel}
          </Button>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
