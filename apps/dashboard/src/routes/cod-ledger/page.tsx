import '@mantine/dropzone/styles.css';
import { type CodFinding, type CodFindingKind, codFindingKinds, formatRupiah } from '@bosonline/contracts';
import type { BosOutputs } from '@bosonline/sdk';
import { fieldErrors } from '@bosonline/sdk';
import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Menu,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { FigureCard } from '../../components/cod-ledger/figure-card.tsx';
import { findingColor } from '../../components/cod-ledger/finding-colors.ts';
import { LedgerHeader } from '../../components/cod-ledger/ledger-header.tsx';
import { notify } from '../../components/product/notify.ts';
import { QueryError } from '../../components/query-error.tsx';
import { NotAllowed, RoleGate } from '../../components/settings/gate.tsx';
import {
  type DayRange,
  useCodFindings,
  useCodFindingsLink,
  useCodReport,
  useCodUpload,
} from '../../hooks/cod-ledger.ts';
import { codLedgerSection } from '../../i18n/cod-ledger.ts';
import { useT } from '../../i18n/i18n.tsx';

export const codLedgerPageLazy = createLazyRoute('/signed-in/cod-ledger')({ component: CodLedgerPage });
const codLedgerRoute = getRouteApi('/signed-in/cod-ledger');

type Report = BosOutputs['codLedger']['report'];
type UploadAnswer = BosOutputs['codLedger']['upload'];

/**
 * A CS member who opens a shared link sees why the page is closed to them, not an upload box and
 * a "could not load" error from the 403s behind it.
 */
function CodLedgerPage() {
  const m = useT(codLedgerSection).codLedger;
  const closed = (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text c="dimmed">{m.intro}</Text>
      </div>
      <NotAllowed>{m.notAllowed}</NotAllowed>
    </Stack>
  );
  return (
    <RoleGate permission="codLedger.manage" closed={closed}>
      <CodLedger />
    </RoleGate>
  );
}

/** "Kas COD": the COD cash couriers hold for the store, its remittances and what does not match. */
function CodLedger() {
  const t = useT(codLedgerSection);
  const m = t.codLedger;
  const search = codLedgerRoute.useSearch();
  const navigate = useNavigate({ from: '/cod-ledger' });
  const range: DayRange = { from: search.from, to: search.to };
  const report = useCodReport(range);
  return (
    <Stack gap="md">
      <LedgerHeader
        title={m.title}
        intro={m.intro}
        description={m.rangeHelp}
        range={range}
        answered={report.data}
        onRange={(days) => void navigate({ search: days })}
      />
      {report.isPending ? (
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} aria-busy="true">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} h={96} />
          ))}
        </SimpleGrid>
      ) : !report.data ? (
        <QueryError error={report.error} onRetry={() => report.refetch()} />
      ) : (
        <>
          <SummaryCards report={report.data} />
          <AgeBuckets report={report.data} />
        </>
      )}
      <UploadCard />
      <Findings range={range} />
      {report.data && <DayTable report={report.data} />}
    </Stack>
  );
}

function SummaryCards({ report }: { report: Report }) {
  const t = useT(codLedgerSection).codLedger;
  const m = t.cards;
  const days = t.range(report.from, report.to);
  const { inTransit, totals } = report;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }}>
      <FigureCard
        id="cod-in-transit"
        label={m.inTransit}
        value={formatRupiah(inTransit.amount)}
        hint={m.inTransitHint(inTransit.orders)}
      />
      <FigureCard
        id="cod-overdue"
        label={m.overdue}
        value={formatRupiah(inTransit.overdueAmount)}
        hint={m.overdueHint(inTransit.overdueOrders, 7)}
      />
      <FigureCard id="cod-remitted" label={m.remitted} value={formatRupiah(totals.remitted)} hint={days} />
      <FigureCard id="cod-net" label={m.net} value={formatRupiah(totals.net)} hint={days} />
    </SimpleGrid>
  );
}

function AgeBuckets({ report }: { report: Report }) {
  const m = useT(codLedgerSection).codLedger.buckets;
  return (
    <Card withBorder component="section" aria-labelledby="cod-buckets">
      <Title order={2} size="h4" id="cod-buckets" mb="sm">
        {m.title}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {report.inTransit.buckets.map((b) => (
          <div key={b.bucket}>
            <Text size="sm" c="dimmed">
              {m.names[b.bucket]}
            </Text>
            <Text fw={600}>{formatRupiah(b.amount)}</Text>
            <Text size="xs" c="dimmed">
              {m.orders(b.orders)}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}

/** Drop a file: it is checked and previewed (nothing recorded) until the seller saves it. */
function UploadCard() {
  const t = useT(codLedgerSection);
  const m = t.codLedger.upload;
  const upload = useCodUpload();
  const [pending, setPending] = useState<{ file: File; answer: UploadAnswer } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const send = (file: File, preview: boolean) => {
    const form = new FormData();
    form.append('file', file);
    if (preview) form.append('preview', 'true');
    return upload.mutateAsync(form);
  };
  const onDrop = async ([file]: File[]) => {
    if (!file) return;
    setFailure(null);
    setPending(null);
    try {
      setPending({ file, answer: await send(file, true) });
    } catch (problem) {
      setFailure(fieldErrors(problem).file?.join('. ') ?? errorMessage(t, problem));
    }
  };
  const save = async () => {
    if (!pending) return;
    try {
      const answer = await send(pending.file, false);
      notify('teal', answer.duplicate ? m.duplicate : m.saved);
      setPending(null);
    } catch (problem) {
      setFailure(errorMessage(t, problem));
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="cod-upload">
      <Title order={2} size="h4" id="cod-upload">
        {m.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {m.hint}
      </Text>
      <Dropzone
        onDrop={onDrop}
        loading={upload.isPending && !pending}
        maxFiles={1}
        multiple={false}
        accept={[
          'text/csv',
          'text/plain',
          'application/vnd.ms-excel',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ]}
        aria-label={m.drop}
      >
        <Group justify="center" gap="sm" mih={72} style={{ pointerEvents: 'none' }}>
          <IconFileSpreadsheet size={32} aria-hidden />
          <Text size="sm">{m.drop}</Text>
        </Group>
      </Dropzone>
      {failure && (
        <Alert color="red" mt="sm" role="alert">
          {failure}
        </Alert>
      )}
      {pending && (
        <Stack gap="xs" mt="md" aria-live="polite">
          <Text fw={600}>{m.previewTitle(pending.file.name)}</Text>
          {pending.answer.duplicate ? (
            <Text size="sm">{m.duplicate}</Text>
          ) : (
            <>
              <Text size="sm">
                {m.summary(pending.answer.rows, pending.answer.matched, pending.answer.unknown)}
              </Text>
              {pending.answer.skipped > 0 && <Text size="sm">{m.skipped(pending.answer.skipped)}</Text>}
            </>
          )}
          {pending.answer.findings.length ? (
            <FindingsTable findings={pending.answer.findings} />
          ) : (
            <Text size="sm" c="dimmed">
              {m.noFindings}
            </Text>
          )}
          <Group gap="sm">
            <Button onClick={save} loading={upload.isPending} disabled={pending.answer.duplicate}>
              {m.save}
            </Button>
            <Button variant="default" onClick={() => setPending(null)}>
              {m.cancel}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/**
 * A table wider than a phone scrolls sideways in the browser's own scroll box, which keyboard users
 * can focus (Mantine's ScrollArea viewport cannot be).
 */
function Sideways({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Box>
  );
}

function FindingsTable({ findings }: { findings: CodFinding[] }) {
  const m = useT(codLedgerSection).codLedger.findings;
  return (
    <Sideways label={m.tableLabel}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              {m.column.kind} · {m.column.awb}
            </Table.Th>
            <Table.Th visibleFrom="sm">{m.column.invoice}</Table.Th>
            <Table.Th ta="right">{m.column.expected}</Table.Th>
            <Table.Th ta="right">{m.column.remitted}</Table.Th>
            <Table.Th visibleFrom="md">{m.column.sources}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((f) => (
            <Table.Tr key={`${f.kind}-${f.awb}-${f.sources.join()}`}>
              <Table.Td>
                <Badge
                  color={findingColor[f.kind]}
                  variant="light"
                  size="sm"
                  tt="none"
                  // The whole word, never an ellipsis: the column grows instead (the table scrolls).
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {m.kinds[f.kind]}
                </Badge>
                <Text size="sm" ff="monospace">
                  {f.awb}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">{f.invoice ?? '–'}</Table.Td>
              <Table.Td ta="right">{f.expected === null ? '–' : formatRupiah(f.expected)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(f.remitted)}</Table.Td>
              <Table.Td visibleFrom="md">
                <Text size="xs" c="dimmed">
                  {f.sources.join(', ') || '–'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Sideways>
  );
}

function Findings({ range }: { range: DayRange }) {
  const t = useT(codLedgerSection);
  const m = t.codLedger.findings;
  const [kind, setKind] = useState<CodFindingKind | undefined>(undefined);
  const findings = useCodFindings(kind, range);
  const link = useCodFindingsLink();
  const [busy, setBusy] = useState(false);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const file = await link(kind, range, format);
      const anchor = document.createElement('a');
      anchor.href = file.url;
      anchor.download = file.filename;
      anchor.click();
    } catch {
      notify('red', m.downloadFailed);
    } finally {
      setBusy(false);
    }
  };
  const counts = findings.data?.counts;
  return (
    <Card withBorder component="section" aria-labelledby="cod-findings">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="cod-findings">
          {m.title}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={m.kind}
            value={kind ?? ''}
            onChange={(value) => setKind((value || undefined) as CodFindingKind | undefined)}
            data={[
              { value: '', label: m.all },
              ...codFindingKinds.map((k) => ({
                value: k,
                label: counts ? `${m.kinds[k]} (${counts[k]})` : m.kinds[k],
              })),
            ]}
            allowDeselect={false}
            w={220}
          />
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy}>
                {m.download}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => download('csv')}>CSV</Menu.Item>
              <Menu.Item onClick={() => download('xlsx')}>XLSX</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {findings.isPending ? (
        <Skeleton h={120} aria-busy="true" />
      ) : !findings.data ? (
        <QueryError error={findings.error} onRetry={() => findings.refetch()} />
      ) : findings.data.findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {m.empty}
        </Text>
      ) : (
        <FindingsTable findings={findings.data.findings} />
      )}
    </Card>
  );
}

function DayTable({ report }: { report: Report }) {
  const m = useT(codLedgerSection).codLedger.table;
  const money = (n: number) => formatRupiah(n);
  const cells = (r: Report['totals']) => (
    <>
      <Table.Td ta="right" visibleFrom="sm">
        {m.parcelsValue(r.delivered, r.returned)}
      </Table.Td>
      <Table.Td ta="right">{money(r.expectedCod)}</Table.Td>
      <Table.Td ta="right">{money(r.remitted)}</Table.Td>
      <Table.Td ta="right" visibleFrom="sm">
        {money(r.outstanding)}
      </Table.Td>
      <Table.Td ta="right" visibleFrom="md">
        {money(r.courierFee + r.codFee + r.insurance)}
      </Table.Td>
      <Table.Td ta="right" visibleFrom="md">
        {money(r.rtsCharge)}
      </Table.Td>
      <Table.Td ta="right" visibleFrom="sm">
        {money(r.net)}
      </Table.Td>
    </>
  );
  return (
    <Card withBorder component="section" aria-labelledby="cod-days">
      <Title order={2} size="h4" id="cod-days">
        {m.title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {m.caption}
      </Text>
      {report.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {m.empty}
        </Text>
      ) : (
        <Sideways label={m.tableLabel}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.day}</Table.Th>
                <Table.Th>{m.courier}</Table.Th>
                <Table.Th ta="right" visibleFrom="sm">
                  {m.parcels}
                </Table.Th>
                <Table.Th ta="right">{m.expected}</Table.Th>
                <Table.Th ta="right">{m.remitted}</Table.Th>
                <Table.Th ta="right" visibleFrom="sm">
                  {m.outstanding}
                </Table.Th>
                <Table.Th ta="right" visibleFrom="md">
                  {m.charges}
                </Table.Th>
                <Table.Th ta="right" visibleFrom="md">
                  {m.rts}
                </Table.Th>
                <Table.Th ta="right" visibleFrom="sm">
                  {m.net}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rows.map((r) => (
                <Table.Tr key={`${r.day}-${r.courierCode}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.day}</Table.Td>
                  <Table.Td tt="uppercase">{r.courierCode}</Table.Td>
                  {cells(r)}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td colSpan={2}>{m.total}</Table.Td>
                {cells(report.totals)}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Sideways>
      )}
    </Card>
  );
}
