import { Alert, Button, Code, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { CopyValue } from '../copy-value.tsx';

/**
 * A secret the server answers once (an API key, a webhook's signing secret): shown with a copy
 * button and a warning that it will not be shown again, until the seller says it is saved. The
 * caller holds it only while this is open.
 */
export function SecretOnceModal({
  title,
  warning,
  secret,
  copyLabel,
  doneLabel,
  onDone,
  testId,
  children,
}: {
  title: string;
  warning: string;
  secret: string;
  copyLabel: string;
  doneLabel: string;
  onDone: () => void;
  testId?: string;
  /** What the secret belongs to (a webhook's URL), shown above it. */
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <Modal opened onClose={onDone} title={title} closeButtonProps={{ 'aria-label': t.common.close }}>
      <Stack>
        <Alert color="yellow">{warning}</Alert>
        {children}
        <Group gap="xs" wrap="nowrap">
          <Code style={{ overflowWrap: 'anywhere' }} data-testid={testId}>
            {secret}
          </Code>
          <CopyValue value={secret} label={copyLabel} />
        </Group>
        <Group justify="flex-end">
          <Button onClick={onDone}>{doneLabel}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
