import type { ShieldReason } from '@bosonline/contracts';
import { Badge, Group } from '@mantine/core';
import { useT } from '../../i18n/i18n.tsx';

// Apart from the shield panel (order detail), whose confirmation dialogs the order list's rows
// would otherwise bring into its first load with their scroll area and positioning library.

/** The Order Shield's reasons as short badges (the order list's rows). */
export function ShieldReasons({ reasons }: { reasons: ShieldReason[] }) {
  const t = useT();
  if (reasons.length === 0) return null;
  return (
    <Group gap={4} mt={4}>
      {reasons.map((r) => (
        <Badge key={r.code} size="sm" color="red" variant="light" title={r.text}>
          {t.shield.reason[r.code]}
        </Badge>
      ))}
    </Group>
  );
}
