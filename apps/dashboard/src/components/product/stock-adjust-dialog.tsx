import { inventoryUpdateInput, movementReasons } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { errorMessage } from '../../api/errors.ts';
import { useUpdateInventory } from '../../hooks/products.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import { productText } from './messages.ts';
import { notify } from './notify.ts';

export interface StockRow {
  variantId: string;
  warehouseId: string;
}

type Item = z.input<typeof inventoryUpdateInput>['items'][number];

// One change applied to every selected row: either a move (+ restock, − damaged) or a stock take
// that sets the count. Each row is checked by the contracts' own item rule before it is sent.
const adjustForm = z
  .object({
    mode: z.enum(['delta', 'set']),
    amount: z.number({ error: 'Quantity is required' }).int('Quantity must be a whole number'),
    reason: z.enum(movementReasons),
    note: z.string().trim().max(300, 'Must be at most 300 characters'),
  })
  .refine((v) => v.mode === 'delta' || v.amount >= 0, {
    message: 'Stock cannot be negative',
    path: ['amount'],
  });
type AdjustValues = z.infer<typeof adjustForm>;

export function StockAdjustDialog({
  rows,
  opened,
  onClose,
  onDone,
}: {
  rows: StockRow[];
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT(productsSection);
  const s = t.products.stock;
  const update = useUpdateInventory();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<AdjustValues>({
    resolver: zodResolver(adjustForm),
    defaultValues: { mode: 'delta', amount: undefined as unknown as number, reason: 'restock', note: '' },
  });
  const mode = form.watch('mode');
  const say = (message: string | undefined) => productText(t, message);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const items: Item[] = rows.map((row) => ({
      ...row,
      ...(values.mode === 'set' ? { quantity: values.amount } : { delta: values.amount }),
      reason: values.reason,
      note: values.note,
    }));
    const checked = inventoryUpdateInput.safeParse({ items });
    if (!checked.success) {
      setFailure(say(checked.error.issues[0]?.message) ?? t.common.loadFailed);
      return;
    }
    try {
      const result = await update.mutateAsync(checked.data);
      notify('teal', s.applied(result.updated.length));
      form.reset();
      onDone();
    } catch (error) {
      // Taking more than a warehouse holds is the one refusal a seller meets here (a 409 naming the row).
      const short = isBosError(error)
        ? /^Not enough stock of (.+) in (.+): (\d+) left/.exec(error.message)
        : null;
      setFailure(short ? s.notEnough(short[1]!, short[2]!, short[3]!) : errorMessage(t, error));
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={s.dialogTitle(rows.length)}
      closeButtonProps={{ 'aria-label': t.products.close }}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Controller
            control={form.control}
            name="mode"
            render={({ field }) => (
              <SegmentedControl
                aria-label={s.mode}
                data={[
                  { value: 'delta', label: s.modeDelta },
                  { value: 'set', label: s.modeSet },
                ]}
                value={field.value}
                onChange={field.onChange}
                fullWidth
              />
            )}
          />
          <Controller
            control={form.control}
            name="amount"
            render={({ field }) => (
              <NumberInput
                label={mode === 'set' ? s.quantity : s.delta}
                required
                allowDecimal={false}
                allowNegative={mode === 'delta'}
                thousandSeparator="."
                decimalSeparator=","
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                onBlur={field.onBlur}
                error={say(form.formState.errors.amount?.message)}
                data-autofocus
              />
            )}
          />
          <Controller
            control={form.control}
            name="reason"
            render={({ field }) => (
              <Select
                label={s.reason}
                data={movementReasons.map((r) => ({ value: r, label: s.reasons[r] }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
              />
            )}
          />
          <Textarea label={s.note} autosize minRows={2} maxLength={300} {...form.register('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {s.apply}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
