import {
  type ConversionDeliveryView,
  type ConversionSettingsUpdate,
  type ConversionSettingsView,
  conversionSettingsUpdateInput,
  conversionTriggers,
  prepaidConversionTriggers,
} from '@bosonline/contracts';
import {
  Badge,
  Button,
  Card,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  useConversionDeliveries,
  useConversionSettings,
  useUpdateConversionSettings,
} from '../../hooks/conversions.ts';
import { conversionsSection } from '../../i18n/conversions.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { ConversionDeliveryRow } from '../conversion/delivery-row.tsx';
import { QueryError } from '../query-error.tsx';
import { act, reportSaveError, saved, settingsValidation } from '../settings/feedback.ts';
import { SettingsSkeleton } from '../settings/gate.tsx';

/** This file's pages' words (i18n.tsx `Sections`). */
const words = { ...conversionsSection, ...settingsSection };

// The form's server-side conversions: write-only access tokens, the Purchase event per payment
// kind, and what was sent. Its own card below the builder: the settings are saved on their own
// (conversion.updateSettings), and tokens must never travel back into the builder's form state.

export function ConversionPanel({ formId }: { formId: string }) {
  const t = useT(words);
  const settings = useConversionSettings(formId);
  return (
    <Card withBorder component="section" aria-labelledby="conversion-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="conversion-title">
          {t.conversions.title}
        </Title>
        <Text size="sm" c="dimmed">
          {t.conversions.intro}
        </Text>
        {settings.isPending ? (
          <SettingsSkeleton />
        ) : settings.data ? (
          <ConversionForm key={JSON.stringify(settings.data)} current={settings.data} />
        ) : (
          <QueryError error={settings.error} onRetry={() => settings.refetch()} />
        )}
        <Title order={3} size="h5" mt="sm">
          {t.conversions.log}
        </Title>
        <ConversionLog formId={formId} />
      </Stack>
    </Card>
  );
}

type Values = {
  metaAccessToken: string;
  tiktokAccessToken: string;
  codPurchaseOn: ConversionSettingsView['codPurchaseOn'];
  prepaidPurchaseOn: ConversionSettingsView['prepaidPurchaseOn'];
};
const fields = ['metaAccessToken', 'tiktokAccessToken', 'codPurchaseOn', 'prepaidPurchaseOn'] as const;

function ConversionForm({ current }: { current: ConversionSettingsView }) {
  const t = useT(words);
  const update = useUpdateConversionSettings();
  const [removing, setRemoving] = useState<string | null>(null);
  const form = useForm<Values>({
    defaultValues: {
      metaAccessToken: '',
      tiktokAccessToken: '',
      codPurchaseOn: current.codPurchaseOn,
      prepaidPurchaseOn: current.prepaidPurchaseOn,
    },
  });
  const { errors } = form.formState;
  const err = (message: string | undefined) => settingsValidation(t, message);

  const submit = form.handleSubmit(async (values) => {
    // A blank token field keeps the saved token: tokens are never shown, so blank means "unchanged".
    const input: ConversionSettingsUpdate = {
      id: current.formId,
      codPurchaseOn: values.codPurchaseOn,
      prepaidPurchaseOn: values.prepaidPurchaseOn,
      ...(values.metaAccessToken.trim() ? { metaAccessToken: values.metaAccessToken } : {}),
      ...(values.tiktokAccessToken.trim() ? { tiktokAccessToken: values.tiktokAccessToken } : {}),
    };
    const parsed = conversionSettingsUpdateInput.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (fields.includes(field as (typeof fields)[number])) {
          form.setError(field as (typeof fields)[number], { message: issue.message });
        }
      }
      return;
    }
    try {
      await update.mutateAsync(parsed.data);
      saved(t.conversions.saved);
    } catch (error) {
      reportSaveError(t, error, form.setError, fields);
    }
  });

  const remove = async (field: 'metaAccessToken' | 'tiktokAccessToken') => {
    setRemoving(field);
    await act(t, () => update.mutateAsync({ id: current.formId, [field]: null }), t.conversions.removed);
    setRemoving(null);
  };

  const token = (field: 'metaAccessToken' | 'tiktokAccessToken', pixelId: string | null) => {
    const isSet = current[field] === 'set';
    return (
      <Stack gap={4}>
        <PasswordInput
          label={
            <Group gap={6} component="span">
              {field === 'metaAccessToken' ? t.conversions.metaToken : t.conversions.tiktokToken}
              <Badge size="xs" variant="light" color={isSet ? 'green' : 'gray'} component="span">
                {isSet ? t.conversions.tokenSet : t.conversions.tokenNotSet}
              </Badge>
            </Group>
          }
          description={pixelId ? t.conversions.tokenHint : t.conversions.noPixel}
          placeholder={isSet ? t.conversions.tokenPlaceholderSet : undefined}
          autoComplete="off"
          error={err(errors[field]?.message)}
          {...form.register(field)}
        />
        {isSet && (
          <Button
            variant="subtle"
            color="red"
            size="compact-xs"
            w="fit-content"
            loading={removing === field}
            onClick={() => remove(field)}
          >
            {t.conversions.removeToken}
          </Button>
        )}
      </Stack>
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {token('metaAccessToken', current.metaPixelId)}
          {token('tiktokAccessToken', current.tiktokPixelId)}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t.conversions.codPurchaseOn}
            description={t.conversions.codHint}
            allowDeselect={false}
            data={conversionTriggers.map((v) => ({ value: v, label: t.conversions.triggers[v] }))}
            value={form.watch('codPurchaseOn')}
            onChange={(v) => v && form.setValue('codPurchaseOn', v as Values['codPurchaseOn'])}
            error={err(errors.codPurchaseOn?.message)}
          />
          <Select
            label={t.conversions.prepaidPurchaseOn}
            allowDeselect={false}
            data={prepaidConversionTriggers.map((v) => ({ value: v, label: t.conversions.triggers[v] }))}
            value={form.watch('prepaidPurchaseOn')}
            onChange={(v) => v && form.setValue('prepaidPurchaseOn', v as Values['prepaidPurchaseOn'])}
            error={err(errors.prepaidPurchaseOn?.message)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            loading={update.isPending}
          >
            {t.conversions.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ConversionLog({ formId }: { formId: string }) {
  const t = useT(words);
  const log = useConversionDeliveries(formId);
  if (log.isPending) return <SettingsSkeleton />;
  if (!log.data) return <QueryError error={log.error} onRetry={() => log.refetch()} />;
  const rows = log.data.pages.flatMap((page) => page.items);
  if (rows.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t.conversions.logEmpty}
      </Text>
    );
  return (
    <Stack gap={6} aria-label={t.conversions.log} component="section">
      {rows.map((d: ConversionDeliveryView) => (
        <ConversionDeliveryRow key={d.id} delivery={d} showInvoice />
      ))}
      {log.hasNextPage && (
        <Button variant="subtle" onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
          {t.conversions.more}
        </Button>
      )}
    </Stack>
  );
}
