import '@mantine/dates/styles.css';
import { Group, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DayRange } from '../../hooks/cod-ledger.ts';
import { codLedgerSection } from '../../i18n/cod-ledger.ts';
import { useT } from '../../i18n/i18n.tsx';
import { wibToday } from '../home/wib-days.ts';

/**
 * A COD ledger page's title and intro, and the delivery days it covers: those the URL names, else
 * the ones the report answered (the default range is the server's rule, not repeated here).
 * `children` sit beside the picker (the console's store filter).
 */
export function LedgerHeader({
  title,
  intro,
  description,
  range,
  answered,
  onRange,
  children,
}: {
  title: string;
  intro: string;
  description?: string;
  range: DayRange;
  /** The days the last report covered; undefined while it loads. */
  answered: { from: string; to: string } | undefined;
  onRange: (range: { from: string; to: string }) => void;
  children?: ReactNode;
}) {
  const t = useT(codLedgerSection);
  return (
    <>
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed" size="sm">
          {intro}
        </Text>
      </div>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DatePickerInput
          type="range"
          label={t.codLedger.rangeLabel}
          description={description}
          leftSection={<IconCalendar size={16} aria-hidden />}
          value={[range.from ?? answered?.from ?? null, range.to ?? answered?.to ?? null]}
          onChange={([from, to]) => {
            if (from && to) onRange({ from, to });
          }}
          allowSingleDateInRange
          maxDate={wibToday()}
          valueFormat="D MMM YYYY"
          style={{ flex: '1 1 240px', maxWidth: 320 }}
        />
        {children}
      </Group>
    </>
  );
}
