import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { act } from '../settings/feedback.ts';

/**
 * A list's download, as the seller lists do it: the server hands out a short-lived signed link
 * for the list's current filters, and the browser fetches the file itself (streamed, no token).
 */
export function DownloadButton({
  label,
  link,
}: {
  label: string;
  link: () => Promise<{ url: string; filename: string }>;
}) {
  const t = useT(settingsSection);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    await act(t, async () => {
      const file = await link();
      const anchor = document.createElement('a');
      anchor.href = file.url;
      anchor.download = file.filename;
      anchor.click();
    });
    setBusy(false);
  };
  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} aria-hidden />}
      loading={busy}
      onClick={download}
    >
      {label}
    </Button>
  );
}
