import { adminLoginInput } from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { LanguageMenu } from '../../components/language-menu.tsx';
import { adminSection, type WithAdmin } from '../../i18n/admin.ts';
import { translateValidation, useT } from '../../i18n/i18n.tsx';

export const adminLoginPageLazy = createLazyRoute('/admin/login')({ component: AdminLoginPage });
const adminLoginRoute = getRouteApi('/admin/login');

type LoginValues = z.input<typeof adminLoginInput>;
const fields = ['email', 'password'] as const;

function loginFailure(t: WithAdmin, error: unknown): string {
  if (isBosError(error, 'UNAUTHORIZED')) return t.admin.login.wrong;
  if (isBosError(error, 'TOO_MANY_REQUESTS')) return t.login.tooMany(error.retryAfterSeconds ?? null);
  return errorMessage(t, error);
}

/** The staff's own login: `admin.auth.login` through the admin client (layout.tsx keeps its tokens). */
function AdminLoginPage() {
  const t = useT(adminSection);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { redirect: back, expired } = adminLoginRoute.useSearch();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    resolver: zodResolver(adminLoginInput),
    defaultValues: { email: '', password: '' },
  });
  const login = useMutation(trpc.admin.auth.login.mutationOptions());

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await login.mutateAsync(values);
      await (back ? navigate({ href: back, replace: true }) : navigate({ to: '/admin', replace: true }));
    } catch (error) {
      if (!applyFieldErrors(t, error, form.setError, fields)) setFailure(loginFailure(t, error));
    }
  });
  const fieldError = (name: (typeof fields)[number]) =>
    translateValidation(t, form.formState.errors[name]?.message);

  return (
    <Center mih="100vh" p="md" bg="gray.1">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Text c="brand.8" fw={700} size="sm">
                <IconShieldLock size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t.app.name}{' '}
                · {t.admin.console}
              </Text>
              <Title order={1} size="h2">
                {t.admin.login.title}
              </Title>
              <Text c="dimmed">{t.admin.login.subtitle}</Text>
            </div>
            {(failure ?? (expired ? t.admin.login.expired : null)) && (
              <Alert color={failure ? 'red' : 'yellow'} icon={<IconAlertTriangle aria-hidden />} role="alert">
                {failure ?? t.admin.login.expired}
              </Alert>
            )}
            <TextInput
              label={t.admin.login.email}
              type="email"
              autoComplete="username"
              error={fieldError('email')}
              {...form.register('email')}
            />
            <PasswordInput
              label={t.admin.login.password}
              autoComplete="current-password"
              error={fieldError('password')}
              {...form.register('password')}
            />
            <Button type="submit" loading={form.formState.isSubmitting} fullWidth>
              {t.admin.login.submit}
            </Button>
            <LanguageMenu />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
