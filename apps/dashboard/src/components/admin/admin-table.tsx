import { Card, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadMore, type PagedQuery } from '../load-more.tsx';

export interface AdminColumn {
  label: string;
  /** Columns a phone has no room for: their content repeats under the row's title there. */
  wide?: boolean;
  align?: 'right';
}

/**
 * The console's list body: a count line, a bordered table whose first column names the row, and
 * "load more" at its foot. The rows are the page's own (`Table.Tr`s).
 */
export function AdminTable({
  count,
  columns,
  list,
  children,
}: {
  count?: ReactNode;
  columns: AdminColumn[];
  list: PagedQuery;
  children: ReactNode;
}) {
  return (
    <Stack gap="sm">
      {count !== undefined && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {count}
        </Text>
      )}
      <Card withBorder p={0}>
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label} visibleFrom={column.wide ? 'sm' : undefined} ta={column.align}>
                  {column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Card>
      <LoadMore list={list} />
    </Stack>
  );
}

/** A row's title that opens its detail drawer (the drawer's id lives in the URL). */
export function RowOpener({ label, title, onOpen }: { label: string; title: string; onOpen: () => void }) {
  return (
    <UnstyledButton onClick={onOpen} aria-label={label}>
      <Text size="sm" fw={600} c="brand.8" td="underline">
        {title}
      </Text>
    </UnstyledButton>
  );
}
