import { forgotPasswordInput } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { AuthCard } from '../../components/auth/auth-card.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { translateValidation, useT } from '../../i18n/i18n.tsx';
import type { Messages } from '../../i18n/messages.id.ts';

export const forgotPasswordPageLazy = createLazyRoute('/forgot-password')({ component: ForgotPasswordPage });
const forgotPasswordRoute = getRouteApi('/forgot-password');

const fields = ['login'] as const;

function forgotFailure(t: Messages, error: unknown): string {
  if (isBosError(error, 'TOO_MANY_REQUESTS')) return t.auth.forgot.tooMany;
  if (isBosError(error) && error.data?.httpStatus === 503) return t.auth.forgot.unavailable;
  return errorMessage(t, error);
}

function ForgotPasswordPage() {
  const t = useT();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { login } = forgotPasswordRoute.useSearch();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(forgotPasswordInput), defaultValues: { login: login ?? '' } });
  const forgot = useMutation(trpc.auth.forgotPassword.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      // The answer is the same whether or not the account exists (no one learns who is registered).
      await forgot.mutateAsync(values);
      await navigate({ to: '/reset-password', search: { login: values.login } });
    } catch (error) {
      if (!applyFieldErrors(t, error, form.setError, fields)) setFailure(forgotFailure(t, error));
    }
  });

  return (
    <AuthCard
      title={t.auth.forgot.title}
      subtitle={t.auth.forgot.subtitle}
      failure={failure}
      onSubmit={submit}
      footer={
        <AnchorLink to="/login" size="sm" ta="center">
          {t.auth.toLogin}
        </AnchorLink>
      }
    >
      <TextInput
        label={t.login.login}
        placeholder={t.login.loginPlaceholder}
        autoComplete="username"
        inputMode="email"
        error={translateValidation(t, form.formState.errors.login?.message)}
        {...form.register('login')}
      />
      <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
        {t.auth.forgot.submit}
      </Button>
    </AuthCard>
  );
}
