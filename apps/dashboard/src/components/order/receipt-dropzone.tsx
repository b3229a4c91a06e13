import '@mantine/dropzone/styles.css';
import { imageRules } from '@bosonline/contracts';
import { Group, Image, Paper, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconPhotoPlus } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';
import { RemoveButton } from '../remove-button.tsx';

/**
 * The transfer receipt of a payment being confirmed: dropped or picked, previewed, and kept here
 * until the seller confirms (the dialog uploads it then, so a canceled dialog uploads nothing).
 */
export function ReceiptDropzone({
  value,
  onChange,
  error,
}: {
  value: File | null;
  onChange: (file: File | null) => void;
  error: string | null;
}) {
  const t = useT(productsSection);
  const m = t.orderTools.payment;
  const labelId = useId();
  const [rejected, setRejected] = useState(false);
  const preview = useObjectUrl(value);
  const problem = rejected ? t.products.form.dropReject : error;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {m.receipt}
      </Text>
      <Group align="stretch" gap="sm" wrap="nowrap">
        {preview && value && (
          <Paper withBorder radius="sm" w={96} h={96} style={{ overflow: 'hidden', flex: 'none' }}>
            <Image src={preview} alt={m.receiptPreview(value.name)} h={96} w={96} fit="contain" />
          </Paper>
        )}
        <Dropzone
          onDrop={([file]) => {
            setRejected(false);
            onChange(file ?? null);
          }}
          onReject={() => setRejected(true)}
          accept={[...imageRules.types]}
          maxSize={imageRules.maxBytes}
          multiple={false}
          aria-labelledby={labelId}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Group justify="center" gap="sm" mih={64} wrap="nowrap" style={{ pointerEvents: 'none' }}>
            <IconPhotoPlus size={28} aria-hidden style={{ flex: 'none' }} />
            <div style={{ minWidth: 0 }}>
              <Text fw={500} truncate>
                {value ? value.name : m.receiptDrop}
              </Text>
              <Text size="sm" c="dimmed">
                {m.receiptHint}
              </Text>
            </div>
          </Group>
        </Dropzone>
      </Group>
      {problem && (
        <Text size="sm" c="red.9" role="alert">
          {problem}
        </Text>
      )}
      {value && <RemoveButton label={m.clearReceipt} onClick={() => onChange(null)} />}
    </Stack>
  );
}

/** A URL for showing a picked file, let go when the file changes or the dialog closes. */
function useObjectUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) return setUrl(null);
    const made = URL.createObjectURL(file);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url;
}
