import { customFieldTypes } from '@bosonline/contracts';
import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { type Control, Controller, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { formError } from './form-error.ts';
import type { FormValues } from './form-values.ts';

/** Extra questions the buyer answers (size notes, a delivery date…), in the order listed. */
export function CustomFieldsEditor({
  control,
  register,
}: {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
}) {
  const t = useT(formsSection);
  const fields = useFieldArray({ control, name: 'customFields' });
  return (
    <Stack gap="sm">
      {fields.fields.length === 0 && (
        <Text size="sm" c="dimmed">
          {t.forms.field.noFields}
        </Text>
      )}
      {fields.fields.map((field, index) => (
        <Card key={field.id} withBorder padding="sm">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" fw={600}>
                #{index + 1}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t.forms.field.removeField(index + 1)}
                onClick={() => fields.remove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <Group grow wrap="wrap" align="flex-start">
              <Controller
                control={control}
                name={`customFields.${index}.label`}
                render={({ field: input, fieldState }) => (
                  <TextInput
                    label={t.forms.field.fieldLabel}
                    {...input}
                    error={formError(t, fieldState.error?.message)}
                    miw={160}
                  />
                )}
              />
              <Controller
                control={control}
                name={`customFields.${index}.key`}
                render={({ field: input, fieldState }) => (
                  <TextInput
                    label={t.forms.field.fieldKey}
                    description={t.forms.field.fieldKeyHint}
                    {...input}
                    error={formError(t, fieldState.error?.message)}
                    miw={160}
                  />
                )}
              />
            </Group>
            <Group wrap="wrap" align="flex-end">
              <Controller
                control={control}
                name={`customFields.${index}.type`}
                render={({ field: input }) => (
                  <Controller
                    control={control}
                    name={`customFields.${index}.options`}
                    render={({ field: options }) => (
                      <Select
                        label={t.forms.field.fieldType}
                        value={input.value}
                        allowDeselect={false}
                        onChange={(value) => {
                          const type = (value ?? 'text') as (typeof customFieldTypes)[number];
                          input.onChange(type);
                          // Only a choice has options: the rule refuses them on any other type.
                          options.onChange(type === 'select' ? (options.value ?? []) : undefined);
                        }}
                        data={customFieldTypes.map((type) => ({
                          value: type,
                          label: t.forms.field.fieldTypes[type],
                        }))}
                        style={{ flex: '1 1 160px' }}
                      />
                    )}
                  />
                )}
              />
              <Checkbox
                label={t.forms.field.fieldRequired}
                {...register(`customFields.${index}.required`)}
                mb={8}
              />
            </Group>
            <Controller
              control={control}
              name={`customFields.${index}.options`}
              render={({ field: input, fieldState }) =>
                input.value === undefined ? (
                  <span hidden />
                ) : (
                  <TagsInput
                    label={t.forms.field.fieldOptions}
                    value={input.value}
                    onChange={input.onChange}
                    error={formError(t, fieldState.error?.message)}
                  />
                )
              }
            />
          </Stack>
        </Card>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          fields.append({ key: '', label: '', type: 'text', required: false, options: undefined })
        }
      >
        {t.forms.field.addField}
      </Button>
    </Stack>
  );
}
