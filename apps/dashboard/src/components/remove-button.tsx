import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** The small red "remove" under a picked image (a store logo, a transfer receipt). */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      variant="subtle"
      color="red"
      size="compact-sm"
      leftSection={<IconTrash size={14} aria-hidden />}
      onClick={onClick}
      style={{ alignSelf: 'flex-start' }}
    >
      {label}
    </Button>
  );
}
