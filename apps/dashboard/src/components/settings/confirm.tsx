import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

/**
 * "Are you sure?" before something that cannot be taken back. Its button is red for what loses
 * something (delete, cancel, block, revoke); `destructive={false}` gives a step that only moves
 * things on (confirming an order for its buyer) the ordinary primary button.
 */
export function ConfirmModal({
  title,
  confirmLabel,
  onConfirm,
  onClose,
  loading,
  destructive = true,
  children,
}: {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading: boolean;
  destructive?: boolean;
  /** Options the action takes (shown under the question). */
  children?: ReactNode;
}) {
  const t = useT(settingsSection);
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t.settings.close }}
    >
      <Text size="sm" mb="md">
        {title}
      </Text>
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t.common.cancel}
        </Button>
        <Button color={destructive ? 'red' : undefined} onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
