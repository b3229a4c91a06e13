import { Card, Skeleton, Stack } from '@mantine/core';

/** A list's place while its first page loads: `rows` grey bars in the list's card. */
export function ListSkeleton({ rows, height = 40 }: { rows: number; height?: number }) {
  return (
    <Card withBorder aria-busy="true">
      <Stack gap="md">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} h={height} />
        ))}
      </Stack>
    </Card>
  );
}
