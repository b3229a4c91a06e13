import { Alert, Card, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { createElement } from 'react';
import { formsSection } from '../../i18n/forms.ts';
import { useI18n, useT } from '../../i18n/i18n.tsx';

// The real `<bos-checkout>` widget, loaded from the server the dashboard came from, exactly as a
// seller's page embeds it. It shows the SAVED form (what buyers get), so the builder says when the
// edits on screen are newer than the preview.

const widgetSrc = '/widget/bos-checkout.js';

/** Loads the widget's script once per page; the custom element is defined when it resolves. */
function loadWidget(): Promise<true> {
  if (customElements.get('bos-checkout')) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = widgetSrc;
    script.async = true;
    script.onload = () => resolve(true);
    script.onerror = () => reject(new Error('widget script failed to load'));
    document.head.appendChild(script);
  });
}

export function WidgetPreview({
  formId,
  version,
  active,
  dirty,
}: {
  /** Null until the form is saved: there is nothing to preview yet. */
  formId: string | null;
  /** Changes on every save, so the widget loads the form again. */
  version: string;
  active: boolean;
  dirty: boolean;
}) {
  const t = useT(formsSection);
  const { language } = useI18n();
  const script = useQuery({ queryKey: ['bos-checkout-widget'], queryFn: loadWidget, staleTime: Infinity });
  return (
    <Card withBorder component="section" aria-labelledby="form-preview-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="form-preview-title">
          <IconEye size={18} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 6 }} />
          {t.forms.preview}
        </Title>
        {formId === null ? (
          <Text c="dimmed" size="sm">
            {t.forms.previewSaveFirst}
          </Text>
        ) : (
          <>
            {dirty && (
              <Alert color="yellow" icon={<IconInfoCircle aria-hidden />} p="xs">
                {t.forms.previewStale}
              </Alert>
            )}
            <Text size="xs" c="dimmed">
              {t.forms.previewLookOnly}
            </Text>
            {!active && (
              <Alert color="gray" icon={<IconInfoCircle aria-hidden />} p="xs">
                {t.forms.previewInactive}
              </Alert>
            )}
            {script.isPending ? (
              <Center mih={120}>
                <Loader size="sm" aria-label={t.forms.preview} />
              </Center>
            ) : script.isError ? (
              <Alert color="red">{t.common.loadFailed}</Alert>
            ) : (
              // Look, don't touch: typing in it would save an unfinished checkout for CS to chase
              // and fire the form's ad pixels, and ordering would make a real order. The hosted
              // link is where the seller tries it out.
              <div inert>
                {/* A custom element: React passes these as attributes, which the widget observes. */}
                {createElement('bos-checkout', { key: `${formId}:${version}`, form: formId, lang: language })}
              </div>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
