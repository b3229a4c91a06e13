import { formatRupiah } from '@bosonline/contracts';
import { ActionIcon, Badge, Checkbox, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { type Control, Controller, useFieldArray } from 'react-hook-form';
import { useProductSearch, useProductVariants } from '../../hooks/forms.ts';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { RupiahInput } from '../rupiah-input.tsx';
import { formError } from './form-error.ts';
import { type FormValues, type VariantLabel, variantName } from './form-values.ts';

/**
 * The variants a form sells: pick a product, tick its variants; each may get a price of its own
 * on this form (empty: the variant's price).
 */
export function ItemsEditor({
  control,
  labels,
  onLabel,
  error,
}: {
  control: Control<FormValues>;
  labels: Record<string, VariantLabel>;
  onLabel: (variantId: string, label: VariantLabel) => void;
  error: string | undefined;
}) {
  const t = useT(formsSection);
  const items = useFieldArray({ control, name: 'items' });
  // The picked product's name is kept from the moment it is picked: the search answers change as
  // the box then shows the name, and a label built meanwhile would lose it.
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const productId = picked?.id ?? null;
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const products = useProductSearch(debouncedQ);
  const variants = useProductVariants(productId);
  const productName = picked?.name ?? '';
  const chosen = new Map(items.fields.map((field, index) => [field.variantId, index]));

  return (
    <Stack gap="sm">
      <Select
        label={t.forms.field.product}
        placeholder={t.forms.field.productPlaceholder}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={products.isFetching ? <Loader size="xs" /> : undefined}
        searchable
        searchValue={q}
        onSearchChange={setQ}
        filter={({ options }) => options}
        value={productId}
        onChange={(id) =>
          setPicked(id ? { id, name: products.data?.items.find((p) => p.id === id)?.name ?? '' } : null)
        }
        data={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        nothingFoundMessage={products.isFetching ? undefined : t.common.notFound}
      />
      {productId && (
        <Stack gap={6} role="group" aria-labelledby="form-pick-variants">
          <Text size="sm" fw={500} id="form-pick-variants">
            {t.forms.field.pickVariants}
          </Text>
          {variants.isPending ? (
            <Loader size="xs" />
          ) : (
            variants.data?.map((variant) => {
              const label = {
                name: variantName(productName, variant.name),
                variantPrice: variant.price,
                available: variant.status === 'active',
              };
              return (
                <Checkbox
                  key={variant.id}
                  label={`${label.name} · ${formatRupiah(variant.price)}`}
                  checked={chosen.has(variant.id)}
                  onChange={(event) => {
                    if (event.currentTarget.checked) {
                      onLabel(variant.id, label);
                      items.append({ variantId: variant.id, price: null });
                    } else {
                      const index = chosen.get(variant.id);
                      if (index !== undefined) items.remove(index);
                    }
                  }}
                />
              );
            })
          )}
        </Stack>
      )}
      {items.fields.length === 0 ? (
        <Text size="sm" c={error ? 'red' : 'dimmed'} role={error ? 'alert' : undefined}>
          {error ?? t.forms.field.noItems}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.fields.map((field, index) => {
            const label = labels[field.variantId];
            const name = label?.name ?? field.variantId;
            return (
              <Group key={field.id} component="li" gap="xs" align="flex-end" wrap="nowrap">
                <Controller
                  control={control}
                  name={`items.${index}.price`}
                  render={({ field: price, fieldState }) => (
                    <RupiahInput
                      label={
                        <Group gap={6} component="span">
                          {t.forms.field.variantPrice(name)}
                          {label && !label.available && (
                            <Badge size="xs" color="gray" variant="light" component="span">
                              {t.forms.field.unavailable}
                            </Badge>
                          )}
                        </Group>
                      }
                      placeholder={
                        label ? t.forms.field.variantPriceHint(formatRupiah(label.variantPrice)) : ''
                      }
                      value={price.value}
                      onChange={(v) => price.onChange(v)}
                      onBlur={price.onBlur}
                      error={formError(t, fieldState.error?.message)}
                      style={{ flex: 1 }}
                    />
                  )}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={fieldErrorGap}
                  aria-label={t.forms.field.removeItem(name)}
                  onClick={() => items.remove(index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

const fieldErrorGap = 2;
