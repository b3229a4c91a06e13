import { Button, Group, Modal, Text } from '@mantine/core';
import { useT } from '../../i18n/i18n.tsx';

/** "Are you sure?" before something that cannot be taken back. */
export function ConfirmModal({
  title,
  confirmLabel,
  onConfirm,
  onClose,
  loading,
}: {
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  loading: boolean;
}) {
  const t = useT();
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
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t.common.cancel}
        </Button>
        <Button color="red" onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
