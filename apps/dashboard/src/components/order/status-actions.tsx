import {
  formatRupiah,
  type ManualStatus,
  manualMoves,
  type OrderPaymentMethod,
  type OrderStatus,
  orderStatusInput,
  orderTransitions,
} from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { useUpdateStatus } from '../../hooks/orders.ts';
import { translateValidation, useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';
import { FailureAlert } from '../failure-alert.tsx';

/** 409 and 503 say what happened and what to do, in the reader's words. */
function statusFailure(t: Messages, error: unknown): string {
  if (isBosError(error, 'CONFLICT')) return t.order.conflict;
  if (isBosError(error, 'SERVICE_UNAVAILABLE')) return t.order.unavailable;
  return errorMessage(t, error);
}

export function StatusActions({
  invoice,
  status,
  paymentMethod,
  downPaymentReceived,
  onConflict,
}: {
  invoice: string;
  status: OrderStatus;
  paymentMethod: OrderPaymentMethod;
  /** The buyer's down payment the store received (null: none): cancelling owes it back. */
  downPaymentReceived: number | null;
  /** The order changed meanwhile: reload it, so the offered moves are the real ones. */
  onConflict: () => void;
}) {
  const t = useT();
  const [target, setTarget] = useState<ManualStatus | null>(null);
  // The same rule the server applies (contracts), so nothing offered here is refused for being off-path.
  const moves = manualMoves({ status, paymentMethod });
  if (orderTransitions[status].length === 0) return <Text c="dimmed">{t.order.noMoves}</Text>;
  // Paying and booking the courier move an order too, through their own actions.
  const elsewhere = orderTransitions[status].some((next) => !(moves as OrderStatus[]).includes(next));
  return (
    <Stack gap="xs">
      {moves.length > 0 && (
        <Group gap="xs">
          {moves.map((next) => (
            <Button
              key={next}
              variant={next === 'canceled' || next === 'returned' ? 'light' : 'filled'}
              color={next === 'canceled' || next === 'returned' ? 'red' : undefined}
              onClick={() => setTarget(next)}
            >
              {t.order.setStatus(t.status[next])}
            </Button>
          ))}
        </Group>
      )}
      {elsewhere && (
        <Text size="sm" c="dimmed">
          {t.order.movesElsewhere}
        </Text>
      )}
      {target && (
        <StatusModal
          invoice={invoice}
          status={target}
          downPaymentReceived={downPaymentReceived}
          onClose={() => setTarget(null)}
          onConflict={onConflict}
        />
      )}
    </Stack>
  );
}

type StatusValues = z.input<typeof orderStatusInput>;

function StatusModal({
  invoice,
  status,
  downPaymentReceived,
  onClose,
  onConflict,
}: {
  invoice: string;
  status: ManualStatus;
  downPaymentReceived: number | null;
  onClose: () => void;
  onConflict: () => void;
}) {
  const t = useT();
  const update = useUpdateStatus();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<StatusValues, unknown, z.output<typeof orderStatusInput>>({
    resolver: zodResolver(orderStatusInput),
    defaultValues: { invoice, status, note: '', restock: true, refundNote: '' },
  });
  // The server refuses this cancel without it (409): asked here first, as a conscious act.
  const refund = status === 'canceled' && downPaymentReceived ? downPaymentReceived : null;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    if (refund && !values.refundNote) {
      form.setError('refundNote', { type: 'required', message: t.order.refundNoteRequired });
      return;
    }
    try {
      await update.mutateAsync(values);
      notifications.show({ color: 'green', message: t.order.changed(t.status[status]) });
      onClose();
    } catch (error) {
      if (isBosError(error, 'CONFLICT')) {
        // The order is not where this dialog thought: say so, and show it as it now stands.
        notifications.show({ color: 'red', message: statusFailure(t, error), autoClose: false });
        onClose();
        onConflict();
      } else if (!applyFieldErrors(t, error, form.setError, ['note', 'refundNote'])) {
        setFailure(statusFailure(t, error));
      }
    }
  });

  return (
    <Modal opened onClose={onClose} title={t.order.confirmTitle(t.status[status])} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FailureAlert failure={failure} />
          {refund && (
            <Alert color="yellow" role="alert">
              {t.order.refundWarning(formatRupiah(refund))}
            </Alert>
          )}
          <Textarea
            label={status === 'canceled' ? t.order.cancelReason : t.order.statusNote}
            autosize
            minRows={2}
            error={translateValidation(t, form.formState.errors.note?.message)}
            {...form.register('note')}
          />
          {refund && (
            <Textarea
              label={t.order.refundNote}
              description={t.order.refundNoteHint}
              required
              autosize
              minRows={2}
              error={translateValidation(t, form.formState.errors.refundNote?.message)}
              {...form.register('refundNote')}
            />
          )}
          {status === 'returned' && <Checkbox label={t.order.restock} {...form.register('restock')} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button
              type="submit"
              color={status === 'canceled' || status === 'returned' ? 'red' : undefined}
              loading={form.formState.isSubmitting}
            >
              {t.order.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
