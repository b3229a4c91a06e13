import { Alert, Button, Group, Modal } from '@mantine/core';
import { useState } from 'react';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { reportSaveError, saved } from '../settings/feedback.ts';

/**
 * The yes before a cache drop: `body` says what will go; once it went, a notice says how many
 * keys did (the server's count, which may differ from what the page listed).
 */
export function ConfirmDrop({
  title,
  body,
  drop,
  onClose,
  onDone,
}: {
  title: string;
  body: string;
  drop: () => Promise<{ deleted: number }>;
  onClose: () => void;
  onDone?: (deleted: number) => void;
}) {
  const t = useT(settingsSection);
  const c = useConsoleT();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      const { deleted } = await drop();
      saved(c.cache.deleted(deleted));
      onClose();
      onDone?.(deleted);
    } catch (error) {
      reportSaveError(t, error, () => {}, []);
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t.common.closeDialog }}
    >
      <Alert color="red" mb="md" style={{ wordBreak: 'break-word' }}>
        {body}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t.common.cancel}
        </Button>
        <Button color="red.9" onClick={confirm} loading={busy}>
          {c.cache.confirmDelete}
        </Button>
      </Group>
    </Modal>
  );
}
