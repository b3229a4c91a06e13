import { heldByBlockList, isHeld } from '@bosonline/contracts';
import type { BosOutputs } from '@bosonline/sdk';
import { isBosError } from '@bosonline/sdk';
import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCheck, IconShieldExclamation, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../format.ts';
import { useBlockMutations, useShieldDecisions } from '../../hooks/shield.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { ConfirmModal } from '../settings/confirm.tsx';
import { act } from '../settings/feedback.ts';
import { ShieldReasons } from './shield-reasons.tsx';

type Order = BosOutputs['order']['detail'];

const shieldEnds = ['shield_released', 'shield_spam', 'shield_expired'] as const;

/**
 * What became of an order the shield once held, in one past-tense line ("Dilepas dari Order Shield
 * oleh Rina"), with its reasons as badges: the hold is over, so nothing here asks for a decision.
 */
function ShieldNote({ order }: { order: Order }) {
  const t = useT();
  const end = order.timeline.findLast((e) => (shieldEnds as readonly string[]).includes(e.type));
  if (!end) return null;
  const type = end.type as (typeof shieldEnds)[number];
  return (
    <section aria-label={t.shield.pastTitle}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconShieldExclamation size={18} aria-hidden color="var(--mantine-color-dimmed)" />
        <div>
          <Text size="sm" c="dimmed">
            {t.shield.past[type](end.actorName)} · {formatDateTime(t.locale, end.at)} {t.common.wib}
          </Text>
          <ShieldReasons reasons={order.shieldReasons} />
        </div>
      </Group>
    </section>
  );
}

/**
 * A held order's reasons and the seller's three answers: "Bukan spam" (it goes on as its checkout
 * would have), "Spam" (canceled) and "Blokir pembeli" (its phone and device on the lists; its IP only
 * when the seller ticks it, since a carrier or office IP is shared by other buyers).
 */
export function ShieldPanel({
  order,
  canManage,
  onConflict,
}: {
  order: Order;
  canManage: boolean;
  onConflict: () => void;
}) {
  const t = useT(settingsSection);
  const { release, spam } = useShieldDecisions();
  const { ban } = useBlockMutations();
  const [confirm, setConfirm] = useState<'spam' | 'ban' | null>(null);
  const [includeIp, setIncludeIp] = useState(false);
  // Only a held order has the panel; once the hold is over its page keeps a one-line note.
  if (!isHeld(order.status)) return order.shieldReasons.length ? <ShieldNote order={order} /> : null;

  const decide = async <T,>(run: () => Promise<T>, success: (result: T) => string) => {
    try {
      const result = await run();
      notifications.show({ color: 'green', message: success(result) });
    } catch (error) {
      if (isBosError(error, 'CONFLICT')) {
        notifications.show({ color: 'red', message: t.shield.conflict, autoClose: false });
        onConflict();
      } else {
        await act(t, () => Promise.reject(error));
      }
    }
  };

  return (
    <section aria-label={t.shield.heldTitle}>
      <Alert color="red" icon={<IconShieldExclamation aria-hidden />} title={t.shield.heldTitle}>
        <Stack gap="sm">
          {order.heldUntil && (
            <Text size="sm">
              {(heldByBlockList(order.shieldReasons) ? t.shield.heldIntroBlocked : t.shield.heldIntro)(
                `${formatDateTime(t.locale, order.heldUntil)} ${t.common.wib}`,
              )}
            </Text>
          )}
          <List size="sm" spacing={2}>
            {order.shieldReasons.map((r) => (
              <List.Item key={r.code}>
                <Text span size="sm" fw={600}>
                  {t.shield.reason[r.code]}
                </Text>
                {`: ${r.text}`}
              </List.Item>
            ))}
          </List>
          {canManage && (
            <Group gap="xs">
              <Button
                leftSection={<IconCheck size={16} aria-hidden />}
                loading={release.isPending}
                onClick={() =>
                  decide(
                    () => release.mutateAsync({ invoice: order.invoice }),
                    () => t.shield.released,
                  )
                }
              >
                {t.shield.release}
              </Button>
              <Button
                color="red"
                variant="light"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setConfirm('spam')}
              >
                {t.shield.spam}
              </Button>
              <Button
                color="dark"
                variant="light"
                leftSection={<IconBan size={16} aria-hidden />}
                onClick={() => {
                  setIncludeIp(false);
                  setConfirm('ban');
                }}
              >
                {t.shield.ban}
              </Button>
            </Group>
          )}
        </Stack>
        {confirm && (
          <ConfirmModal
            title={confirm === 'spam' ? t.shield.spamConfirm : t.shield.banConfirm}
            confirmLabel={confirm === 'spam' ? t.shield.spam : t.shield.ban}
            loading={spam.isPending || ban.isPending}
            onClose={() => setConfirm(null)}
            onConfirm={async () => {
              if (confirm === 'spam') {
                await decide(
                  () => spam.mutateAsync({ invoice: order.invoice }),
                  () => t.shield.spammed,
                );
              } else {
                await decide(
                  () => ban.mutateAsync({ invoice: order.invoice, includeIp }),
                  (result) => t.shield.banned(result.added.length),
                );
              }
              setConfirm(null);
            }}
          >
            {confirm === 'ban' && (
              <Checkbox
                mb="md"
                label={t.shield.banIncludeIp}
                description={t.shield.banIncludeIpWarning}
                checked={includeIp}
                onChange={(e) => setIncludeIp(e.currentTarget.checked)}
              />
            )}
          </ConfirmModal>
        )}
      </Alert>
    </section>
  );
}
