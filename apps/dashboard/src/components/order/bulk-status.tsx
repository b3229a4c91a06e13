import { type ManualStatus, manualMoves, manualStatuses } from '@bosonline/contracts';
import { fieldErrors, isBosError } from '@bosonline/sdk';
import { Button, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { useUpdateStatus } from '../../hooks/orders.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';
import type { SelectedOrder } from './bulk-actions.tsx';

// The bulk status dialog, fetched when a seller opens it: its select and text area are code the
// order list's first screen does not run.

type Outcome = { invoice: string; result: 'done' | 'skipped' | string };

/** Why one order of the batch failed: a cancel refused for want of a refund note says so. */
function bulkFailure(t: Messages, error: unknown): string {
  if (fieldErrors(error).refundNote) return t.order.refundNoteRequired;
  return isBosError(error, 'CONFLICT') ? t.order.conflict : errorMessage(t, error);
}

/**
 * The API changes one order at a time, so the dialog walks the selection and reports each one:
 * orders the lifecycle does not allow to move there are skipped (the same rule the server applies).
 * A cancel carries the refund note to every order; the server keeps it on those whose down
 * payment was received (and refuses those without it), the rule the single-order dialog meets.
 */
export function BulkStatusModal({ orders, onClose }: { orders: SelectedOrder[]; onClose: () => void }) {
  const t = useT();
  const m = t.orderTools.bulk;
  const update = useUpdateStatus();
  const [target, setTarget] = useState<ManualStatus | null>(null);
  const [refundNote, setRefundNote] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const [running, setRunning] = useState(false);

  const apply = async () => {
    if (!target) return;
    setRunning(true);
    const results: Outcome[] = [];
    for (const order of orders) {
      if (!manualMoves(order).includes(target)) {
        results.push({ invoice: order.invoice, result: 'skipped' });
        continue;
      }
      try {
        await update.mutateAsync({
          invoice: order.invoice,
          status: target,
          restock: true,
          refundNote: target === 'canceled' ? refundNote : undefined,
        });
        results.push({ invoice: order.invoice, result: 'done' });
      } catch (error) {
        results.push({ invoice: order.invoice, result: bulkFailure(t, error) });
      }
      setOutcomes([...results]);
    }
    setOutcomes(results);
    setRunning(false);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={m.statusTitle(orders.length)}
      centered
      closeButtonProps={{ 'aria-label': m.close }}
    >
      <Stack>
        <Select
          label={m.statusTo}
          value={target}
          onChange={(value) => setTarget(value as ManualStatus | null)}
          data={manualStatuses.map((s) => ({ value: s, label: t.status[s] }))}
          comboboxProps={{ withinPortal: false }}
          disabled={running || outcomes !== null}
        />
        <Text size="sm" c="dimmed">
          {m.statusHint}
        </Text>
        {target === 'canceled' && (
          <Textarea
            label={t.order.refundNote}
            description={m.refundNoteHint}
            autosize
            minRows={2}
            maxLength={500}
            value={refundNote}
            onChange={(event) => setRefundNote(event.currentTarget.value)}
            disabled={running || outcomes !== null}
          />
        )}
        {outcomes && (
          <section aria-label={m.resultTitle}>
            <Text fw={600} size="sm" mb={4}>
              {m.resultTitle}
            </Text>
            <List size="sm" spacing={2}>
              {outcomes.map((o) => (
                <List.Item key={o.invoice}>
                  {o.invoice}:{' '}
                  {o.result === 'done' ? m.done : o.result === 'skipped' ? m.skipped : m.failed(o.result)}
                </List.Item>
              ))}
            </List>
          </section>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {outcomes ? m.close : t.common.cancel}
          </Button>
          {!outcomes?.length || running ? (
            <Button onClick={apply} disabled={!target} loading={running}>
              {m.apply}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
