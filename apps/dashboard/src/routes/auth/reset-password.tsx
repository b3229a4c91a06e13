import { resetPasswordInput } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBrandWhatsapp } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { AuthCard } from '../../components/auth/auth-card.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { translateValidation, useT } from '../../i18n/i18n.tsx';

export const resetPasswordPageLazy = createLazyRoute('/reset-password')({ component: ResetPasswordPage });
const resetPasswordRoute = getRouteApi('/reset-password');

const fields = ['token', 'password'] as const;

function ResetPasswordPage() {
  const t = useT();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { login } = resetPasswordRoute.useSearch();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(resetPasswordInput),
    defaultValues: { token: '', password: '' },
  });
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await reset.mutateAsync(values);
      notifications.show({ color: 'green', message: t.auth.reset.done });
      await navigate({ to: '/login', replace: true });
    } catch (error) {
      if (applyFieldErrors(t, error, form.setError, fields)) return;
      // A wrong, used or expired code is the server's 401: it belongs under the code field.
      if (isBosError(error, 'UNAUTHORIZED'))
        form.setError('token', { type: 'server', message: t.auth.reset.invalid });
      else setFailure(errorMessage(t, error));
    }
  });
  const fieldError = (name: (typeof fields)[number]) =>
    translateValidation(t, form.formState.errors[name]?.message);

  return (
    <AuthCard
      title={t.auth.reset.title}
      failure={failure}
      onSubmit={submit}
      footer={
        <AnchorLink to="/forgot-password" search={{ login }} size="sm" ta="center">
          {t.auth.reset.again}
        </AnchorLink>
      }
    >
      <Alert color="teal" icon={<IconBrandWhatsapp aria-hidden />}>
        {t.auth.reset.sent}
      </Alert>
      <TextInput
        label={t.auth.reset.token}
        autoComplete="one-time-code"
        spellCheck={false}
        error={fieldError('token')}
        {...form.register('token', { setValueAs: (value: string) => value.trim() })}
      />
      <PasswordInput
        label={t.auth.reset.password}
        description={t.auth.register.passwordHint}
        autoComplete="new-password"
        error={fieldError('password')}
        {...form.register('password')}
      />
      <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
        {t.auth.reset.submit}
      </Button>
    </AuthCard>
  );
}
