import { skuSchema } from '@bosonline/contracts';
import { Loader, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useSkuCheck } from '../../hooks/products.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection } from '../../i18n/products.ts';

type SkuInputProps = Omit<TextInputProps, 'value' | 'error'> & {
  kind: 'product' | 'variant';
  value: string;
  /** The form's own error (format, repeated in this product, the server's 409). */
  error?: string;
  /** The record being edited: its own SKU is not "taken". */
  excludeId?: string;
};

/**
 * A SKU field that says, as the seller types, whether the store already uses that SKU, so a
 * clash shows up before the save instead of as the server's 409 afterwards.
 */
export function SkuInput({ kind, value, error, excludeId, description, ...props }: SkuInputProps) {
  const t = useT(productsSection).products.form;
  const [settled] = useDebouncedValue(value.trim(), 300);
  const wellFormed = skuSchema.safeParse(settled).success;
  const check = useSkuCheck(kind, wellFormed ? settled : null, excludeId);
  const answer = check.data?.sku === settled ? check.data : undefined;
  const typing = settled !== value.trim() || (wellFormed && check.isFetching && !answer);
  const taken = answer?.available === false;
  const checking = typing && wellFormed;
  const free = answer?.available && !error;
  const shownError = error ?? (taken && !typing ? t.skuTaken : undefined);
  const note = checking ? t.skuChecking : free ? t.skuFree : description;

  return (
    <TextInput
      {...props}
      value={value}
      autoComplete="off"
      spellCheck={false}
      error={shownError}
      // The line under the field is always there, blank until the check (or an error, in its
      // place) has something to say: a line appearing mid-form moved every field and button below
      // it as the seller reached for them (a tap on "Tambah varian" landed beside it).
      description={note ?? (shownError ? undefined : '\u00a0')}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      rightSection={
        checking ? (
          <Loader size={14} aria-hidden />
        ) : free ? (
          <IconCheck size={16} color="var(--mantine-color-teal-9)" aria-hidden />
        ) : null
      }
    />
  );
}
