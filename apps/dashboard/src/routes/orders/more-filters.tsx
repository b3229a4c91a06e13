import { orderPaymentMethods, riskLevels } from '@bosonline/contracts';
import { Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useT } from '../../i18n/i18n.tsx';
import type { OrderSearch } from './search.ts';
// After the dates inputs' own components, whose sheets it adjusts (build/mantine-css.ts).
import '@mantine/dates/styles.css';

/** The date range, payment method and risk level filters. */
export function MoreFilters({
  search,
  onChange,
}: {
  search: OrderSearch;
  onChange: (patch: Partial<OrderSearch>) => void;
}) {
  const t = useT();
  return (
    <>
      <DatePickerInput
        type="range"
        label={t.orders.dates}
        leftSection={<IconCalendar size={16} aria-hidden />}
        value={[search.from ?? null, search.to ?? null]}
        onChange={([from, to]) => {
          // Only a finished range (or a cleared one) filters: half a range would flash the list.
          if ((from && to) || (!from && !to)) onChange({ from: from ?? undefined, to: to ?? undefined });
        }}
        clearable
        allowSingleDateInRange
        valueFormat="D MMM YYYY"
        style={{ flex: '1 1 220px' }}
      />
      <Select
        label={t.orders.payment}
        placeholder={t.orders.anyPayment}
        value={search.paymentMethod ?? null}
        onChange={(value) =>
          onChange({ paymentMethod: (value as OrderSearch['paymentMethod']) ?? undefined })
        }
        data={orderPaymentMethods.map((m) => ({ value: m, label: t.paymentMethod[m] }))}
        clearable
        style={{ flex: '1 1 180px' }}
      />
      <Select
        label={t.risk.filter}
        placeholder={t.risk.allLevels}
        value={search.risk ?? null}
        onChange={(value) => onChange({ risk: (value as OrderSearch['risk']) ?? undefined })}
        data={riskLevels.map((level) => ({ value: level, label: t.risk.level[level] }))}
        clearable
        style={{ flex: '1 1 150px' }}
      />
    </>
  );
}
