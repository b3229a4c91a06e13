import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FailureAlert } from '../failure-alert.tsx';
import { LanguageMenu } from '../language-menu.tsx';

/** The frame of the signed-out pages (register, forgot and reset password), as login looks. */
export function AuthCard(props: {
  title: string;
  subtitle?: string;
  /** A failure that is about the attempt, not one field. */
  failure?: string | null;
  onSubmit: () => void;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460}>
        <form onSubmit={props.onSubmit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {props.title}
              </Title>
              {props.subtitle && <Text c="dimmed">{props.subtitle}</Text>}
            </div>
            <FailureAlert failure={props.failure} />
            {props.children}
            {props.footer}
            <LanguageMenu />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
