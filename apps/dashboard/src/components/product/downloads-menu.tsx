import { exportFormats, exportKinds } from '@bosonline/contracts';
import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/trpc.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import { notify } from './notify.ts';

type Kind = (typeof exportKinds)[number];
type Format = (typeof exportFormats)[number];

/**
 * CSV/XLSX downloads of the catalogue. The server hands out a short-lived signed link, so the
 * browser downloads the file itself (streamed, never through the JSON API) without the token.
 */
export function DownloadsMenu() {
  const t = useT(productsSection);
  const p = t.products;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  const download = async (kind: Kind, format: Format) => {
    setBusy(true);
    try {
      const link = await queryClient.fetchQuery({
        ...trpc.product.exportLink.queryOptions({ kind, format }),
        staleTime: 0,
      });
      const anchor = document.createElement('a');
      anchor.href = link.url;
      anchor.download = link.filename;
      anchor.click();
    } catch {
      notify('red', p.downloadFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy}>
          {p.download}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {exportKinds.flatMap((kind) =>
          exportFormats.map((format) => (
            <Menu.Item key={`${kind}-${format}`} onClick={() => download(kind, format)}>
              {p.downloads[kind]} ({format.toUpperCase()})
            </Menu.Item>
          )),
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
