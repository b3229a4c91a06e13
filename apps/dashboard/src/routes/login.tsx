import { loginInput } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, errorMessage } from '../api/errors.ts';
import { retryAfterSeconds } from '../api/sdk-recipe.ts';
import { useTRPC } from '../api/trpc.ts';
import { LanguageMenu } from '../components/language-menu.tsx';
import { AnchorLink } from '../components/links.tsx';
import { translateValidation, useT } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/messages.id.ts';

export const loginPageLazy = createLazyRoute('/login')({ component: LoginPage });
const loginRoute = getRouteApi('/login');

type LoginValues = z.input<typeof loginInput>;
const fields = ['login', 'password'] as const;

/** 401 and 429 are about the attempt, not one field: said in the reader's words above the form. */
function loginFailure(t: Messages, error: unknown): string {
  if (isBosError(error, 'UNAUTHORIZED')) return t.login.wrong;
  if (isBosError(error, 'TOO_MANY_REQUESTS')) return t.login.tooMany(retryAfterSeconds(error.message));
  return errorMessage(t, error);
}

function LoginPage() {
  const t = useT();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { redirect: back, expired } = loginRoute.useSearch();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    resolver: zodResolver(loginInput),
    defaultValues: { login: '', password: '' },
  });
  const login = useMutation(trpc.auth.login.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      // The SDK keeps the tokens it gets back (session.ts); all that is left is to go in.
      await login.mutateAsync(values);
      // Back to the page (and its filters) that sent them here.
      await (back ? navigate({ href: back, replace: true }) : navigate({ to: '/', replace: true }));
    } catch (error) {
      if (!applyFieldErrors(t, error, form.setError, fields)) setFailure(loginFailure(t, error));
    }
  });
  const fieldError = (name: (typeof fields)[number]) =>
    translateValidation(t, form.formState.errors[name]?.message);

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t.login.title}
              </Title>
              <Text c="dimmed">{t.login.subtitle}</Text>
            </div>
            {(failure ?? (expired ? t.login.expired : null)) && (
              <Alert color={failure ? 'red' : 'yellow'} icon={<IconAlertTriangle aria-hidden />} role="alert">
                {failure ?? t.login.expired}
              </Alert>
            )}
            <TextInput
              label={t.login.login}
              placeholder={t.login.loginPlaceholder}
              autoComplete="username"
              inputMode="email"
              error={fieldError('login')}
              {...form.register('login')}
            />
            <PasswordInput
              label={t.login.password}
              autoComplete="current-password"
              error={fieldError('password')}
              {...form.register('password')}
            />
            <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
              {t.login.submit}
            </Button>
            <Group justify="space-between" gap="xs">
              <AnchorLink to="/forgot-password" size="sm">
                {t.auth.toForgot}
              </AnchorLink>
              <AnchorLink to="/register" size="sm">
                {t.auth.toRegister}
              </AnchorLink>
            </Group>
            <LanguageMenu />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
