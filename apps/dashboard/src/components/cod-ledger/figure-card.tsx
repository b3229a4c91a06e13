import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One figure of a COD ledger page (the seller's and the platform's): what it is, the amount and
 * what it counts, or, for a figure that is a list (findings by kind), that list.
 */
export function FigureCard({
  id,
  label,
  value,
  hint,
  children,
}: {
  id: string;
  label: string;
  value?: string;
  hint?: string;
  children?: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Text size="sm" c="dimmed" id={id} mb={children ? 4 : undefined}>
        {label}
      </Text>
      {value !== undefined && (
        <Text fw={700} size="xl">
          {value}
        </Text>
      )}
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      {children}
    </Card>
  );
}
