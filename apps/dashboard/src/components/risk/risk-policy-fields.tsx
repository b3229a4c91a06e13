import { defaultDownPaymentPercent, defaultRiskThreshold, riskActions } from '@bosonline/contracts';
import { NumberInput, Select, Text } from '@mantine/core';
import { type Control, Controller, useWatch } from 'react-hook-form';
import { useT } from '../../i18n/i18n.tsx';
import type { FormValues } from '../form/form-values.ts';

/** The form builder's COD risk policy: threshold, the action above it, a hold's window and a down payment's share. */
export function RiskPolicyFields({
  control,
  err,
}: {
  control: Control<FormValues>;
  err: (message: string | undefined) => string | undefined;
}) {
  const t = useT();
  const action = useWatch({ control, name: 'riskPolicy.action' });
  return (
    <>
      <Text size="sm" c="dimmed">
        {t.risk.policy.intro}
      </Text>
      <Controller
        control={control}
        name="riskPolicy.action"
        render={({ field, fieldState }) => (
          <Select
            label={t.risk.policy.action}
            value={field.value ?? 'none'}
            onChange={(v) => field.onChange(v ?? 'none')}
            data={riskActions.map((a) => ({ value: a, label: t.risk.policy.actions[a] }))}
            allowDeselect={false}
            error={err(fieldState.error?.message)}
            maw={360}
          />
        )}
      />
      <Controller
        control={control}
        name="riskPolicy.threshold"
        render={({ field, fieldState }) => (
          <NumberInput
            label={t.risk.policy.threshold}
            value={field.value ?? defaultRiskThreshold}
            onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
            min={0.05}
            max={1}
            step={0.05}
            decimalScale={2}
            decimalSeparator=","
            allowNegative={false}
            error={err(fieldState.error?.message)}
            maw={260}
          />
        )}
      />
      {action === 'down_payment' && (
        <Controller
          control={control}
          name="riskPolicy.downPaymentPercent"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t.risk.policy.downPaymentPercent}
              description={t.risk.policy.downPaymentHint}
              value={field.value ?? defaultDownPaymentPercent}
              onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
              min={10}
              max={90}
              step={5}
              suffix="%"
              allowDecimal={false}
              allowNegative={false}
              error={err(fieldState.error?.message)}
              maw={260}
            />
          )}
        />
      )}
      {(action === 'hold_confirm' || action === 'down_payment') && (
        <Controller
          control={control}
          name="riskPolicy.confirmHours"
          render={({ field, fieldState }) => (
            <NumberInput
              label={action === 'down_payment' ? t.risk.policy.paymentHours : t.risk.policy.confirmHours}
              value={field.value ?? 12}
              onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
              min={1}
              max={72}
              allowDecimal={false}
              allowNegative={false}
              error={err(fieldState.error?.message)}
              maw={260}
            />
          )}
        />
      )}
    </>
  );
}
