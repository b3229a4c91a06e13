import { registerInput } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createLazyRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { AuthCard } from '../../components/auth/auth-card.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { translateValidation, useT } from '../../i18n/i18n.tsx';

export const registerPageLazy = createLazyRoute('/register')({ component: RegisterPage });

const fields = ['name', 'email', 'phone', 'password', 'storeName'] as const;

/** An empty optional field is "not given", which the contract reads as "name it after me". */
const blankAsUndefined = (value: string) => (value.trim() === '' ? undefined : value);

function RegisterPage() {
  const t = useT();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(registerInput),
    defaultValues: { name: '', email: '', phone: '', password: '', storeName: undefined },
  });
  const register = useMutation(trpc.auth.register.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      // The SDK keeps the new seller's tokens (session.ts): they are signed in, in their new store.
      await register.mutateAsync(values);
      queryClient.clear();
      await navigate({ to: '/', replace: true });
    } catch (error) {
      if (applyFieldErrors(t, error, form.setError, fields)) return;
      setFailure(isBosError(error, 'TOO_MANY_REQUESTS') ? t.auth.register.tooMany : errorMessage(t, error));
    }
  });
  const fieldError = (name: (typeof fields)[number]) =>
    translateValidation(t, form.formState.errors[name]?.message);
  const words = t.auth.register;

  return (
    <AuthCard
      title={words.title}
      subtitle={words.subtitle}
      failure={failure}
      onSubmit={submit}
      footer={
        <AnchorLink to="/login" size="sm" ta="center">
          {t.auth.toLogin}
        </AnchorLink>
      }
    >
      <TextInput
        label={words.name}
        autoComplete="name"
        error={fieldError('name')}
        {...form.register('name')}
      />
      <TextInput
        label={words.email}
        type="email"
        autoComplete="email"
        error={fieldError('email')}
        {...form.register('email')}
      />
      <TextInput
        label={words.phone}
        placeholder={words.phonePlaceholder}
        description={words.phoneHint}
        type="tel"
        autoComplete="tel"
        error={fieldError('phone')}
        {...form.register('phone')}
      />
      <PasswordInput
        label={words.password}
        description={words.passwordHint}
        autoComplete="new-password"
        error={fieldError('password')}
        {...form.register('password')}
      />
      <TextInput
        label={words.storeName}
        description={words.storeNameHint}
        autoComplete="organization"
        error={fieldError('storeName')}
        {...form.register('storeName', { setValueAs: blankAsUndefined })}
      />
      <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
        {words.submit}
      </Button>
    </AuthCard>
  );
}
