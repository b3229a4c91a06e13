import {
  type FollowUpTemplateKind,
  followUpPlaceholders,
  followUpTemplateInput,
  followUpTemplateKinds,
} from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Code, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { createLazyRoute } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { QueryError } from '../../components/query-error.tsx';
import { reportSaveError, saved, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { useFollowUpTemplates, useSaveFollowUpTemplate } from '../../hooks/follow-up.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const templatesPageLazy = createLazyRoute('/signed-in/settings/templates')({
  component: TemplatesPage,
});

function TemplatesPage() {
  const t = useT(settingsSection);
  return (
    // Writing the texts is the managers' call (order.manage); CS sends them from an order.
    <SettingsPageFrame
      title={t.settingsNav.pages.templates}
      intro={t.settings.templates.intro}
      permission="order.manage"
    >
      <TemplateList />
    </SettingsPageFrame>
  );
}

function TemplateList() {
  const t = useT(settingsSection);
  const list = useFollowUpTemplates();
  if (list.isPending) return <SettingsSkeleton />;
  if (!list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  if (list.data.length === 0) return <Text c="dimmed">{t.settings.templates.empty}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm">
        {t.settings.templates.placeholders}{' '}
        {followUpPlaceholders.map((p) => (
          <Code key={p} mr={4}>{`{${p}}`}</Code>
        ))}
      </Text>
      {/* One group per kind of order: a COD buyer never reads about transfers. */}
      {followUpTemplateKinds.map((kind) => (
        <Stack key={kind} gap="sm" component="section" aria-labelledby={`templates-${kind}`}>
          <div>
            <Title order={2} size="h4" id={`templates-${kind}`}>
              {t.settings.templates.kinds[kind]}
            </Title>
            <Text size="sm" c="dimmed">
              {t.settings.templates.kindIntro[kind]}
            </Text>
          </div>
          {list.data
            .filter((template) => template.kind === kind)
            .map((template) => (
              <TemplateForm key={`${kind}:${template.attempt}:${template.message}`} {...template} />
            ))}
        </Stack>
      ))}
    </Stack>
  );
}

type TemplateValues = z.input<typeof followUpTemplateInput>;

function TemplateForm({
  kind,
  attempt,
  message,
  isDefault,
}: {
  kind: FollowUpTemplateKind;
  attempt: number;
  message: string;
  isDefault: boolean;
}) {
  const t = useT(settingsSection);
  const save = useSaveFollowUpTemplate();
  const form = useForm<TemplateValues>({
    resolver: zodResolver(followUpTemplateInput),
    defaultValues: { kind, attempt, message },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(followUpTemplateInput.parse(values));
      saved(t.settings.saved);
    } catch (error) {
      reportSaveError(t, error, form.setError, ['message']);
    }
  });
  const titleId = `template-${kind}-${attempt}`;
  return (
    // Named with its kind: two cards called "Pengingat ke-1" would be one name for two places.
    <Card withBorder component="section" aria-labelledby={`templates-${kind} ${titleId}`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h5" id={titleId}>
              {t.settings.templates.attempt(attempt)}
            </Title>
            <Badge variant="light" color={isDefault ? 'gray' : 'brand'}>
              {isDefault ? t.settings.templates.builtIn : t.settings.templates.custom}
            </Badge>
          </Group>
          <Textarea
            aria-label={t.settings.templates.message(t.settings.templates.kinds[kind], attempt)}
            autosize
            minRows={3}
            error={settingsValidation(t, form.formState.errors.message?.message)}
            {...form.register('message')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
              {t.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
