import '@mantine/dropzone/styles.css';
import { imageRules } from '@bosonline/contracts';
import { fieldErrors } from '@bosonline/sdk';
import { Group, Image, Loader, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconPhotoPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import { settingsSection } from '../../i18n/settings.ts';
import { RemoveButton } from '../remove-button.tsx';

/** This file's pages' words (i18n.tsx `Sections`). */
const words = { ...settingsSection, ...productsSection };

/**
 * The store's logo: dropped or picked, uploaded at once (the server re-encodes it) with its
 * preview shown while it travels. The uploaded URL goes into the form; it becomes the store's
 * logo when the seller saves the profile.
 */
export function LogoDropzone({
  value,
  onChange,
  error,
}: {
  value: string | null | undefined;
  onChange: (url: string | null) => void;
  error?: string;
}) {
  const t = useT(words);
  const m = t.settings.store;
  const trpc = useTRPC();
  const upload = useMutation(trpc.store.uploadLogo.mutationOptions());
  const [preview, setPreview] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const onDrop = async ([file]: File[]) => {
    if (!file) return;
    setFailure(null);
    const local = URL.createObjectURL(file);
    setPreview(local);
    const form = new FormData();
    form.append('file', file);
    try {
      onChange((await upload.mutateAsync(form)).url);
    } catch (problem) {
      setFailure(fieldErrors(problem).file?.[0] ?? errorMessage(t, problem));
    } finally {
      URL.revokeObjectURL(local);
      setPreview(null);
    }
  };

  const shown = preview ?? value;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} id="logo-label">
        {m.logo}
      </Text>
      <Group align="stretch" gap="sm" wrap="nowrap">
        {shown && (
          <Paper
            withBorder
            radius="sm"
            pos="relative"
            w={96}
            h={96}
            style={{ overflow: 'hidden', flex: 'none' }}
          >
            <Image src={shown} alt={m.logoPreview} h={96} w={96} fit="contain" opacity={preview ? 0.5 : 1} />
            {preview && (
              <Group pos="absolute" inset={0} justify="center" aria-live="polite">
                <Loader size="sm" />
                <VisuallyHidden>{t.products.form.uploading}</VisuallyHidden>
              </Group>
            )}
          </Paper>
        )}
        <Dropzone
          onDrop={onDrop}
          onReject={() => setFailure(t.products.form.dropReject)}
          accept={[...imageRules.types]}
          maxSize={imageRules.maxBytes}
          multiple={false}
          loading={upload.isPending}
          aria-labelledby="logo-label"
          style={{ flex: 1 }}
        >
          <Group justify="center" gap="sm" mih={64} style={{ pointerEvents: 'none' }}>
            <IconPhotoPlus size={28} aria-hidden />
            <div>
              <Text fw={500}>{m.logoDrop}</Text>
              <Text size="sm" c="dimmed">
                {m.logoHint}
              </Text>
            </div>
          </Group>
        </Dropzone>
      </Group>
      {(failure ?? error) && (
        <Text size="sm" c="red.9" role="alert">
          {failure ?? error}
        </Text>
      )}
      {value && !preview && <RemoveButton label={m.removeLogo} onClick={() => onChange(null)} />}
    </Stack>
  );
}
