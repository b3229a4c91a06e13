import {
  Button,
  Card,
  Code,
  Group,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useCacheDrops, useCacheOwner } from '../../hooks/admin-cache.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { QueryError } from '../query-error.tsx';
import { ConfirmDrop } from './confirm-drop.tsx';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Specific Cache User": what is cached for a seller's stores (or one store), and dropping it. */
export function CacheOwner({ onOpen }: { onOpen: (key: string) => void }) {
  const c = useConsoleT().cache;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [id, setId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const owner = useCacheOwner(id);
  const { forgetUser } = useCacheDrops();
  const keyCount = owner.data?.stores.reduce((n, s) => n + s.keys.length, 0) ?? 0;

  return (
    <Card withBorder component="section" aria-labelledby="cache-owner-title">
      <Title order={2} size="h4" id="cache-owner-title" mb="xs">
        {c.owner}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const value = text.trim();
          if (!uuid.test(value)) return setError(c.ownerIdInvalid);
          setError(null);
          setId(value.toLowerCase());
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={c.ownerId}
            description={c.ownerHint}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={error}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
            {c.lookUp}
          </Button>
        </Group>
      </form>

      {id !== null && (
        <Stack gap="sm" mt="md" aria-live="polite">
          {owner.isPending ? (
            <Skeleton h={48} aria-busy="true" />
          ) : !owner.data ? (
            <QueryError error={owner.error} onRetry={() => owner.refetch()} />
          ) : owner.data.stores.length === 0 ? (
            <Text size="sm" c="dimmed">
              {c.ownerNoStores}
            </Text>
          ) : (
            <>
              {owner.data.stores.map((store) => (
                <div key={store.storeId}>
                  <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                    {c.ownerStore(store.storeId)}
                  </Text>
                  {store.keys.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {c.ownerEmpty}
                    </Text>
                  ) : (
                    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {store.keys.map((key) => (
                        <li key={key}>
                          <UnstyledButton onClick={() => onOpen(key)} aria-label={c.open(key)}>
                            <Code c="brand.8" style={{ wordBreak: 'break-all' }}>
                              {key}
                            </Code>
                          </UnstyledButton>
                        </li>
                      ))}
                    </Stack>
                  )}
                </div>
              ))}
              {keyCount > 0 && (
                <Button
                  color="red"
                  variant="light"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => setConfirming(true)}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {c.forget}
                </Button>
              )}
            </>
          )}
        </Stack>
      )}
      {confirming && id && (
        <ConfirmDrop
          title={c.forgetTitle}
          body={c.forgetBody(id)}
          drop={() => forgetUser.mutateAsync({ id })}
          onClose={() => setConfirming(false)}
        />
      )}
    </Card>
  );
}
