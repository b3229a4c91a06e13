import type { Invitation } from '@bosonline/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../../format.ts';
import { useAnswerInvitation, useInvitations } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { act } from '../settings/feedback.ts';

/**
 * Stores that added this person to their team: nothing of theirs opens until the person accepts
 * here. Shows nothing when there is no invitation (or the list cannot be read: it is not urgent).
 */
export function InvitationsCard() {
  const t = useT();
  const invitations = useInvitations();
  if (!invitations.data?.length) return null;
  return (
    <Card withBorder component="section" aria-labelledby="invitations-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="invitations-title">
            {t.home.invitations.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t.home.invitations.intro}
          </Text>
        </div>
        {invitations.data.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} />
        ))}
      </Stack>
    </Card>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const t = useT();
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
          onClick={() => act(t, () => accept.mutateAsync({ id: invitation.id }), words.accepted(store))}
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
