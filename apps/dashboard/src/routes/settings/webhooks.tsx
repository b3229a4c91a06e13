import {
  type WebhookDeliveryView,
  type WebhookView,
  webhookCreateInput,
  webhookEventTypes,
} from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  EmptyState,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { QueryError } from '../../components/query-error.tsx';
import { ConfirmModal } from '../../components/settings/confirm.tsx';
import { act, reportSaveError, saved, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { SecretOnceModal } from '../../components/settings/secret-once.tsx';
import { formatDateTime } from '../../format.ts';
import { useWebhookDeliveries, useWebhookMutations, useWebhooks } from '../../hooks/webhook.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { webhooksSection } from '../../i18n/webhooks.ts';

/** This file's pages' words (i18n.tsx `Sections`). */
const words = { ...settingsSection, ...webhooksSection };

export const webhooksPageLazy = createLazyRoute('/signed-in/settings/webhooks')({ component: WebhooksPage });

function WebhooksPage() {
  const t = useT(words);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.webhooks}
      intro={t.webhooks.intro}
      permission="webhook.manage"
    >
      <WebhookList />
    </SettingsPageFrame>
  );
}

/** The secret as the server answered it once (on create or rotation), until the owner closes it. */
interface ShownSecret {
  url: string;
  secret: string;
}

function WebhookList() {
  const t = useT(words);
  const list = useWebhooks();
  const actions = useWebhookMutations();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [deleting, setDeleting] = useState<WebhookView | null>(null);
  const [rotating, setRotating] = useState<WebhookView | null>(null);

  if (list.isPending) return <SettingsSkeleton />;
  if (!list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t.webhooks.add}
        </Button>
      </Group>
      {list.data.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconWebhook size={28} aria-hidden />}
            title={t.webhooks.emptyTitle}
            description={t.webhooks.empty}
          />
        </Card>
      ) : (
        list.data.map((hook) => (
          <WebhookCard
            key={hook.id}
            hook={hook}
            onToggle={() =>
              act(
                t,
                () => actions.update.mutateAsync({ id: hook.id, active: !hook.active }),
                t.settings.saved,
              )
            }
            onRotate={() => setRotating(hook)}
            onDelete={() => setDeleting(hook)}
          />
        ))
      )}
      {adding && (
        <WebhookForm
          onClose={() => setAdding(false)}
          onCreated={(created) => {
            setAdding(false);
            setSecret(created);
          }}
        />
      )}
      {secret && (
        <SecretOnceModal
          title={t.webhooks.secretTitle}
          warning={t.webhooks.secretOnce}
          secret={secret.secret}
          copyLabel={`${t.settings.copy} ${t.webhooks.secretTitle}`}
          doneLabel={t.webhooks.secretDone}
          onDone={() => setSecret(null)}
        >
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {secret.url}
          </Text>
        </SecretOnceModal>
      )}
      {rotating && (
        <ConfirmModal
          title={t.webhooks.confirmRotate}
          confirmLabel={t.webhooks.rotate}
          loading={actions.rotate.isPending}
          onConfirm={() =>
            act(t, async () => {
              const rotated = await actions.rotate.mutateAsync({ id: rotating.id });
              setRotating(null);
              setSecret({ url: rotated.url, secret: rotated.secret });
            })
          }
          onClose={() => setRotating(null)}
        />
      )}
      {deleting && (
        <ConfirmModal
          title={t.webhooks.confirmDelete(deleting.url)}
          confirmLabel={t.settings.delete}
          loading={actions.remove.isPending}
          onConfirm={() =>
            act(
              t,
              async () => {
                await actions.remove.mutateAsync({ id: deleting.id });
                setDeleting(null);
              },
              t.webhooks.deleted,
            )
          }
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

function WebhookCard({
  hook,
  onToggle,
  onRotate,
  onDelete,
}: {
  hook: WebhookView;
  onToggle: () => void;
  onRotate: () => void;
  onDelete: () => void;
}) {
  const t = useT(words);
  const { ping } = useWebhookMutations();
  const [showLog, setShowLog] = useState(false);
  const sendPing = async () => {
    try {
      const result = await ping.mutateAsync({ id: hook.id });
      notifications.show({
        color: result.ok ? 'green' : 'red',
        message: result.ok
          ? t.webhooks.pingOk(result.statusCode ?? 0)
          : t.webhooks.pingFailed(result.error ?? String(result.statusCode)),
        closeButtonProps: { 'aria-label': t.settings.close },
      });
      setShowLog(true);
    } catch (error) {
      reportSaveError(t, error, () => {}, []);
    }
  };
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Code style={{ wordBreak: 'break-all' }}>{hook.url}</Code>
          <Badge variant="light" color={hook.active ? 'green' : 'gray'} style={{ flexShrink: 0 }}>
            {hook.active ? t.webhooks.active : t.webhooks.inactive}
          </Badge>
        </Group>
        <Group gap={4}>
          {hook.events.map((event) => (
            <Badge key={event} variant="outline" size="sm">
              {t.webhooks.eventNames[event as keyof typeof t.webhooks.eventNames] ?? event}
            </Badge>
          ))}
        </Group>
        <Group gap={6}>
          <Button size="compact-sm" variant="light" onClick={sendPing} loading={ping.isPending}>
            {t.webhooks.ping}
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => setShowLog((v) => !v)}>
            {showLog ? t.webhooks.hideLog : t.webhooks.log}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onRotate}>
            {t.webhooks.rotate}
          </Button>
          <Button size="compact-sm" variant="default" onClick={onToggle}>
            {hook.active ? t.webhooks.deactivate : t.webhooks.activate}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={onDelete}
            aria-label={`${t.settings.delete} ${hook.url}`}
          >
            {t.settings.delete}
          </Button>
        </Group>
        {showLog && <DeliveryLog hookId={hook.id} />}
      </Stack>
    </Card>
  );
}

const statusColor = { pending: 'yellow', delivered: 'green', failed: 'red' } as const;

function DeliveryLog({ hookId }: { hookId: string }) {
  const t = useT(words);
  const log = useWebhookDeliveries(hookId);
  const { redeliver } = useWebhookMutations();
  if (log.isPending) return <SettingsSkeleton />;
  if (!log.data) return <QueryError error={log.error} onRetry={() => log.refetch()} />;
  const deliveries = log.data.pages.flatMap((page) => page.items);
  if (deliveries.length === 0) return <Text c="dimmed">{t.webhooks.logEmpty}</Text>;
  const again = (delivery: WebhookDeliveryView) =>
    act(t, () => redeliver.mutateAsync({ id: hookId, deliveryId: delivery.id }), t.webhooks.redelivered);
  return (
    <Stack gap={6} aria-label={t.webhooks.log} component="section">
      {deliveries.map((d) => (
        <Card key={d.id} withBorder p="xs" radius="sm">
          <Group justify="space-between" gap={6} wrap="wrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {d.eventType}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(t.locale, d.createdAt)} · {t.webhooks.attempts(d.attempts)}
                {d.nextAttemptAt
                  ? ` · ${t.webhooks.nextAttempt(formatDateTime(t.locale, d.nextAttemptAt))}`
                  : ''}
              </Text>
              {d.attemptLog.length > 0 && (
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                  {t.webhooks.answer}:{' '}
                  {d.attemptLog.map((a) => a.statusCode ?? t.webhooks.noAnswer).join(', ')}
                  {d.lastError && d.status !== 'delivered' ? ` (${d.lastError})` : ''}
                </Text>
              )}
            </Stack>
            <Group gap={6}>
              <Badge variant="light" color={statusColor[d.status]}>
                {t.webhooks.deliveryStatus[d.status]}
              </Badge>
              {d.status !== 'pending' && (
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => again(d)}
                  loading={redeliver.isPending}
                >
                  {t.webhooks.redeliver}
                </Button>
              )}
            </Group>
          </Group>
        </Card>
      ))}
      {log.hasNextPage && (
        <Button variant="subtle" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
          {t.webhooks.more}
        </Button>
      )}
    </Stack>
  );
}

type WebhookValues = z.input<typeof webhookCreateInput>;
const fields = ['url', 'events'] as const;

function WebhookForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (shown: ShownSecret) => void;
}) {
  const t = useT(words);
  const { create } = useWebhookMutations();
  const form = useForm<WebhookValues>({
    resolver: zodResolver(webhookCreateInput),
    defaultValues: { url: 'https://', events: ['order.created', 'order.status_changed'] },
  });
  const fieldError = (name: (typeof fields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  const submit = form.handleSubmit(async (values) => {
    try {
      const created = await create.mutateAsync(webhookCreateInput.parse(values));
      saved(t.webhooks.created);
      onCreated({ url: created.url, secret: created.secret });
    } catch (error) {
      reportSaveError(t, error, form.setError, fields);
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t.webhooks.addTitle}
      closeButtonProps={{ 'aria-label': t.settings.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t.webhooks.url}
            description={t.webhooks.urlHint}
            required
            type="url"
            inputMode="url"
            error={fieldError('url')}
            {...form.register('url')}
          />
          <Controller
            control={form.control}
            name="events"
            render={({ field }) => (
              <Checkbox.Group
                label={t.webhooks.events}
                required
                value={field.value as string[]}
                onChange={field.onChange}
                error={fieldError('events')}
              >
                <Stack gap={6} mt={6}>
                  {webhookEventTypes.map((event) => (
                    <Checkbox key={event} value={event} label={t.webhooks.eventNames[event]} />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
