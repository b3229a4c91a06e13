import { Checkbox, Group, NumberInput, Stack, TagsInput, Text } from '@mantine/core';
import { type Control, Controller, type UseFormRegister } from 'react-hook-form';
import { useT } from '../../i18n/i18n.tsx';
import type { FormValues } from './form-values.ts';

type NumberRule = 'minNameLength' | 'minAddressLength' | 'maxOrdersPerPhonePerHour' | 'maxOrdersPerIpPerHour';
const numberRules: Array<{ name: NumberRule; max: number }> = [
  { name: 'minNameLength', max: 60 },
  { name: 'minAddressLength', max: 200 },
  { name: 'maxOrdersPerPhonePerHour', max: 1000 },
  { name: 'maxOrdersPerIpPerHour', max: 1000 },
];

/** The form's Order Shield rules: what holds an order as suspicious instead of booking it. */
export function ShieldRulesEditor({
  control,
  register,
  err,
}: {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  err: (message: string | undefined) => string | undefined;
}) {
  const t = useT();
  const m = t.shield.rules;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {m.intro}
      </Text>
      <Checkbox label={m.enabled} {...register('shield.enabled')} />
      <Group grow align="flex-start" wrap="wrap">
        {numberRules.map((rule) => (
          <Controller
            key={rule.name}
            control={control}
            name={`shield.${rule.name}`}
            render={({ field, fieldState }) => (
              <NumberInput
                label={m[rule.name]}
                value={field.value ?? 0}
                onChange={(v) => field.onChange(v === '' ? 0 : Number(v))}
                min={0}
                max={rule.max}
                allowDecimal={false}
                allowNegative={false}
                error={err(fieldState.error?.message)}
                miw={200}
              />
            )}
          />
        ))}
      </Group>
      <Checkbox label={m.holdInvalidWhatsapp} {...register('shield.holdInvalidWhatsapp')} />
      <Controller
        control={control}
        name="shield.blockedWords"
        render={({ field, fieldState }) => (
          <TagsInput
            label={m.blockedWords}
            description={m.blockedWordsHint}
            value={field.value ?? []}
            onChange={field.onChange}
            maxTags={100}
            error={err(fieldState.error?.message)}
          />
        )}
      />
    </Stack>
  );
}
