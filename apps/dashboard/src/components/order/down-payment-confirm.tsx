import { confirmDownPaymentInput, formatRupiah, imageRules } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, FileInput, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCash, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { useBankAccounts, useConfirmDownPayment, useUploadReceipt } from '../../hooks/order-actions.ts';
import { translateValidation, useT } from '../../i18n/i18n.tsx';

type Values = z.input<typeof confirmDownPaymentInput>;

/**
 * "Konfirmasi uang muka" for a risky COD order held for its down payment: the account it landed
 * on and the receipt (as Confirm Payment takes them); the server then books it for the rest.
 */
export function ConfirmDownPayment({
  invoice,
  amount,
  onConflict,
}: {
  invoice: string;
  amount: number;
  onConflict: () => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button leftSection={<IconCash size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {t.risk.downPayment.confirm}
      </Button>
      {open && (
        <ConfirmDownPaymentModal
          invoice={invoice}
          amount={amount}
          onClose={() => setOpen(false)}
          onConflict={onConflict}
        />
      )}
    </>
  );
}

function ConfirmDownPaymentModal({
  invoice,
  amount,
  onClose,
  onConflict,
}: {
  invoice: string;
  amount: number;
  onClose: () => void;
  onConflict: () => void;
}) {
  const t = useT();
  const m = t.orderTools.payment;
  const accounts = useBankAccounts();
  const upload = useUploadReceipt();
  const confirm = useConfirmDownPayment();
  const [receipt, setReceipt] = useState<File | null>(null);
  const [receiptError, setReceiptError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof confirmDownPaymentInput>>({
    resolver: zodResolver(confirmDownPaymentInput),
    defaultValues: { invoice, bankAccountId: '', note: '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setReceiptError(null);
    let proofImageId: string | null = null;
    if (receipt) {
      const body = new FormData();
      body.set('file', receipt);
      try {
        proofImageId = (await upload.mutateAsync(body)).id;
      } catch (error) {
        setReceiptError(`${m.uploadFailed}: ${errorMessage(t, error)}`);
        return;
      }
    }
    try {
      await confirm.mutateAsync({ ...values, proofImageId });
      notifications.show({ color: 'green', message: t.risk.downPayment.confirmed });
      onClose();
    } catch (error) {
      if (isBosError(error, 'CONFLICT')) {
        notifications.show({ color: 'red', message: t.order.conflict, autoClose: false });
        onClose();
        onConflict();
      } else if (!applyFieldErrors(t, error, form.setError, ['bankAccountId', 'note'])) {
        setFailure(errorMessage(t, error));
      }
    }
  });

  const options = (accounts.data ?? []).map((a) => ({
    value: a.id,
    label: `${a.bank.name} ${a.accountNumber} · ${a.accountHolder}`,
  }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={t.risk.downPayment.modalTitle(invoice)}
      centered
      closeButtonProps={{ 'aria-label': t.orderTools.bulk.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {failure}
            </Alert>
          )}
          {accounts.isSuccess && options.length === 0 && (
            <Alert color="yellow" role="alert">
              {m.noAccounts}
            </Alert>
          )}
          <Text size="sm">
            {t.risk.downPayment.amount}: <b>{formatRupiah(amount)}</b>
          </Text>
          <Controller
            control={form.control}
            name="bankAccountId"
            render={({ field }) => (
              <Select
                label={m.account}
                data={options}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                comboboxProps={{ withinPortal: false }}
                error={translateValidation(t, errors.bankAccountId?.message)}
              />
            )}
          />
          <FileInput
            label={m.receipt}
            description={m.receiptHint}
            accept={imageRules.types.join(',')}
            leftSection={<IconPhoto size={16} aria-hidden />}
            value={receipt}
            onChange={setReceipt}
            clearable
            clearButtonProps={{ 'aria-label': m.clearReceipt }}
            error={receiptError}
          />
          <Textarea
            label={m.note}
            autosize
            minRows={2}
            error={translateValidation(t, errors.note?.message)}
            {...form.register('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t.risk.downPayment.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
