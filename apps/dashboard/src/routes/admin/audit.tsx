import { Card, Code, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { ListStates } from '../../components/list-states.tsx';
import { LoadMore } from '../../components/load-more.tsx';
import { formatDateTime } from '../../format.ts';
import { useAuditLog } from '../../hooks/admin.ts';
import { adminSection } from '../../i18n/admin.ts';
import { useT } from '../../i18n/i18n.tsx';

export const adminAuditPageLazy = createLazyRoute('/admin/staff/audit')({ component: AuditPage });
const auditRoute = getRouteApi('/admin/staff/audit');

/** What a record kept, as it was stored (a value the write did not have shows as a dash). */
function shown(value: unknown, dash: string): string {
  return value === undefined || value === null ? dash : JSON.stringify(value, null, 2);
}

// Long values wrap instead of scrolling sideways: a phone shows all of them, and a region that
// scrolls would need to be reachable by keyboard.
const wrapped = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

function AuditPage() {
  const t = useT(adminSection);
  const search = auditRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/audit' });
  const list = useAuditLog(search);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const a = t.admin.audit;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {a.title}
        </Title>
        <Text c="dimmed">{a.intro}</Text>
      </div>

      <Select
        label={a.action}
        placeholder={a.anyAction}
        value={search.action ?? null}
        onChange={(value) => navigate({ search: { action: value ?? undefined }, replace: true })}
        data={Object.entries(a.actions).map(([value, label]) => ({ value, label }))}
        clearable
        maw={320}
      />

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 4, height: 72 }}
        empty={{
          icon: <IconHistory size={28} aria-hidden />,
          title: a.emptyTitle,
          description: search.action ? a.emptyFiltered : undefined,
        }}
      >
        <Stack gap="sm">
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((entry) => (
              <Card
                key={entry.id}
                withBorder
                component="li"
                aria-label={`${entry.action} ${entry.targetId ?? ''}`}
              >
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Code fw={600} style={{ wordBreak: 'break-all' }}>
                      {entry.action}
                    </Code>
                    <Text size="xs" c="dimmed" mt={4} style={{ wordBreak: 'break-all' }}>
                      {a.target}: {entry.targetType}
                      {entry.targetId ? ` · ${entry.targetId}` : ''}
                    </Text>
                  </div>
                  <div style={{ textAlign: 'right' }}>
                    <Text size="sm">
                      <Text span c="dimmed" inherit>
                        {a.who}{' '}
                      </Text>
                      {entry.adminEmail}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <time dateTime={entry.createdAt.toISOString()}>
                        {formatDateTime(t.locale, entry.createdAt)} {t.common.wib}
                      </time>
                    </Text>
                  </div>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="sm">
                  <div>
                    <Text size="xs" c="dimmed">
                      {a.before}
                    </Text>
                    <Code block style={wrapped}>
                      {shown(entry.before, a.nothing)}
                    </Code>
                  </div>
                  <div>
                    <Text size="xs" c="dimmed">
                      {a.after}
                    </Text>
                    <Code block style={wrapped}>
                      {shown(entry.after, a.nothing)}
                    </Code>
                  </div>
                </SimpleGrid>
              </Card>
            ))}
          </Stack>
          <LoadMore list={list} />
        </Stack>
      </ListStates>
    </Stack>
  );
}
