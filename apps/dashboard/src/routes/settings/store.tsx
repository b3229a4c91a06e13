import { type StoreView, socialMediaNames, storeUpdateInput } from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Card, Fieldset, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { QueryError } from '../../components/query-error.tsx';
import { reportSaveError, saved, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { LogoDropzone } from '../../components/settings/logo-dropzone.tsx';
import { useStore, useStoreMutations } from '../../hooks/store.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const storePageLazy = createLazyRoute('/signed-in/settings/store')({ component: StorePage });

function StorePage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.store}
      intro={t.settings.store.intro}
      permission="store.manage"
    >
      <StoreLoader />
    </SettingsPageFrame>
  );
}

function StoreLoader() {
  const store = useStore();
  if (store.isPending) return <SettingsSkeleton />;
  if (!store.data) return <QueryError error={store.error} onRetry={() => store.refetch()} />;
  return <StoreForm store={store.data} />;
}

type StoreValues = z.input<typeof storeUpdateInput>;
const fields = ['name', 'description', 'logoUrl', 'csPhone'] as const;
/** An empty optional field means "none", which the API spells null. */
const emptyIsNull = (v: string | null) => (v ? v : null);

function StoreForm({ store }: { store: StoreView }) {
  const t = useT(settingsSection);
  const { update } = useStoreMutations();
  const form = useForm<StoreValues>({
    resolver: zodResolver(storeUpdateInput),
    defaultValues: {
      name: store.name,
      description: store.description ?? '',
      logoUrl: store.logoUrl,
      csPhone: store.csPhone,
      socialMedia: store.socialMedia,
    },
  });
  const social = useFieldArray({ control: form.control, name: 'socialMedia' });
  const errors = form.formState.errors;
  const fieldError = (name: (typeof fields)[number]) => settingsValidation(t, errors[name]?.message);

  const submit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(storeUpdateInput.parse(values));
      saved(t.settings.saved);
    } catch (error) {
      reportSaveError(t, error, form.setError, fields);
    }
  });

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t.settings.store.name}
            required
            error={fieldError('name')}
            {...form.register('name')}
          />
          <Textarea
            label={t.settings.store.description}
            autosize
            minRows={3}
            error={fieldError('description')}
            {...form.register('description')}
          />
          <TextInput
            label={t.settings.store.csPhone}
            type="tel"
            error={fieldError('csPhone')}
            {...form.register('csPhone', { setValueAs: emptyIsNull })}
          />
          <LogoDropzone
            value={form.watch('logoUrl')}
            onChange={(url) => form.setValue('logoUrl', url, { shouldDirty: true, shouldValidate: true })}
          />
          <TextInput
            label={t.settings.store.logoUrl}
            type="url"
            placeholder="https://"
            error={fieldError('logoUrl')}
            {...form.register('logoUrl', { setValueAs: emptyIsNull })}
          />
          <Fieldset legend={t.settings.store.social} variant="unstyled">
            <Stack gap="xs">
              {social.fields.map((item, index) => (
                <Group key={item.id} align="flex-start" wrap="nowrap" gap="xs">
                  <Controller
                    control={form.control}
                    name={`socialMedia.${index}.name`}
                    render={({ field }) => (
                      <Select
                        aria-label={`${t.settings.store.socialName} ${index + 1}`}
                        data={[...socialMediaNames]}
                        value={field.value}
                        onChange={(v) => v && field.onChange(v)}
                        allowDeselect={false}
                        w={140}
                      />
                    )}
                  />
                  <TextInput
                    aria-label={`${t.settings.store.socialUrl} ${index + 1}`}
                    placeholder="https://"
                    type="url"
                    style={{ flexGrow: 1 }}
                    error={settingsValidation(t, errors.socialMedia?.[index]?.url?.message)}
                    {...form.register(`socialMedia.${index}.url`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="input-sm"
                    onClick={() => social.remove(index)}
                    aria-label={`${t.settings.store.removeSocial} ${index + 1}`}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              {social.fields.length < 10 && (
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<IconPlus size={14} aria-hidden />}
                  onClick={() => social.append({ name: 'instagram', url: '' })}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t.settings.store.addSocial}
                </Button>
              )}
            </Stack>
          </Fieldset>
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
