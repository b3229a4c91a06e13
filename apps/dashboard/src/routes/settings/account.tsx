import { changePasswordInput, type Me, updateProfileInput } from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createLazyRoute } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useTRPC } from '../../api/trpc.ts';
import { reportSaveError, saved, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { useMe } from '../../hooks/profile.ts';
import { useSessionMutations } from '../../hooks/session.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const accountPageLazy = createLazyRoute('/signed-in/settings/account')({ component: AccountPage });

function AccountPage() {
  const t = useT(settingsSection);
  const me = useMe();
  return (
    <SettingsPageFrame title={t.settingsNav.pages.account} intro={t.settings.account.intro}>
      {me.data ? (
        <Stack gap="md">
          <ProfileForm me={me.data} />
          <PasswordForm />
        </Stack>
      ) : (
        <SettingsSkeleton />
      )}
    </SettingsPageFrame>
  );
}

type ProfileValues = z.input<typeof updateProfileInput>;
const profileFields = ['name', 'email', 'phone'] as const;

function ProfileForm({ me }: { me: Me }) {
  const t = useT(settingsSection);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(
    trpc.profile.update.mutationOptions({
      onSuccess: (next) => queryClient.setQueryData(trpc.profile.me.queryKey(), next),
    }),
  );
  const form = useForm<ProfileValues>({
    resolver: zodResolver(updateProfileInput),
    defaultValues: { name: me.name, email: me.email, phone: me.phone },
  });
  const fieldError = (name: (typeof profileFields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  const submit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(updateProfileInput.parse(values));
      saved(t.settings.saved);
    } catch (error) {
      reportSaveError(t, error, form.setError, profileFields);
    }
  });
  return (
    <Card withBorder component="section" aria-labelledby="profile-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="profile-title">
            {t.settingsNav.pages.account}
          </Title>
          <TextInput
            label={t.settings.account.name}
            required
            autoComplete="name"
            error={fieldError('name')}
            {...form.register('name')}
          />
          <TextInput
            label={t.settings.account.email}
            required
            type="email"
            autoComplete="email"
            error={fieldError('email')}
            {...form.register('email')}
          />
          <TextInput
            label={t.settings.account.phone}
            required
            type="tel"
            autoComplete="tel"
            error={fieldError('phone')}
            {...form.register('phone')}
          />
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

type PasswordValues = z.input<typeof changePasswordInput>;
const passwordFields = ['currentPassword', 'newPassword'] as const;

function PasswordForm() {
  const t = useT(settingsSection);
  const { changePassword } = useSessionMutations();
  const form = useForm<PasswordValues>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const fieldError = (name: (typeof passwordFields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  const submit = form.handleSubmit(async (values) => {
    try {
      const { revoked } = await changePassword.mutateAsync(values);
      saved(t.settings.account.passwordChanged(revoked));
      form.reset();
    } catch (error) {
      // A wrong current password comes back as that field's error, and lands under it.
      reportSaveError(t, error, form.setError, passwordFields);
    }
  });
  return (
    <Card withBorder component="section" aria-labelledby="password-title">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="password-title">
            {t.settings.account.password}
          </Title>
          <PasswordInput
            label={t.settings.account.currentPassword}
            required
            autoComplete="current-password"
            error={fieldError('currentPassword')}
            {...form.register('currentPassword')}
          />
          <PasswordInput
            label={t.settings.account.newPassword}
            required
            autoComplete="new-password"
            error={fieldError('newPassword')}
            {...form.register('newPassword')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t.settings.account.changePassword}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
