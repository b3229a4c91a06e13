import {
  type BankAccountView,
  bankAccountInput,
  maxBankAccounts,
  tooManyBankAccounts,
} from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, EmptyState, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconBuildingBank, IconPlus } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { QueryError } from '../../components/query-error.tsx';
import { ConfirmModal } from '../../components/settings/confirm.tsx';
import { EditDialog } from '../../components/settings/edit-dialog.tsx';
import { act, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { useBankAccountMutations, useBankAccounts, useBanks } from '../../hooks/bank-account.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const bankAccountsPageLazy = createLazyRoute('/signed-in/settings/bank-accounts')({
  component: BankAccountsPage,
});

function BankAccountsPage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.bankAccounts}
      intro={t.settings.bankAccounts.intro}
      permission="bankAccount.manage"
    >
      <BankAccountList />
    </SettingsPageFrame>
  );
}

const label = (a: BankAccountView) => `${a.bank.name} ${a.accountNumber}`;

function BankAccountList() {
  const t = useT(settingsSection);
  const list = useBankAccounts();
  const actions = useBankAccountMutations();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<BankAccountView | null>(null);

  if (list.isPending) return <SettingsSkeleton />;
  if (!list.data) return <QueryError error={list.error} onRetry={() => list.refetch()} />;

  const toggle = (a: BankAccountView) =>
    act(t, () => actions.setStatus.mutateAsync({ id: a.id, active: !a.active }), t.settings.saved);
  const remove = async (a: BankAccountView) => {
    if (await act(t, () => actions.remove.mutateAsync({ id: a.id }), t.settings.bankAccounts.deleted))
      setDeleting(null);
  };

  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setAdding(true)}
          disabled={list.data.length >= maxBankAccounts}
          title={list.data.length >= maxBankAccounts ? settingsValidation(t, tooManyBankAccounts) : undefined}
        >
          {t.settings.bankAccounts.add}
        </Button>
      </Group>
      {list.data.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconBuildingBank size={28} aria-hidden />}
            title={t.settings.bankAccounts.emptyTitle}
            description={t.settings.bankAccounts.empty}
          />
        </Card>
      ) : (
        <Card withBorder p={0}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.settings.bankAccounts.bank}</Table.Th>
                <Table.Th visibleFrom="sm">{t.settings.bankAccounts.accountHolder}</Table.Th>
                <Table.Th>
                  <Text span size="sm" fw={700}>
                    {t.settings.bankAccounts.active}
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {a.bank.name}
                    </Text>
                    <Text size="sm">{a.accountNumber}</Text>
                    <Text size="xs" c="dimmed" hiddenFrom="sm">
                      {a.accountHolder}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">{a.accountHolder}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={6} align="flex-start">
                      <Badge variant="light" color={a.active ? 'green' : 'gray'}>
                        {a.active ? t.settings.bankAccounts.active : t.settings.bankAccounts.inactive}
                      </Badge>
                      <Group gap={4}>
                        <Button size="compact-xs" variant="default" onClick={() => toggle(a)}>
                          {a.active ? t.settings.bankAccounts.deactivate : t.settings.bankAccounts.activate}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(a)}
                          aria-label={`${t.settings.delete} ${label(a)}`}
                        >
                          {t.settings.delete}
                        </Button>
                      </Group>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {adding && <BankAccountForm onClose={() => setAdding(false)} />}
      {deleting && (
        <ConfirmModal
          title={t.settings.bankAccounts.confirmDelete(label(deleting))}
          confirmLabel={t.settings.delete}
          loading={actions.remove.isPending}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

type BankAccountValues = z.input<typeof bankAccountInput>;
const fields = ['bankCode', 'accountNumber', 'accountHolder'] as const;

function BankAccountForm({ onClose }: { onClose: () => void }) {
  const t = useT(settingsSection);
  const banks = useBanks();
  const { create } = useBankAccountMutations();
  const form = useForm<BankAccountValues>({
    resolver: zodResolver(bankAccountInput),
    defaultValues: { bankCode: '', accountNumber: '', accountHolder: '', active: true },
  });
  const fieldError = (name: (typeof fields)[number]) =>
    settingsValidation(t, form.formState.errors[name]?.message);

  return (
    <EditDialog
      title={t.settings.bankAccounts.addTitle}
      form={form}
      fields={fields}
      size="md"
      onClose={onClose}
      onSave={async (values) => {
        await create.mutateAsync(bankAccountInput.parse(values));
        return t.settings.bankAccounts.created;
      }}
    >
      {banks.isError && <QueryError error={banks.error} onRetry={() => banks.refetch()} />}
      <Controller
        control={form.control}
        name="bankCode"
        render={({ field }) => (
          <Select
            label={t.settings.bankAccounts.bank}
            required
            searchable
            data={(banks.data ?? []).map((b) => ({ value: b.code, label: b.name }))}
            value={field.value || null}
            onChange={(code) => field.onChange(code ?? '')}
            onBlur={field.onBlur}
            error={fieldError('bankCode')}
            disabled={banks.isPending}
          />
        )}
      />
      <TextInput
        label={t.settings.bankAccounts.accountNumber}
        required
        inputMode="numeric"
        error={fieldError('accountNumber')}
        {...form.register('accountNumber')}
      />
      <TextInput
        label={t.settings.bankAccounts.accountHolder}
        required
        error={fieldError('accountHolder')}
        {...form.register('accountHolder')}
      />
    </EditDialog>
  );
}
