import { adminRoles, internalUserCreateInput, type internalUserOutput } from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Group,
  NativeSelect,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconFilterOff, IconPencil, IconPlus, IconUsers } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { AdminTable } from '../../components/admin/admin-table.tsx';
import { RequirePermission } from '../../components/admin/permission-notice.tsx';
import { ListStates } from '../../components/list-states.tsx';
import { SearchField } from '../../components/search-field.tsx';
import { EditDialog } from '../../components/settings/edit-dialog.tsx';
import { act, settingsValidation } from '../../components/settings/feedback.ts';
import { formatDate } from '../../format.ts';
import { useAdminMe, useInternalUserList, useInternalUserMutations } from '../../hooks/admin.ts';
import { adminSection } from '../../i18n/admin.ts';
import { useConsoleT } from '../../i18n/admin-console.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import type { InternalUserSearch } from './search.ts';

/** This file's pages' words (i18n.tsx `Sections`). */
const words = { ...adminSection, ...settingsSection };

export const adminUsersPageLazy = createLazyRoute('/admin/staff/users')({ component: UsersGate });
const usersRoute = getRouteApi('/admin/staff/users');

const hasFilters = (search: InternalUserSearch) =>
  Boolean(search.q || search.role || search.active !== undefined);

function UsersGate() {
  const t = useT(words);
  return (
    <RequirePermission permission="adminUser.manage" title={t.admin.users.title}>
      <UsersPage />
    </RequirePermission>
  );
}

function UsersPage() {
  const t = useT(words);
  const search = usersRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/users' });
  const list = useInternalUserList(search);
  const me = useAdminMe();
  const c = useConsoleT();
  const { setActive } = useInternalUserMutations();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<InternalUser | null>(null);
  const setSearch = (patch: Partial<InternalUserSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t.admin.users.title}
          </Title>
          <Text c="dimmed">{t.admin.users.intro}</Text>
        </div>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t.admin.users.create}
        </Button>
      </Group>

      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchField
          value={search.q}
          onSearch={(q) => setSearch({ q })}
          label={t.admin.users.search}
          placeholder={t.admin.users.searchPlaceholder}
        />
        <Select
          label={t.admin.users.role}
          placeholder={t.admin.users.anyRole}
          value={search.role ?? null}
          onChange={(value) => setSearch({ role: (value as InternalUserSearch['role'] | null) ?? undefined })}
          data={adminRoles.map((r) => ({ value: r, label: t.admin.role[r] }))}
          clearable
          style={{ flex: '1 1 150px' }}
        />
        <Select
          label={t.admin.users.active}
          placeholder={t.admin.users.anyActive}
          value={search.active === undefined ? null : String(search.active)}
          onChange={(value) => setSearch({ active: value === null ? undefined : value === 'true' })}
          data={[
            { value: 'true', label: t.admin.users.activeYes },
            { value: 'false', label: t.admin.users.activeNo },
          ]}
          clearable
          style={{ flex: '1 1 150px' }}
        />
        {hasFilters(search) && (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => setSearch({ q: undefined, role: undefined, active: undefined })}
          >
            {t.admin.sellers.clearFilters}
          </Button>
        )}
      </Group>

      <ListStates
        query={list}
        count={items.length}
        skeleton={{ rows: 4 }}
        empty={{
          icon: <IconUsers size={28} aria-hidden />,
          title: t.admin.users.emptyTitle,
          description: hasFilters(search) ? t.admin.users.emptyFiltered : undefined,
        }}
      >
        <AdminTable
          columns={[
            { label: t.admin.users.column.user },
            { label: t.admin.users.column.role, wide: true },
            { label: t.admin.users.column.since, wide: true },
            { label: t.admin.users.column.status },
          ]}
          list={list}
        >
          {items.map((user) => {
            const isMe = user.id === me.data?.id;
            return (
              <Table.Tr key={user.id}>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  <Text size="sm" fw={600}>
                    {user.name}
                    {isMe && (
                      <Badge ml="xs" size="xs" variant="light">
                        {t.admin.users.you}
                      </Badge>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {user.email}
                    <Text span hiddenFrom="sm" inherit>
                      {' · '}
                      {t.admin.role[user.role]}
                    </Text>
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{t.admin.role[user.role]}</Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{formatDate(t.locale, user.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={6} align="flex-start">
                    {/* Never squeezed into "AK…" by a long email beside it. */}
                    <Badge color={user.active ? 'green' : 'gray'} variant="light" miw="max-content">
                      {user.active ? t.admin.users.activeYes : t.admin.users.activeNo}
                    </Badge>
                    <Button
                      size="compact-xs"
                      variant="default"
                      leftSection={<IconPencil size={12} aria-hidden />}
                      aria-label={c.users.editLabel(user.name)}
                      onClick={() => setEditing(user)}
                    >
                      {c.users.edit}
                    </Button>
                    {!isMe && (
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={`${user.active ? t.admin.users.deactivate : t.admin.users.activate}: ${user.name}`}
                        onClick={() =>
                          act(
                            t,
                            () => setActive.mutateAsync({ id: user.id, active: !user.active }),
                            user.active
                              ? t.admin.users.deactivated(user.name)
                              : t.admin.users.activated(user.name),
                          )
                        }
                      >
                        {user.active ? t.admin.users.deactivate : t.admin.users.activate}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </AdminTable>
      </ListStates>
      {creating && <CreateUserDialog onClose={() => setCreating(false)} />}
      {editing && <EditUserDialog user={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

type CreateValues = z.input<typeof internalUserCreateInput>;
const createFields = ['name', 'email', 'password', 'role'] as const;

function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const t = useT(words);
  const { create } = useInternalUserMutations();
  const form = useForm<CreateValues>({
    resolver: zodResolver(internalUserCreateInput),
    defaultValues: { name: '', email: '', password: '', role: 'support' },
  });
  const fieldError = (name: (typeof createFields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  return (
    <EditDialog
      title={t.admin.users.createTitle}
      form={form}
      fields={createFields}
      size="md"
      saveLabel={t.admin.users.create}
      onClose={onClose}
      onSave={async (values) => {
        const user = await create.mutateAsync(internalUserCreateInput.parse(values));
        return t.admin.users.created(user.name);
      }}
    >
      <TextInput label={t.admin.users.name} required error={fieldError('name')} {...form.register('name')} />
      <TextInput
        label={t.admin.users.email}
        type="email"
        required
        error={fieldError('email')}
        {...form.register('email')}
      />
      <NativeSelect
        label={t.admin.users.role}
        data={adminRoles.map((r) => ({ value: r, label: t.admin.role[r] }))}
        {...form.register('role')}
      />
      <PasswordInput
        label={t.admin.users.password}
        description={t.admin.users.passwordHint}
        autoComplete="new-password"
        required
        error={fieldError('password')}
        {...form.register('password')}
      />
    </EditDialog>
  );
}

type InternalUser = z.output<typeof internalUserOutput>;

/** The create form's fields and checks; an empty password keeps the current one. */
const editSchema = internalUserCreateInput.extend({
  password: internalUserCreateInput.shape.password.or(z.literal('')),
});
type EditValues = z.input<typeof editSchema>;

function EditUserDialog({ user, onClose }: { user: InternalUser; onClose: () => void }) {
  const t = useT(words);
  const c = useConsoleT();
  const { update } = useInternalUserMutations();
  const form = useForm<EditValues>({
    resolver: zodResolver(editSchema),
    defaultValues: { name: user.name, email: user.email, role: user.role, password: '' },
  });
  const fieldError = (name: (typeof createFields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  return (
    <EditDialog
      title={c.users.editTitle(user.name)}
      form={form}
      fields={createFields}
      size="md"
      onClose={onClose}
      onSave={async (values) => {
        const next = editSchema.parse(values);
        // Only what changed is sent: an unchanged role is no demotion to check, an empty password no reset.
        const changes = {
          name: next.name !== user.name ? next.name : undefined,
          email: next.email !== user.email ? next.email : undefined,
          role: next.role !== user.role ? next.role : undefined,
          password: next.password || undefined,
        };
        if (Object.values(changes).every((v) => v === undefined)) return c.users.nothing;
        const saved = await update.mutateAsync({ id: user.id, ...changes });
        return c.users.saved(saved.name);
      }}
    >
      <TextInput label={t.admin.users.name} required error={fieldError('name')} {...form.register('name')} />
      <TextInput
        label={t.admin.users.email}
        type="email"
        required
        error={fieldError('email')}
        {...form.register('email')}
      />
      <NativeSelect
        label={t.admin.users.role}
        data={adminRoles.map((r) => ({ value: r, label: t.admin.role[r] }))}
        {...form.register('role')}
      />
      <PasswordInput
        label={c.users.newPassword}
        description={c.users.newPasswordHint}
        autoComplete="new-password"
        error={fieldError('password')}
        {...form.register('password')}
      />
    </EditDialog>
  );
}
