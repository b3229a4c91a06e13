import { sellerNoteCreateInput } from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Card, Group, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconNote } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatDateTime } from '../../format.ts';
import { useAdminCan } from '../../hooks/admin.ts';
import { useAddSellerNote, useSellerNotes } from '../../hooks/admin-console.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { LoadMore } from '../load-more.tsx';
import { QueryError } from '../query-error.tsx';
import { reportSaveError, saved, settingsValidation } from '../settings/feedback.ts';

type NoteValues = z.input<typeof sellerNoteCreateInput>;

/** Staff notes on a seller, newest first; those whose role may write notes add them here. */
export function SellerNotes({ sellerId }: { sellerId: string }) {
  const t = useT(settingsSection);
  const c = useConsoleT();
  const can = useAdminCan();
  const notes = useSellerNotes(sellerId);
  const items = notes.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card withBorder component="section" aria-labelledby="seller-notes-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="seller-notes-title">
            {c.notes.title}
          </Title>
          <Text size="xs" c="dimmed">
            {c.notes.hint}
          </Text>
        </div>
        {can('seller.note') && <AddNote sellerId={sellerId} />}
        {notes.isPending ? (
          <Skeleton h={60} aria-busy="true" />
        ) : !notes.data ? (
          <QueryError error={notes.error} onRetry={() => notes.refetch()} />
        ) : items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {c.notes.empty}
          </Text>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            aria-label={c.notes.title}
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {items.map((note) => (
              <Card key={note.id} component="li" withBorder padding="sm" bg="gray.0">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {note.body}
                </Text>
                <Text size="xs" c="dimmed" mt={4} style={{ wordBreak: 'break-word' }}>
                  {formatDateTime(t.locale, note.createdAt)} · {c.notes.by(note.author.email)}
                  {note.updatedBy && ` · ${c.notes.edited(note.updatedBy.email)}`}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
        <LoadMore list={notes} size="xs" />
      </Stack>
    </Card>
  );
}

function AddNote({ sellerId }: { sellerId: string }) {
  const t = useT(settingsSection);
  const c = useConsoleT();
  const add = useAddSellerNote();
  const form = useForm<NoteValues>({
    resolver: zodResolver(sellerNoteCreateInput),
    defaultValues: { id: sellerId, body: '' },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await add.mutateAsync(sellerNoteCreateInput.parse(values));
      saved(c.notes.added);
      form.reset({ id: sellerId, body: '' });
    } catch (error) {
      reportSaveError(t, error, form.setError, ['body']);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={c.notes.body}
          placeholder={c.notes.placeholder}
          autosize
          minRows={2}
          maxRows={8}
          error={settingsValidation(t, form.formState.errors.body?.message)}
          {...form.register('body')}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            size="xs"
            leftSection={<IconNote size={14} />}
            loading={form.formState.isSubmitting}
          >
            {c.notes.add}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
