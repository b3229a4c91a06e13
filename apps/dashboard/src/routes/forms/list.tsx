import type { catalogStatuses, FormSummary } from '@bosonline/contracts';
import {
  ActionIcon,
  Affix,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDots, IconFilterOff, IconForms, IconPencil, IconPlus } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { AnchorLink } from '../../components/links.tsx';
import { ListStates } from '../../components/list-states.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { useDuplicateForm, useDuplicateForms, useFormList, useSetFormStatus } from '../../hooks/forms.ts';
import { useCan } from '../../hooks/profile.ts';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { type FormSearch, hasFilters } from './search.ts';

type CatalogStatus = (typeof catalogStatuses)[number];

export const formsPageLazy = createLazyRoute('/signed-in/forms')({ component: FormsPage });
const formsRoute = getRouteApi('/signed-in/forms');

function FormsPage() {
  const t = useT(formsSection);
  const search = formsRoute.useSearch();
  const navigate = useNavigate({ from: '/forms' });
  const canManage = useCan('form.manage');
  const list = useFormList(search);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const setSearch = (patch: Partial<FormSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const visibleSelected = items.filter((f) => selected.has(f.id)).map((f) => f.id);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t.forms.title}
          </Title>
          <Text c="dimmed">{t.forms.intro}</Text>
        </div>
        {canManage && (
          <Button
            renderRoot={(props) => <Link to="/forms/new" {...props} />}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t.forms.create}
          </Button>
        )}
      </Group>

      <Filters search={search} onChange={setSearch} />

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 4 }}
        empty={{
          icon: <IconForms size={28} aria-hidden />,
          title: t.forms.emptyTitle,
          description: hasFilters(search) ? t.forms.emptyFiltered : t.forms.emptyNone,
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {t.forms.count(items.length)}
          </Text>
          <Card withBorder p={0}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {canManage && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label={t.forms.selectAll}
                        checked={visibleSelected.length === items.length}
                        indeterminate={visibleSelected.length > 0 && visibleSelected.length < items.length}
                        onChange={(event) =>
                          setSelected(new Set(event.currentTarget.checked ? items.map((f) => f.id) : []))
                        }
                      />
                    </Table.Th>
                  )}
                  <Table.Th>{t.forms.column.name}</Table.Th>
                  <Table.Th visibleFrom="sm">{t.forms.column.payment}</Table.Th>
                  <Table.Th visibleFrom="sm">{t.forms.column.items}</Table.Th>
                  <Table.Th>{t.forms.column.status}</Table.Th>
                  {canManage && <Table.Th w={48} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((form) => (
                  <FormRow
                    key={form.id}
                    form={form}
                    canManage={canManage}
                    selected={selected.has(form.id)}
                    onSelect={(on) =>
                      setSelected((prev) => {
                        const next = new Set(prev);
                        if (on) next.add(form.id);
                        else next.delete(form.id);
                        return next;
                      })
                    }
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <LoadMore list={list} />
        </Stack>
      </ListStates>
      {canManage && visibleSelected.length > 0 && (
        <BatchBar ids={visibleSelected} onDone={() => setSelected(new Set())} />
      )}
    </Stack>
  );
}

function FormRow({
  form,
  canManage,
  selected,
  onSelect,
}: {
  form: FormSummary;
  canManage: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const t = useT(formsSection);
  const navigate = useNavigate();
  const setStatus = useSetFormStatus();
  const duplicate = useDuplicateForm();
  const toggle = (status: CatalogStatus) =>
    setStatus.mutate(
      { ids: [form.id], status },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t.forms.statusChanged(1, status === 'active') }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );
  const copy = () =>
    duplicate.mutate(
      { id: form.id },
      {
        onSuccess: (made) => notifications.show({ color: 'teal', message: t.forms.duplicated(made.name) }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
      },
    );
  const methods = form.paymentMethods.map((m) => t.paymentMethod[m]).join(', ');
  return (
    <Table.Tr>
      {canManage && (
        <Table.Td>
          <Checkbox
            aria-label={t.forms.selectOne(form.name)}
            checked={selected}
            onChange={(event) => onSelect(event.currentTarget.checked)}
          />
        </Table.Td>
      )}
      <Table.Td>
        {canManage ? (
          <AnchorLink to="/forms/$formId" params={{ formId: form.id }} fw={600}>
            {form.name}
          </AnchorLink>
        ) : (
          <Text size="sm" fw={600}>
            {form.name}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {form.url}
        </Text>
        <Text size="xs" c="dimmed" hiddenFrom="sm">
          {methods} · {t.forms.itemCount(form.itemCount)}
        </Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{methods}</Text>
      </Table.Td>
      <Table.Td visibleFrom="sm">
        <Text size="sm">{t.forms.itemCount(form.itemCount)}</Text>
      </Table.Td>
      <Table.Td>
        {canManage ? (
          <Switch
            aria-label={t.forms.toggleStatus(form.name)}
            checked={form.status === 'active'}
            disabled={setStatus.isPending}
            onChange={(event) => toggle(event.currentTarget.checked ? 'active' : 'inactive')}
          />
        ) : (
          <Badge variant="light" color={form.status === 'active' ? 'teal' : 'gray'}>
            {t.forms.status[form.status]}
          </Badge>
        )}
      </Table.Td>
      {canManage && (
        <Table.Td>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t.forms.actionsFor(form.name)}
                loading={duplicate.isPending}
              >
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => navigate({ to: '/forms/$formId', params: { formId: form.id } })}
              >
                {t.forms.edit}
              </Menu.Item>
              <Menu.Item leftSection={<IconCopy size={16} aria-hidden />} onClick={copy}>
                {t.forms.duplicate}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** What can be done to every selected form at once: copy them, or switch them on or off. */
function BatchBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const t = useT(formsSection);
  const duplicate = useDuplicateForms();
  const setStatus = useSetFormStatus();
  const failed = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(t, error) });
  const setAll = (status: CatalogStatus) =>
    setStatus.mutate(
      { ids, status },
      {
        onSuccess: ({ updated }) => {
          notifications.show({ color: 'teal', message: t.forms.statusChanged(updated, status === 'active') });
          onDone();
        },
        onError: failed,
      },
    );
  return (
    <Affix position={{ bottom: 16, left: 16, right: 16 }}>
      <Paper
        withBorder
        shadow="md"
        p="sm"
        maw={720}
        mx="auto"
        role="region"
        aria-label={t.forms.selected(ids.length)}
      >
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {t.forms.selected(ids.length)}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCopy size={14} aria-hidden />}
              loading={duplicate.isPending}
              onClick={() =>
                duplicate.mutate(
                  { ids },
                  {
                    onSuccess: ({ items }) => {
                      notifications.show({ color: 'teal', message: t.forms.batchDuplicated(items.length) });
                      onDone();
                    },
                    onError: failed,
                  },
                )
              }
            >
              {t.forms.duplicateSelected}
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={setStatus.isPending}
              onClick={() => setAll('active')}
            >
              {t.forms.activateSelected}
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={setStatus.isPending}
              onClick={() => setAll('inactive')}
            >
              {t.forms.deactivateSelected}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Affix>
  );
}

function Filters({
  search,
  onChange,
}: {
  search: FormSearch;
  onChange: (patch: Partial<FormSearch>) => void;
}) {
  const t = useT(formsSection);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <SearchField
        value={search.q}
        onSearch={(q) => onChange({ q })}
        label={t.forms.search}
        placeholder={t.forms.searchPlaceholder}
      />
      <Select
        label={t.forms.statusFilter}
        placeholder={t.forms.anyStatus}
        value={search.status ?? null}
        onChange={(value) => onChange({ status: (value as CatalogStatus | null) ?? undefined })}
        data={(['active', 'inactive'] as const).map((s) => ({ value: s, label: t.forms.status[s] }))}
        clearable
        style={{ flex: '1 1 180px' }}
      />
      {hasFilters(search) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            onChange({ q: undefined, status: undefined });
          }}
        >
          {t.forms.clearFilters}
        </Button>
      )}
    </Group>
  );
}
