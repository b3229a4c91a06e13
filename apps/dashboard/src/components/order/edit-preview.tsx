import { formatRupiah } from '@bosonline/contracts';
import type { BosInputs, BosOutputs } from '@bosonline/sdk';
import { fieldErrors, isBosError } from '@bosonline/sdk';
import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { useEditPreview } from '../../hooks/order-actions.ts';
import { translateValidation, useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';

type Order = BosOutputs['order']['detail'];
type Amounts = BosOutputs['order']['previewEdit'];

/** Why the server would refuse the edit, in the seller's words. */
function refusal(t: Messages, error: unknown): string {
  if (isBosError(error, 'CONFLICT')) return t.orderTools.edit.conflict;
  if (isBosError(error, 'SERVICE_UNAVAILABLE')) return t.orderTools.edit.unavailable;
  const [first] = Object.values(fieldErrors(error));
  return translateValidation(t, first?.[0]) ?? errorMessage(t, error);
}

/**
 * The total the edit would make, priced by the server from what is in the dialog (the same
 * re-pricing the save runs), with the amounts that change; shown before the seller saves.
 */
export function EditPreview({
  order,
  input,
}: {
  order: Order;
  input: BosInputs['order']['previewEdit'] | null;
}) {
  const t = useT();
  const m = t.orderTools.edit.preview;
  const { query, settling } = useEditPreview(input);
  const stored: Amounts = {
    shippingCost: order.fees.shippingCost,
    codFee: order.fees.codFee,
    otherFeesTotal: order.fees.otherFees.reduce((sum, fee) => sum + fee.amount, 0),
    shippingDiscount: order.fees.shippingDiscount,
    total: order.fees.total,
  };
  const lines = [
    ['shippingCost', m.shipping],
    ['codFee', m.codFee],
    ['otherFeesTotal', m.otherFees],
    ['shippingDiscount', m.shippingDiscount],
  ] as const;

  let body: ReactNode;
  if (!input) {
    body = (
      <Text size="sm" c="dimmed">
        {m.fillIn}
      </Text>
    );
  } else if (query.isError && !settling) {
    body = (
      <Text size="sm" c="red.8">
        {refusal(t, query.error)}
      </Text>
    );
  } else if (!query.data || settling) {
    body = (
      <Group gap="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{m.pricing}</Text>
      </Group>
    );
  } else {
    const next = query.data;
    body = (
      <Stack gap={2}>
        <Text fw={700}>{m.total(formatRupiah(next.total))}</Text>
        {next.total === stored.total ? (
          <Text size="sm" c="dimmed">
            {m.same}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {m.before(formatRupiah(stored.total))}
          </Text>
        )}
        {lines
          .filter(([key]) => next[key] !== stored[key])
          .map(([key, label]) => (
            <Text size="sm" key={key}>
              {label}: {formatRupiah(stored[key])} → {formatRupiah(next[key])}
            </Text>
          ))}
      </Stack>
    );
  }
  return (
    <Paper withBorder p="sm" role="status" aria-live="polite" aria-label={m.label} bg="gray.0">
      {body}
    </Paper>
  );
}
