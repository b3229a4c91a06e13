import {
  addDomainInput,
  type StoreDomainView,
  setSubdomainInput,
  storeBaseDomain,
} from '@bosonline/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Card, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useTRPC } from '../../api/trpc.ts';
import { CopyValue } from '../../components/copy-value.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { ConfirmModal } from '../../components/settings/confirm.tsx';
import { reportSaveError, saved, settingsValidation } from '../../components/settings/feedback.ts';
import { SettingsPageFrame, SettingsSkeleton } from '../../components/settings/gate.tsx';
import { useStoreDomains, useStoreMutations } from '../../hooks/store.ts';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';

export const domainsPageLazy = createLazyRoute('/signed-in/settings/domains')({ component: DomainsPage });

function DomainsPage() {
  const t = useT(settingsSection);
  return (
    <SettingsPageFrame
      title={t.settingsNav.pages.domains}
      intro={t.settings.domains.intro}
      permission="store.manage"
    >
      <Domains />
    </SettingsPageFrame>
  );
}

function Domains() {
  const domains = useStoreDomains();
  if (domains.isPending) return <SettingsSkeleton />;
  if (!domains.data) return <QueryError error={domains.error} onRetry={() => domains.refetch()} />;
  return (
    <Stack gap="md">
      <SubdomainCard current={domains.data.subdomain} />
      <CustomDomainsCard
        domains={domains.data.domains}
        subdomainIsDefault={domains.data.subdomain?.isDefault ?? false}
      />
    </Stack>
  );
}

type SubdomainValues = z.input<typeof setSubdomainInput>;

function SubdomainCard({ current }: { current: { slug: string; url: string; isDefault: boolean } | null }) {
  const t = useT(settingsSection);
  const trpc = useTRPC();
  const { setSubdomain } = useStoreMutations();
  const form = useForm<SubdomainValues>({
    resolver: zodResolver(setSubdomainInput),
    defaultValues: { slug: current?.slug ?? '' },
  });
  // Whether the name is free, asked while the seller types (the form check runs on save).
  const [slug] = useDebouncedValue(form.watch('slug').trim().toLowerCase(), 300);
  const changed = slug.length >= 3 && slug !== current?.slug;
  const check = useQuery({ ...trpc.store.checkSubdomain.queryOptions({ slug }), enabled: changed });

  const submit = form.handleSubmit(async (values) => {
    try {
      await setSubdomain.mutateAsync(setSubdomainInput.parse(values));
      saved(t.settings.saved);
    } catch (error) {
      reportSaveError(t, error, form.setError, ['slug']);
    }
  });

  const availability =
    changed && check.data
      ? check.data.available
        ? t.settings.domains.available
        : (settingsValidation(t, check.data.reason ?? undefined) ?? undefined)
      : undefined;

  return (
    <Card withBorder component="section" aria-labelledby="subdomain-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="subdomain-title">
            {t.settings.domains.subdomain}
          </Title>
          {current && (
            <Group gap="xs">
              <Text size="sm">{current.url}</Text>
              {current.isDefault && <Badge variant="light">{t.settings.domains.isDefault}</Badge>}
            </Group>
          )}
          <TextInput
            label={t.settings.domains.subdomain}
            description={t.settings.domains.subdomainHint(storeBaseDomain)}
            rightSection={
              <Text size="xs" c="dimmed">
                .{storeBaseDomain}
              </Text>
            }
            rightSectionWidth={110}
            autoCapitalize="none"
            error={
              settingsValidation(t, form.formState.errors.slug?.message) ??
              (check.data && changed && !check.data.available ? availability : undefined)
            }
            {...form.register('slug')}
          />
          {check.data?.available && changed && (
            <Text size="sm" c="green.8" role="status">
              {availability}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
              {t.settings.domains.setSubdomain}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

type DomainValues = z.input<typeof addDomainInput>;

function CustomDomainsCard({
  domains,
  subdomainIsDefault,
}: {
  domains: StoreDomainView[];
  subdomainIsDefault: boolean;
}) {
  const t = useT(settingsSection);
  const { addDomain } = useStoreMutations();
  const form = useForm<DomainValues>({
    resolver: zodResolver(addDomainInput),
    defaultValues: { hostname: '' },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await addDomain.mutateAsync(addDomainInput.parse(values));
      form.reset();
    } catch (error) {
      reportSaveError(t, error, form.setError, ['hostname']);
    }
  });

  return (
    <Card withBorder component="section" aria-labelledby="custom-domains-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="custom-domains-title">
          {t.settings.domains.custom}
        </Title>
        <Text size="sm" c="dimmed">
          {t.settings.domains.customHint}
        </Text>
        <form onSubmit={submit} noValidate>
          <Group align="flex-start" gap="xs">
            <TextInput
              label={t.settings.domains.hostname}
              placeholder="toko.contoh.com"
              autoCapitalize="none"
              style={{ flexGrow: 1 }}
              error={settingsValidation(t, form.formState.errors.hostname?.message as string | undefined)}
              {...form.register('hostname')}
            />
            <Button type="submit" mt={25} loading={form.formState.isSubmitting}>
              {t.settings.domains.addDomain}
            </Button>
          </Group>
        </form>
        {domains.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t.settings.domains.none}
          </Text>
        ) : (
          domains.map((d) => <DomainRow key={d.id} domain={d} otherIsDefault={subdomainIsDefault} />)
        )}
      </Stack>
    </Card>
  );
}

function DomainRow({ domain, otherIsDefault }: { domain: StoreDomainView; otherIsDefault: boolean }) {
  const t = useT(settingsSection);
  const { verifyDomain, setDefaultDomain, removeDomain } = useStoreMutations();
  const [removing, setRemoving] = useState(false);
  const [notYet, setNotYet] = useState(false);

  const verify = async () => {
    setNotYet(false);
    try {
      const result = await verifyDomain.mutateAsync({ id: domain.id });
      if (result.verified) saved(t.settings.domains.verifiedNow(domain.hostname));
      else setNotYet(true);
    } catch (error) {
      reportSaveError(t, error, () => {}, []);
    }
  };
  const makeDefault = async () => {
    try {
      await setDefaultDomain.mutateAsync({ id: domain.id });
      saved(t.settings.saved);
    } catch (error) {
      reportSaveError(t, error, () => {}, []);
    }
  };
  const remove = async () => {
    try {
      await removeDomain.mutateAsync({ id: domain.id });
      setRemoving(false);
    } catch (error) {
      reportSaveError(t, error, () => {}, []);
    }
  };
  const record = domain.txtRecord;

  return (
    <Card withBorder component="section" aria-label={domain.hostname} bg="gray.0">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} style={{ wordBreak: 'break-all' }}>
            {domain.hostname}
          </Text>
          <Group gap={4}>
            <Badge variant="light" color={domain.status === 'verified' ? 'green' : 'yellow'}>
              {domain.status === 'verified' ? t.settings.domains.verified : t.settings.domains.pending}
            </Badge>
            {domain.isDefault && !otherIsDefault && (
              <Badge variant="light">{t.settings.domains.isDefault}</Badge>
            )}
          </Group>
        </Group>
        {domain.status === 'pending' && (
          <>
            <Text size="sm" fw={600}>
              {t.settings.domains.txtTitle}
            </Text>
            <Table.ScrollContainer minWidth={420}>
              <Table withTableBorder bg="white" aria-label={t.settings.domains.txtTitle}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t.settings.domains.txtType}</Table.Th>
                    <Table.Th>{t.settings.domains.txtName}</Table.Th>
                    <Table.Th>{t.settings.domains.txtValue}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td>{record.type}</Table.Td>
                    <Table.Td>
                      <Copyable text={record.name} />
                    </Table.Td>
                    <Table.Td>
                      <Copyable text={record.value} />
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {notYet && (
              <Text size="sm" c="orange.9" role="status">
                {t.settings.domains.notYet}
              </Text>
            )}
          </>
        )}
        <Group gap="xs">
          {domain.status === 'pending' && (
            <Button size="xs" onClick={verify} loading={verifyDomain.isPending}>
              {t.settings.domains.verify}
            </Button>
          )}
          {domain.status === 'verified' && !domain.isDefault && (
            <Button size="xs" variant="light" onClick={makeDefault} loading={setDefaultDomain.isPending}>
              {t.settings.domains.makeDefault}
            </Button>
          )}
          <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(true)}>
            {t.settings.domains.remove}
          </Button>
        </Group>
      </Stack>
      {removing && (
        <ConfirmModal
          title={t.settings.domains.confirmRemove(domain.hostname)}
          confirmLabel={t.settings.domains.remove}
          loading={removeDomain.isPending}
          onConfirm={remove}
          onClose={() => setRemoving(false)}
        />
      )}
    </Card>
  );
}

function Copyable({ text }: { text: string }) {
  const t = useT(settingsSection);
  return (
    <Group gap={4} wrap="nowrap">
      <Code style={{ wordBreak: 'break-all' }}>{text}</Code>
      <CopyValue value={text} label={`${t.settings.copy} ${text}`} />
    </Group>
  );
}
