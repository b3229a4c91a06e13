import type { OrderPaymentMethod, OrderStatus } from '@bosonline/contracts';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDownload,
  IconExternalLink,
  IconFileInvoice,
  IconPrinter,
  IconSwitchHorizontal,
} from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { useFloating } from '../../hooks/floating.ts';
import { useOrderExport, usePrintLink } from '../../hooks/order-actions.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { OrderSearch } from '../../routes/orders/search.ts';

export interface SelectedOrder {
  invoice: string;
  status: OrderStatus;
  paymentMethod: OrderPaymentMethod;
}

// Fetched when opened (bulk-status.tsx): its select and text area are not the list's first screen.
const BulkStatusModal = lazy(() => import('./bulk-status.tsx').then((m) => ({ default: m.BulkStatusModal })));

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
      {statusOpen && (
        <Suspense>
          <BulkStatusModal orders={selected} onClose={() => setStatusOpen(false)} />
        </Suspense>
      )}
    </Card>
  );
}

/** The filtered list (the same filters as on screen) as CSV or XLSX. */
export function DownloadMenu({ search }: { search: OrderSearch }) {
  const t = useT();
  const m = t.orderTools.bulk;
  const download = useOrderExport();
  const [file, setFile] = useState<string | null>(null);
  // The menu's code comes after the first screen; a click before then opens it on arrival.
  const { floating, loadNow } = useFloating();
  const [clicked, setClicked] = useState(false);
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
  const trigger = (onClick?: () => void) => (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={download.isPending}
      aria-haspopup="menu"
      onClick={onClick}
    >
      {m.download}
    </Button>
  );
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
      {floating ? (
        <floating.Menu position="bottom-end" defaultOpened={clicked}>
          <floating.Menu.Target>{trigger()}</floating.Menu.Target>
          <floating.Menu.Dropdown>
            <floating.Menu.Item onClick={() => run('csv')}>{m.downloadCsv}</floating.Menu.Item>
            <floating.Menu.Item onClick={() => run('xlsx')}>{m.downloadXlsx}</floating.Menu.Item>
          </floating.Menu.Dropdown>
        </floating.Menu>
      ) : (
        trigger(() => {
          setClicked(true);
          loadNow();
        })
      )}
    </Group>
  );
}
