import { Anchor, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { CopyValue } from '../copy-value.tsx';

/** The snippet sellers paste into their own page: the element and the script, from this server. */
export function embedSnippet(origin: string, formId: string): string {
  return `<bos-checkout form="${formId}"></bos-checkout>\n<script src="${origin}/widget/bos-checkout.js" defer></script>`;
}

export function SharePanel({ formId, path }: { formId: string; path: string }) {
  const t = useT(formsSection);
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
            <CopyValue value={link} label={t.forms.copyLink} />
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
            <CopyValue value={snippet} label={t.forms.copyEmbed} />
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
