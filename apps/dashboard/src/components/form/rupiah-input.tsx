import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Whole rupiah as Indonesians write them: "Rp 45.000" (dots group thousands, no decimals). */
export function RupiahInput(
  props: Omit<NumberInputProps, 'prefix' | 'thousandSeparator' | 'decimalSeparator'>,
) {
  return (
    <NumberInput
      prefix="Rp "
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      min={0}
      {...props}
    />
  );
}
