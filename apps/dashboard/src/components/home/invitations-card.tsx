import type { Invitation } from '@bosonline/contracts';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../../format.ts';
import { useAnswerInvitation, useInvitations } from '../../hooks/profile.ts';
import { useSwitchStore } from '../../hooks/switch-store.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { act } from '../settings/feedback.ts';

/**
 * Stores that added this person to their team: nothing of theirs opens until the person accepts
 * here, and then the store is offered to open at once. Shows nothing when there is no invitation
 * (or the list cannot be read: it is not urgent).
 */
export function InvitationsCard() {
  const t = useT(settingsSection);
  const invitations = useInvitations();
  // The store just joined, offered to open at once (it stays once its invitation is gone).
  const [joined, setJoined] = useState<Invitation['store'] | null>(null);
  if (!invitations.data?.length)
    return joined && <JoinedStore store={joined} onDone={() => setJoined(null)} />;
  return (
    <Card withBorder component="section" aria-labelledby="invitations-title">
      <Stack gap="sm">
        {joined && <JoinedStore store={joined} onDone={() => setJoined(null)} />}
        <div>
          <Title order={2} size="h4" id="invitations-title">
            {t.home.invitations.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t.home.invitations.intro}
          </Text>
        </div>
        {invitations.data.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} onJoined={setJoined} />
        ))}
      </Stack>
    </Card>
  );
}

/** Joined: open that store now, through the store switcher's own mechanism, or stay here. */
function JoinedStore({ store, onDone }: { store: Invitation['store']; onDone: () => void }) {
  const t = useT(settingsSection);
  const words = t.home.invitations;
  const switchStore = useSwitchStore();
  return (
    <Alert color="green" role="status" title={words.joinedTitle(store.name)}>
      <Stack gap="xs">
        <Text size="sm">{words.joinedBody}</Text>
        <Group gap="xs">
          <Button
            size="xs"
            leftSection={<IconBuildingStore size={16} aria-hidden />}
            onClick={() => {
              onDone();
              switchStore(store.id);
            }}
          >
            {words.switchTo(store.name)}
          </Button>
          <Button size="xs" variant="default" onClick={onDone}>
            {words.stay}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function InvitationRow({
  invitation,
  onJoined,
}: {
  invitation: Invitation;
  onJoined: (store: Invitation['store']) => void;
}) {
  const t = useT(settingsSection);
  const { accept, decline } = useAnswerInvitation();
  const words = t.home.invitations;
  const store = invitation.store.name;
  const busy = accept.isPending || decline.isPending;
  return (
    <Group justify="space-between" align="center" gap="xs" wrap="wrap">
      <div>
        <Text fw={600} size="sm">
          {words.invite(store, t.app.role[invitation.role])}
        </Text>
        <Text size="xs" c="dimmed">
          {words.from(invitation.invitedBy?.name ?? null, formatDate(t.locale, invitation.createdAt))}
        </Text>
      </div>
      <Group gap="xs">
        <Button
          size="xs"
          aria-label={words.acceptNamed(store)}
          loading={accept.isPending}
          disabled={busy}
          onClick={async () => {
            if (await act(t, () => accept.mutateAsync({ id: invitation.id }), words.accepted(store))) {
              onJoined(invitation.store);
            }
          }}
        >
          {words.accept}
        </Button>
        <Button
          size="xs"
          variant="default"
          aria-label={words.declineNamed(store)}
          loading={decline.isPending}
          disabled={busy}
          onClick={() => act(t, () => decline.mutateAsync({ id: invitation.id }), words.declined)}
        >
          {words.decline}
        </Button>
      </Group>
    </Group>
  );
}
