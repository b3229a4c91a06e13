import { NumberInput, type NumberInputProps } from '@mantine/core';

type RupiahInputProps = Omit<
  NumberInputProps,
  'value' | 'onChange' | 'decimalScale' | 'allowDecimal' | 'thousandSeparator' | 'decimalSeparator'
> & {
  /** Whole rupiah, or null while empty. */
  value: number | null | undefined;
  onChange: (value: number | null) => void;
};

/**
 * An amount in whole rupiah, shown the Indonesian way (`Rp 45.000`) while the value stays a plain
 * integer, as the API wants it: no decimals, and a "." typed is a thousands separator, not a point.
 */
export function RupiahInput({ value, onChange, ...props }: RupiahInputProps) {
  return (
    <NumberInput
      {...props}
      value={value ?? ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? null : Number(next))}
      prefix="Rp "
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      hideControls
      inputMode="numeric"
    />
  );
}
