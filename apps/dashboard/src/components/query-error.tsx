import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { errorMessage } from '../api/errors.ts';
import { useT } from '../i18n/i18n.tsx';

/** A list or page that failed to load: why, in plain words, and a way to ask again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t.common.loadFailed} role="alert">
      {errorMessage(t, error)}
      <div>
        <Button mt="sm" variant="light" color="red" leftSection={<IconRefresh size={16} />} onClick={onRetry}>
          {t.common.retry}
        </Button>
      </div>
    </Alert>
  );
}
