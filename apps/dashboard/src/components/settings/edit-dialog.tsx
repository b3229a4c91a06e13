import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useT } from '../../i18n/i18n.tsx';
import { settingsSection } from '../../i18n/settings.ts';
import { reportSaveError, saved } from './feedback.ts';

/**
 * Every settings dialog's form, with one way of saving: Save runs `onSave`; when it goes through,
 * the message it returns is shown and the dialog closes; when it fails, the server's field errors
 * go under `fields` and anything else is explained in a notice, and what was typed stays.
 */
export function EditDialog<T extends FieldValues>({
  title,
  form,
  fields,
  onSave,
  onClose,
  size = 'lg',
  saveLabel,
  extra,
  children,
}: {
  title: string;
  form: UseFormReturn<T>;
  /** The fields the server's field errors may name. */
  fields: readonly Path<T>[];
  /** Saves the values; resolves to what to tell the seller. */
  onSave: (values: T) => Promise<string>;
  onClose: () => void;
  size?: string;
  /** The submit button's words, when "Save" is not the right ones. */
  saveLabel?: string;
  /** Another action, left of Cancel and Save (e.g. deactivate a member). */
  extra?: ReactNode;
  children: ReactNode;
}) {
  const t = useT(settingsSection);
  const submit = form.handleSubmit(async (values) => {
    try {
      saved(await onSave(values));
      onClose();
    } catch (error) {
      reportSaveError(t, error, form.setError, fields);
    }
  });
  return (
    <Modal opened onClose={onClose} title={title} size={size}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {children}
          <Group justify={extra ? 'space-between' : 'flex-end'}>
            {extra}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {t.common.cancel}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {saveLabel ?? t.common.save}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
