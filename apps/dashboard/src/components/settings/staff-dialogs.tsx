import { type StaffView, staffCreateInput, staffRoles, staffUpdateInput } from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useStaffMutations } from '../../hooks/staff.ts';
import { useT } from '../../i18n/i18n.tsx';
import { reportSaveError, saved, settingsValidation } from './feedback.ts';

type InviteValues = z.input<typeof staffCreateInput>;
const inviteFields = ['name', 'email', 'phone', 'role', 'password', 'weight'] as const;

/** A weight typed as text; an empty one falls back to the schema's default. */
const weightValue = (v: string | number | undefined) => (v === '' || v === undefined ? undefined : Number(v));

export function InviteDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { create } = useStaffMutations();
  const form = useForm<InviteValues>({
    resolver: zodResolver(staffCreateInput),
    defaultValues: { name: '', email: '', phone: '', role: 'cs', weight: 1 },
  });
  const fieldError = (name: (typeof inviteFields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);
  const submit = form.handleSubmit(async (values) => {
    try {
      const member = await create.mutateAsync(staffCreateInput.parse(values));
      saved(t, t.settings.staff.invited(member.name, member.invitationSent));
      onClose();
    } catch (error) {
      reportSaveError(t, error, form.setError, inviteFields);
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t.settings.staff.inviteTitle}
      size="lg"
      closeButtonProps={{ 'aria-label': t.settings.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t.settings.staff.invite}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type EditValues = z.input<typeof staffUpdateInput>;

/** Role and share of orders, and whether the member may work at all. */
export function EditMemberDialog({ member, onClose }: { member: StaffView; onClose: () => void }) {
  const t = useT();
  const { update, setStatus } = useStaffMutations();
  const form = useForm<EditValues>({
    resolver: zodResolver(staffUpdateInput),
    defaultValues: { id: member.id, role: member.role === 'admin' ? 'admin' : 'cs', weight: member.weight },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(staffUpdateInput.parse(values));
      saved(t, t.settings.saved);
      onClose();
    } catch (error) {
      reportSaveError(t, error, form.setError, ['role', 'weight']);
    }
  });
  const toggle = async () => {
    try {
      await setStatus.mutateAsync({
        id: member.id,
        status: member.status === 'active' ? 'inactive' : 'active',
      });
      saved(t, t.settings.staff.statusChanged);
      onClose();
    } catch (error) {
      reportSaveError(t, error, () => {}, []);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t.settings.staff.editTitle(member.name)}
      closeButtonProps={{ 'aria-label': t.settings.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
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
          <Group justify="space-between">
            <Button variant="subtle" color={member.status === 'active' ? 'red' : 'green'} onClick={toggle}>
              {member.status === 'active' ? t.settings.staff.deactivate : t.settings.staff.activate}
            </Button>
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t.common.cancel}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t.common.save}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
