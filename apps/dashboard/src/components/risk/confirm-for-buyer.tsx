import { isBosError } from '@bosonline/sdk';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useConfirmHeld } from '../../hooks/order-actions.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { ConfirmModal } from '../settings/confirm.tsx';
import { act } from '../settings/feedback.ts';

/**
 * A risky COD order waiting for the buyer's WhatsApp confirmation, confirmed by the seller for a
 * buyer who said yes another way: the same move and booking as the buyer's link (risk/hold.ts).
 * For a buyer without WhatsApp (`confirmByPhone`) it is the only way: the seller calls them.
 */
export function ConfirmForBuyer({ invoice, onConflict }: { invoice: string; onConflict: () => void }) {
  const t = useT(settingsSection);
  const m = t.risk.confirmForBuyer;
  const confirm = useConfirmHeld();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{m.button}</Button>
      {open && (
        <ConfirmModal
          title={m.question}
          confirmLabel={m.button}
          destructive={false}
          loading={confirm.isPending}
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            try {
              await confirm.mutateAsync({ invoice });
              notifications.show({ color: 'green', message: m.done });
            } catch (error) {
              if (isBosError(error, 'CONFLICT')) {
                notifications.show({ color: 'red', message: t.order.conflict, autoClose: false });
                onConflict();
              } else {
                await act(t, () => Promise.reject(error));
              }
            }
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
