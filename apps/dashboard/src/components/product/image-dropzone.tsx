import '@mantine/dropzone/styles.css';
import { imageRules } from '@bosonline/contracts';
import { fieldErrors } from '@bosonline/sdk';
import {
  ActionIcon,
  Alert,
  Badge,
  Group,
  Image,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.ts';
import { useUploadImage } from '../../hooks/products.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';

export interface ProductImage {
  id: string;
  url: string;
}

interface Pending {
  key: string;
  name: string;
  preview: string;
}

const maxImages = 10;

/**
 * The product's photos: dropped or picked files upload at once (the server re-encodes them), the
 * seller sees each one's preview while it travels, and the ids land in the form in display order.
 */
export function ImageDropzone({
  images,
  onChange,
  error,
  readOnly = false,
}: {
  images: ProductImage[];
  onChange: (images: ProductImage[]) => void;
  error?: string;
  /** Shows the photos only (a CS member reading the catalogue). */
  readOnly?: boolean;
}) {
  const t = useT(productsSection);
  const upload = useUploadImage();
  const [pending, setPending] = useState<Pending[]>([]);
  const [failures, setFailures] = useState<string[]>([]);

  const onDrop = async (files: File[]) => {
    setFailures([]);
    const room = maxImages - images.length - pending.length;
    const taken = files.slice(0, Math.max(0, room));
    const queued = taken.map((file) => ({
      key: `${file.name}-${file.size}-${Math.random()}`,
      name: file.name,
      preview: URL.createObjectURL(file),
      file,
    }));
    setPending((p) => [...p, ...queued]);
    let current = images;
    for (const item of queued) {
      const form = new FormData();
      form.append('file', item.file);
      try {
        const image = await upload.mutateAsync(form);
        current = [...current, { id: image.id, url: image.url }];
        onChange(current);
      } catch (failure) {
        const why = fieldErrors(failure).file?.[0] ?? errorMessage(t, failure);
        setFailures((f) => [...f, t.products.form.uploadFailed(item.name, why)]);
      } finally {
        // The local preview was an object URL: its memory goes back once the upload is done.
        URL.revokeObjectURL(item.preview);
        setPending((p) => p.filter((x) => x.key !== item.key));
      }
    }
  };

  const onReject = (rejections: FileRejection[]) =>
    setFailures(rejections.map((r) => t.products.form.uploadFailed(r.file.name, t.products.form.dropReject)));

  return (
    <Stack gap="xs">
      {!readOnly && (
        <Dropzone
          onDrop={onDrop}
          onReject={onReject}
          accept={[...imageRules.types]}
          maxSize={imageRules.maxBytes}
          disabled={images.length + pending.length >= maxImages}
          aria-label={t.products.form.drop}
        >
          <Group justify="center" gap="sm" mih={88} style={{ pointerEvents: 'none' }}>
            <IconPhotoPlus size={32} aria-hidden />
            <div>
              <Text fw={500}>{t.products.form.drop}</Text>
              <Text size="sm" c="dimmed">
                {t.products.form.imagesHint}
              </Text>
            </div>
          </Group>
        </Dropzone>
      )}
      {error && (
        <Text size="sm" c="red.9">
          {error}
        </Text>
      )}
      {failures.length > 0 && (
        <Alert color="red" role="alert">
          {failures.map((f) => (
            <div key={f}>{f}</div>
          ))}
        </Alert>
      )}
      {(images.length > 0 || pending.length > 0) && (
        <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs">
          {images.map((image, index) => (
            <Paper key={image.id} withBorder pos="relative" radius="sm" style={{ overflow: 'hidden' }}>
              <Image src={image.url} alt="" h={96} fit="cover" />
              {index === 0 && (
                <Badge size="xs" pos="absolute" top={4} left={4}>
                  {t.products.form.cover}
                </Badge>
              )}
              {!readOnly && (
                <ActionIcon
                  pos="absolute"
                  top={4}
                  right={4}
                  color="red"
                  variant="white"
                  size="sm"
                  aria-label={t.products.form.removeImage(index + 1)}
                  onClick={() => onChange(images.filter((i) => i.id !== image.id))}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              )}
            </Paper>
          ))}
          {pending.map((p) => (
            <Paper key={p.key} withBorder pos="relative" radius="sm" style={{ overflow: 'hidden' }}>
              <Image src={p.preview} alt="" h={96} fit="cover" opacity={0.5} />
              <Group pos="absolute" inset={0} justify="center" aria-live="polite">
                <Loader size="sm" />
                <VisuallyHidden>{t.products.form.uploading}</VisuallyHidden>
              </Group>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
