import { Button, Code, Drawer, Skeleton, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useCacheDrops, useCacheEntry } from '../../hooks/admin-cache.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { QueryError } from '../query-error.tsx';
import { ConfirmDrop } from './confirm-drop.tsx';

/** Seconds as "2 j 5 mnt" / "9 min 58 sec": the two largest units, a zero one left out. */
function duration(locale: string, seconds: number): string {
  const parts: [number, 'hour' | 'minute' | 'second'][] = [
    [Math.floor(seconds / 3600), 'hour'],
    [Math.floor((seconds % 3600) / 60), 'minute'],
    [seconds % 60, 'second'],
  ];
  const from = Math.max(
    0,
    parts.findIndex(([n]) => n > 0),
  );
  const shown = parts.slice(from, from + 2).filter(([n], i) => i === 0 || n > 0);
  return shown
    .map(([n, unit]) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(n),
    )
    .join(' ');
}

// Values wrap instead of scrolling sideways: a phone shows all of them, and a region that
// scrolls would need to be reachable by keyboard.
const wrapped = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

/** "Specific Cache key": one key's value, pretty-printed, its time to live, and deleting it. */
export function CacheKeyDrawer({ cacheKey, onClose }: { cacheKey: string; onClose: () => void }) {
  const t = useT();
  const c = useConsoleT().cache;
  const entry = useCacheEntry(cacheKey);
  const { deleteKey } = useCacheDrops();
  const [confirming, setConfirming] = useState(false);

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={c.entry}
      closeButtonProps={{ 'aria-label': t.common.closeDialog }}
    >
      <Stack gap="md">
        <Code block style={wrapped} fw={600}>
          {cacheKey}
        </Code>
        {entry.isPending ? (
          <Stack aria-busy="true">
            <Skeleton h={20} />
            <Skeleton h={160} />
          </Stack>
        ) : !entry.data ? (
          <QueryError error={entry.error} onRetry={() => entry.refetch()} />
        ) : (
          <>
            <div>
              <Text size="xs" c="dimmed">
                {c.ttl}
              </Text>
              <Text size="sm">
                {entry.data.ttlSeconds === null
                  ? c.noTtl
                  : c.ttlLeft(duration(t.locale, entry.data.ttlSeconds))}
              </Text>
            </div>
            <Button
              color="red"
              variant="light"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setConfirming(true)}
              style={{ alignSelf: 'flex-start' }}
            >
              {c.deleteKey}
            </Button>
            <div>
              <Text size="xs" c="dimmed" id="cache-value-label">
                {c.value}
              </Text>
              <Code block style={wrapped} aria-labelledby="cache-value-label">
                {JSON.stringify(entry.data.value, null, 2)}
              </Code>
            </div>
          </>
        )}
      </Stack>
      {confirming && (
        <ConfirmDrop
          title={c.deleteKeyTitle}
          body={c.deleteKeyBody(cacheKey)}
          drop={() => deleteKey.mutateAsync({ key: cacheKey })}
          onClose={() => setConfirming(false)}
          onDone={onClose}
        />
      )}
    </Drawer>
  );
}
