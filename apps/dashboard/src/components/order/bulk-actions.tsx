import {
  type ManualStatus,
  manualMoves,
  manualStatuses,
  type OrderPaymentMethod,
  type OrderStatus,
} from '@bosonline/contracts';
import { fieldErrors, isBosError } from '@bosonline/sdk';
import { Alert, Button, Card, Group, List, Menu, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDownload,
  IconExternalLink,
  IconFileInvoice,
  IconPrinter,
  IconSwitchHorizontal,
} from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { useOrderExport, usePrintLink } from '../../hooks/order-actions.ts';
import { useUpdateStatus } from '../../hooks/orders.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';
import type { OrderSearch } from '../../routes/orders/search.ts';

export interface SelectedOrder {
  invoice: string;
  status: OrderStatus;
  paymentMethod: OrderPaymentMethod;
}

/** A 5-minute link the server handed out, to open in a new tab. */
function ReadyLink({ url, note, label }: { url: string; note: string; label: string }) {
  return (
    <Alert color="green" role="status">
      <Group gap="sm" justify="space-between">
        <Text size="sm">{note}</Text>
        <Button
          component="a"
          href={url}
          target="_blank"
          rel="noopener"
          size="xs"
          leftSection={<IconExternalLink size={16} aria-hidden />}
        >
          {label}
        </Button>
      </Group>
    </Alert>
  );
}

/** Print, and change status of, the orders ticked in the list. */
export function BulkActions({ selected, onClear }: { selected: SelectedOrder[]; onClear: () => void }) {
  const t = useT();
  const m = t.orderTools.bulk;
  const canManage = useCan('order.manage');
  const print = usePrintLink();
  const [pdf, setPdf] = useState<string | null>(null);
  const [statusOpen, setStatusOpen] = useState(false);

  const printAs = async (layout: 'a4' | 'label') => {
    setPdf(null);
    try {
      const link = await print.mutateAsync({ invoices: selected.map((o) => o.invoice), layout });
      setPdf(link.url);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, error) });
    }
  };

  if (selected.length === 0) return null;
  return (
    <Card withBorder component="section" aria-label={m.selected(selected.length)} p="sm">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600} mr="auto">
            {m.selected(selected.length)}
          </Text>
          <Button
            size="xs"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => printAs('label')}
            loading={print.isPending && print.variables?.layout === 'label'}
          >
            {m.printLabels}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconFileInvoice size={16} aria-hidden />}
            onClick={() => printAs('a4')}
            loading={print.isPending && print.variables?.layout === 'a4'}
          >
            {m.printInvoices}
          </Button>
          {canManage && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconSwitchHorizontal size={16} aria-hidden />}
              onClick={() => setStatusOpen(true)}
            >
              {m.changeStatus}
            </Button>
          )}
          <Button size="xs" variant="subtle" onClick={onClear}>
            {m.clear}
          </Button>
        </Group>
        {pdf && <ReadyLink url={pdf} note={m.printReady} label={m.openPdf} />}
      </Stack>
      {statusOpen && <BulkStatusModal orders={selected} onClose={() => setStatusOpen(false)} />}
    </Card>
  );
}

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
function BulkStatusModal({ orders, onClose }: { orders: SelectedOrder[]; onClose: () => void }) {
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

/** The filtered list (the same filters as on screen) as CSV or XLSX. */
export function DownloadMenu({ search }: { search: OrderSearch }) {
  const t = useT();
  const m = t.orderTools.bulk;
  const download = useOrderExport();
  const [file, setFile] = useState<string | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setFile(null);
    // A range with its ends swapped is read in order, as the list does.
    const [from, to] =
      search.from && search.to && search.from > search.to
        ? [search.to, search.from]
        : [search.from, search.to];
    try {
      const link = await download.mutateAsync({ ...search, from, to, format });
      setFile(link.url);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, error) });
    }
  };
  return (
    <Group gap="xs" justify="flex-end">
      {/* Beside the menu, not below it: the page's heading stays where it was. */}
      {file && (
        <Group gap="xs" role="status">
          <Text size="xs" c="dimmed" maw={180}>
            {m.downloadReady}
          </Text>
          <Button
            component="a"
            href={file}
            target="_blank"
            rel="noopener"
            leftSection={<IconExternalLink size={16} aria-hidden />}
          >
            {m.openFile}
          </Button>
        </Group>
      )}
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={download.isPending}
          >
            {m.download}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => run('csv')}>{m.downloadCsv}</Menu.Item>
          <Menu.Item onClick={() => run('xlsx')}>{m.downloadXlsx}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
