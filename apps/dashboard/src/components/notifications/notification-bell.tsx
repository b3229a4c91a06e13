import { ActionIcon, Button, Group, Indicator, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { formatDateTime } from '../../format.ts';
import { useFloating } from '../../hooks/floating.ts';
import { useMarkNotificationsRead, useNotifications } from '../../hooks/notifications.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { AnchorLink } from '../links.tsx';
import { LoadMore } from '../load-more.tsx';
import { QueryError } from '../query-error.tsx';
import { dashboardLink } from './dashboard-link.ts';

/** The header's bell: the unread count on it, the store's notifications in a drawer. */
export function NotificationBell() {
  const t = useT();
  const [opened, { open, close }] = useDisclosure(false);
  const { query, items, unread } = useNotifications();
  const markRead = useMarkNotificationsRead();
  // Read state is the store's, not one member's: the server lets managers change it.
  const canMark = useCan('store.manage');
  const label = t.home.notifications.button(unread);
  // The drawer's code comes after the first screen; a click before then opens it on arrival.
  const { floating, loadNow } = useFloating();

  return (
    <>
      <Indicator
        label={unread > 99 ? '99+' : unread}
        size={18}
        disabled={unread === 0}
        color="red"
        offset={4}
      >
        {/* The browser's own tooltip (title): a floating one costs every first screen its code. */}
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label}
          title={label}
          onClick={() => {
            open();
            loadNow();
          }}
        >
          <IconBell size={20} aria-hidden />
        </ActionIcon>
      </Indicator>
      {floating && (
        <floating.Drawer
          opened={opened}
          onClose={close}
          position="right"
          title={t.home.notifications.title}
          size="md"
          closeButtonProps={{ 'aria-label': t.home.notifications.close }}
        >
          <Stack gap="sm">
            {canMark && unread > 0 && (
              <Button
                variant="light"
                leftSection={<IconChecks size={16} aria-hidden />}
                loading={markRead.isPending && markRead.variables?.all === true}
                onClick={() => markRead.mutate({ all: true })}
              >
                {t.home.notifications.markAllRead}
              </Button>
            )}
            {query.isPending ? (
              <>
                <Skeleton h={64} />
                <Skeleton h={64} />
              </>
            ) : query.isError ? (
              <QueryError error={query.error} onRetry={() => query.refetch()} />
            ) : items.length === 0 ? (
              <Text c="dimmed">{t.home.notifications.empty}</Text>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {items.map((item) => {
                  const target = dashboardLink(item.link);
                  return (
                    <Paper
                      key={item.id}
                      component="li"
                      withBorder
                      p="sm"
                      bg={item.read ? undefined : 'brand.0'}
                    >
                      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                        <Text fw={item.read ? 500 : 700} size="sm">
                          {item.title}
                        </Text>
                        {!item.read && (
                          <Text size="xs" c="red.9" fw={600} style={{ whiteSpace: 'nowrap' }}>
                            {t.home.notifications.unread}
                          </Text>
                        )}
                      </Group>
                      <Text size="sm">{item.body}</Text>
                      <Group justify="space-between" mt={4} gap="xs">
                        <Text size="xs" c="dimmed">
                          {formatDateTime(t.locale, item.createdAt)} {t.common.wib}
                        </Text>
                        <Group gap="xs">
                          {target && (
                            <AnchorLink size="sm" {...target} onClick={close}>
                              {t.home.notifications.open}
                            </AnchorLink>
                          )}
                          {canMark && !item.read && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => markRead.mutate({ ids: [item.id] })}
                            >
                              {t.home.notifications.markRead}
                            </Button>
                          )}
                        </Group>
                      </Group>
                    </Paper>
                  );
                })}
              </Stack>
            )}
            <LoadMore list={query} size="xs" />
          </Stack>
        </floating.Drawer>
      )}
    </>
  );
}
