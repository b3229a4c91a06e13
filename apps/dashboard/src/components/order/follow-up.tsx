import { followUpTemplateKindOf, type OrderPaymentMethod } from '@bosonline/contracts';
import { Anchor, Badge, Blockquote, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBrandWhatsapp, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { formatDateTime } from '../../format.ts';
import {
  useFollowUpAttempts,
  useFollowUpPreview,
  useFollowUpTemplates,
  useSendFollowUp,
} from '../../hooks/order-actions.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { QueryError } from '../query-error.tsx';

const maxAttempts = 10;

/** Sent, not sent (send it by hand), or a planned one still waiting or stopped (gray). */
const statusColor: Record<string, string> = { sent: 'green', failed: 'yellow' };

/** WhatsApp's delivery report, as its status callbacks said it (light badges keep the contrast). */
const deliveryColor: Record<string, string> = {
  sent: 'gray',
  delivered: 'blue',
  read: 'teal',
  failed: 'red',
};

/**
 * Follow-up of an order: the next attempt's message as the server will send it (the store's
 * template with this order's values), a send button, and every attempt so far with the message
 * as sent and its wa.me link (for sending by hand when the store's WhatsApp is not connected).
 */
export function FollowUp({
  invoice,
  canceled,
  paymentMethod,
}: {
  invoice: string;
  canceled: boolean;
  /** COD orders get the store's COD texts, others the prepaid ones. */
  paymentMethod: OrderPaymentMethod;
}) {
  const t = useT();
  const m = t.orderTools.followUp;
  const canSend = useCan('order.followUp');
  const attempts = useFollowUpAttempts(invoice);
  const templates = useFollowUpTemplates();
  const send = useSendFollowUp();
  const [waLink, setWaLink] = useState<string | null>(null);
  // The seller's own series; the plan's automatic follow-ups are numbered apart.
  const manual = (attempts.data ?? []).filter((a) => a.kind === 'manual');
  const next = Math.max(0, ...manual.map((a) => a.attempt)) + 1;
  const preview = useFollowUpPreview(
    invoice,
    next,
    canSend && !canceled && attempts.isSuccess && next <= maxAttempts,
  );

  if (attempts.isPending) return <Skeleton h={80} />;
  if (attempts.isError) return <QueryError error={attempts.error} onRetry={() => attempts.refetch()} />;
  const kind = followUpTemplateKindOf(paymentMethod);
  const template = templates.data?.find((x) => x.kind === kind && x.attempt === next);

  const run = async () => {
    try {
      const answer = await send.mutateAsync({ invoice, followUpAttempts: next });
      setWaLink(answer.waLink);
      notifications.show({
        color: answer.sent ? 'green' : 'yellow',
        message: answer.sent ? m.sent : m.notSent,
      });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(t, error) });
    }
  };

  return (
    <Stack gap="sm">
      {canceled ? (
        <Text size="sm" c="dimmed">
          {m.canceled}
        </Text>
      ) : next > maxAttempts ? (
        <Text size="sm" c="dimmed">
          {m.max}
        </Text>
      ) : (
        canSend && (
          <Stack gap="xs">
            <div>
              <Text size="xs" fw={600}>
                {m.template(next)}
                {template?.isDefault ? ` (${m.templateDefault})` : ''}
              </Text>
              {preview.isError ? (
                <QueryError error={preview.error} onRetry={() => preview.refetch()} />
              ) : preview.data ? (
                <section aria-label={m.message}>
                  <Blockquote
                    color="green"
                    p="sm"
                    mt={4}
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    <Text size="sm">{preview.data.message}</Text>
                  </Blockquote>
                </section>
              ) : (
                <Skeleton h={60} mt={4} />
              )}
            </div>
            <Group gap="xs">
              <Button leftSection={<IconSend size={16} aria-hidden />} onClick={run} loading={send.isPending}>
                {m.send(next)}
              </Button>
              {waLink && (
                <Button
                  component="a"
                  href={waLink}
                  target="_blank"
                  rel="noopener noreferrer"
                  color="green"
                  variant="light"
                  leftSection={<IconBrandWhatsapp size={16} aria-hidden />}
                >
                  {m.openWa}
                </Button>
              )}
            </Group>
          </Stack>
        )
      )}
      <section aria-label={m.history}>
        <Text size="sm" fw={600} mb={4}>
          {m.history}
        </Text>
        {attempts.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {m.none}
          </Text>
        ) : (
          <Stack gap="xs">
            {attempts.data.map((a) => (
              <div key={`${a.kind}-${a.attempt}-${a.at.toISOString()}`}>
                <Group gap="xs">
                  <Badge size="sm" variant="light" color={a.kind === 'scheduled' ? 'grape' : undefined}>
                    {a.kind === 'scheduled' ? m.automatic(a.attempt) : m.attempt(a.attempt)}
                  </Badge>
                  <Badge size="sm" variant="light" color={statusColor[a.status] ?? 'gray'}>
                    {m.status[a.status] ?? a.status}
                  </Badge>
                  {a.status === 'sent' && (
                    <Badge
                      size="sm"
                      variant="light"
                      color={deliveryColor[a.delivery?.status ?? ''] ?? 'gray'}
                      title={a.delivery?.error ?? undefined}
                    >
                      {a.delivery ? (m.delivery[a.delivery.status] ?? a.delivery.status) : m.deliveryPending}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(t.locale, a.at)} {t.common.wib}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {a.message}
                </Text>
                {/* A planned follow-up has no text (nor link) until it is sent. */}
                {a.waLink && (
                  <Anchor href={a.waLink} target="_blank" rel="noopener noreferrer" size="sm">
                    {m.openWa}
                  </Anchor>
                )}
              </div>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
