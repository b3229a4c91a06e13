import {
  ActionIcon,
  Anchor,
  Card,
  Code,
  CopyButton,
  Group,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink } from '@tabler/icons-react';
import { useT } from '../../i18n/i18n.tsx';

/** The snippet sellers paste into their own page: the element and the script, from this server. */
export function embedSnippet(origin: string, formId: string): string {
  return `<bos-checkout form="${formId}"></bos-checkout>\n<script src="${origin}/widget/bos-checkout.js" defer></script>`;
}

function Copy({ value, label }: { value: string; label: string }) {
  const t = useT();
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t.forms.copied : label} withArrow>
          <ActionIcon
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : undefined}
            onClick={copy}
            aria-label={label}
          >
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

export function SharePanel({ formId, path }: { formId: string; path: string }) {
  const t = useT();
  const origin = window.location.origin;
  const snippet = embedSnippet(origin, formId);
  const link = `${origin}${path}`;
  return (
    <Card withBorder component="section" aria-labelledby="form-share-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="form-share-title">
          {t.forms.share}
        </Title>
        <div>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600}>
              {t.forms.hostedLink}
            </Text>
            <Copy value={link} label={t.forms.copyLink} />
          </Group>
          <Anchor href={link} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
            {link} <IconExternalLink size={14} aria-label={t.forms.openLink} />
          </Anchor>
        </div>
        <div>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" fw={600}>
              {t.forms.embed}
            </Text>
            <Copy value={snippet} label={t.forms.copyEmbed} />
          </Group>
          <Text size="xs" c="dimmed">
            {t.forms.embedHint}
          </Text>
          <Code
            block
            mt={4}
            style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            data-testid="embed-snippet"
          >
            {snippet}
          </Code>
        </div>
      </Stack>
    </Card>
  );
}
