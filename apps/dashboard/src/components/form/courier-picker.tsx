import type { courierCodes } from '@bosonline/contracts';
import { MultiSelect, Stack } from '@mantine/core';
import { useCourierCatalog } from '../../hooks/forms.ts';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { QueryError } from '../query-error.tsx';
import { courierNames } from './form-values.ts';

type CourierCode = (typeof courierCodes)[number];
export interface FormCourier {
  code: string;
  services: string[];
}

const nameOf = (code: string) => courierNames[code as CourierCode] ?? code;

/**
 * The form's couriers and, for each, its services: both picked from the provider's catalogue, so
 * a seller never types a service code (and never one the provider does not have). Codes a form
 * already holds stay listed even if the catalogue no longer has them, so nothing vanishes unseen.
 */
export function CourierPicker({
  value,
  onChange,
  error,
  serviceError,
}: {
  value: FormCourier[];
  onChange: (couriers: FormCourier[]) => void;
  error?: string;
  serviceError: (index: number) => string | undefined;
}) {
  const t = useT(formsSection);
  const catalog = useCourierCatalog();
  const couriers = catalog.data ?? [];
  const courierOptions = [
    ...couriers.map((c) => ({ value: c.code, label: c.name })),
    ...value
      .filter((chosen) => !couriers.some((c) => c.code === chosen.code))
      .map((chosen) => ({ value: chosen.code, label: nameOf(chosen.code) })),
  ];
  const serviceOptions = (courier: FormCourier) => {
    const offered = couriers.find((c) => c.code === courier.code)?.services ?? [];
    return [
      ...offered.map((s) => ({
        value: s.code.toUpperCase(),
        label: `${s.name} (${s.code})${s.cod ? ` · ${t.forms.field.codLabel}` : ''}`,
      })),
      ...courier.services
        .filter((code) => !offered.some((s) => s.code.toUpperCase() === code))
        .map((code) => ({ value: code, label: code })),
    ];
  };

  return (
    <Stack gap="xs">
      {catalog.isError && <QueryError error={catalog.error} onRetry={() => catalog.refetch()} />}
      <MultiSelect
        label={t.forms.field.couriers}
        value={value.map((c) => c.code)}
        onChange={(codes) =>
          onChange(
            codes.map(
              (code) =>
                value.find((c) => c.code === code) ?? {
                  code,
                  // A courier just added offers all its services; the seller can drop some.
                  services:
                    couriers.find((c) => c.code === code)?.services.map((s) => s.code.toUpperCase()) ?? [],
                },
            ),
          )
        }
        data={courierOptions}
        disabled={catalog.isPending}
        error={error}
        searchable
      />
      {value.map((courier, index) => (
        <MultiSelect
          key={courier.code}
          label={t.forms.field.services(nameOf(courier.code))}
          description={t.forms.field.servicesHint}
          value={courier.services}
          onChange={(services) => onChange(value.map((c, i) => (i === index ? { ...c, services } : c)))}
          data={serviceOptions(courier)}
          error={serviceError(index)}
        />
      ))}
    </Stack>
  );
}
