import { type StaffView, staffCreateInput, staffRoles, staffUpdateInput } from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, NativeSelect, PasswordInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useStaffMutations } from '../../hooks/staff.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { EditDialog } from './edit-dialog.tsx';
import { act, settingsValidation } from './feedback.ts';

type InviteValues = z.input<typeof staffCreateInput>;
const inviteFields = ['name', 'email', 'phone', 'role', 'password', 'weight'] as const;

/** A weight typed as text; an empty one falls back to the schema's default. */
const weightValue = (v: string | number | undefined) => (v === '' || v === undefined ? undefined : Number(v));

export function InviteDialog({ onClose }: { onClose: () => void }) {
  const t = useT(settingsSection);
  const { create } = useStaffMutations();
  const form = useForm<InviteValues>({
    resolver: zodResolver(staffCreateInput),
    defaultValues: { name: '', email: '', phone: '', role: 'cs', weight: 1 },
  });
  const fieldError = (name: (typeof inviteFields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  return (
    <EditDialog
      title={t.settings.staff.inviteTitle}
      form={form}
      fields={inviteFields}
      saveLabel={t.settings.staff.invite}
      onClose={onClose}
      onSave={async (values) => {
        const member = await create.mutateAsync(staffCreateInput.parse(values));
        return t.settings.staff.invited(member.name, member.invitationSent);
      }}
    >
      <TextInput
        label={t.settings.staff.name}
        required
        error={fieldError('name')}
        {...form.register('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t.settings.staff.email}
          required
          type="email"
          error={fieldError('email')}
          {...form.register('email')}
        />
        <TextInput
          label={t.settings.staff.phone}
          required
          type="tel"
          error={fieldError('phone')}
          {...form.register('phone')}
        />
        <NativeSelect
          label={t.settings.staff.role}
          data={staffRoles.map((r) => ({ value: r, label: t.app.role[r] }))}
          {...form.register('role')}
        />
        <TextInput
          label={t.settings.staff.weight}
          inputMode="numeric"
          error={fieldError('weight')}
          {...form.register('weight', { setValueAs: weightValue })}
        />
      </SimpleGrid>
      <PasswordInput
        label={t.settings.staff.password}
        description={t.settings.staff.passwordHint}
        autoComplete="new-password"
        error={fieldError('password')}
        {...form.register('password', { setValueAs: (v: string | undefined) => (v ? v : undefined) })}
      />
    </EditDialog>
  );
}

type EditValues = z.input<typeof staffUpdateInput>;

/** Role and share of orders, and whether the member may work at all. */
export function EditMemberDialog({ member, onClose }: { member: StaffView; onClose: () => void }) {
  const t = useT(settingsSection);
  const { update, setStatus, remove } = useStaffMutations();
  const form = useForm<EditValues>({
    resolver: zodResolver(staffUpdateInput),
    defaultValues: { id: member.id, role: member.role === 'admin' ? 'admin' : 'cs', weight: member.weight },
  });
  const toggle = async () => {
    const status = member.status === 'active' ? 'inactive' : 'active';
    if (await act(t, () => setStatus.mutateAsync({ id: member.id, status }), t.settings.staff.statusChanged))
      onClose();
  };
  // Only the invited person switches an invitation on; the store may take it back.
  const cancel = async () => {
    const done = () => remove.mutateAsync({ id: member.id });
    if (await act(t, done, t.settings.staff.invitationCancelled)) onClose();
  };
  return (
    <EditDialog
      title={t.settings.staff.editTitle(member.name)}
      form={form}
      fields={['role', 'weight']}
      onClose={onClose}
      size="md"
      onSave={async (values) => {
        await update.mutateAsync(staffUpdateInput.parse(values));
        return t.settings.saved;
      }}
      extra={
        member.status === 'invited' ? (
          <Button variant="subtle" color="red" onClick={cancel}>
            {t.settings.staff.cancelInvitation}
          </Button>
        ) : (
          <Button variant="subtle" color={member.status === 'active' ? 'red' : 'green'} onClick={toggle}>
            {member.status === 'active' ? t.settings.staff.deactivate : t.settings.staff.activate}
          </Button>
        )
      }
    >
      {member.status === 'invited' && (
        <Text size="sm" c="dimmed">
          {t.settings.staff.waiting}
        </Text>
      )}
      <NativeSelect
        label={t.settings.staff.role}
        data={staffRoles.map((r) => ({ value: r, label: t.app.role[r] }))}
        {...form.register('role')}
      />
      <TextInput
        label={t.settings.staff.weight}
        description={t.settings.staff.weightHint}
        inputMode="numeric"
        error={settingsValidation(t, form.formState.errors.weight?.message)}
        {...form.register('weight', { setValueAs: weightValue })}
      />
    </EditDialog>
  );
}
