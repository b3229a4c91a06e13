import type { CustomField } from '@bosonline/contracts';
import type { Copy } from '../i18n.ts';
import { Field } from './Field.tsx';

export type WhatsappCheck = 'idle' | 'checking' | 'valid' | 'invalid';

const inputTypes: Record<CustomField['type'], 'text' | 'number' | 'email' | 'date'> = {
  text: 'text',
  textarea: 'text',
  number: 'number',
  email: 'email',
  select: 'text',
  date: 'date',
};

/** Name, WhatsApp number (checked when the buyer leaves the field) and the form's own fields. */
export function BuyerFields(props: {
  name: string;
  phone: string;
  custom: Record<string, string>;
  fields: CustomField[];
  errors: Record<string, string>;
  whatsapp: WhatsappCheck;
  copy: Copy;
  onName: (value: string) => void;
  onPhone: (value: string) => void;
  onPhoneDone: () => void;
  onCustom: (key: string, value: string) => void;
}) {
  const { copy, errors } = props;
  return (
    <fieldset>
      <legend>{copy.buyer}</legend>
      <Field id="bos-name" label={copy.name} error={errors.name}>
        {(control) => (
          <input
            {...control}
            autocomplete="name"
            value={props.name}
            onInput={(e) => props.onName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="bos-phone" label={copy.phone} error={errors.phone} hint={copy.phoneHint}>
        {(control) => (
          <input
            {...control}
            type="tel"
            inputMode="tel"
            autocomplete="tel"
            value={props.phone}
            onInput={(e) => props.onPhone(e.currentTarget.value)}
            onBlur={props.onPhoneDone}
          />
        )}
      </Field>
      {!errors.phone && props.whatsapp !== 'idle' && (
        <p
          class={props.whatsapp === 'valid' ? 'ok' : props.whatsapp === 'invalid' ? 'warn' : 'muted'}
          aria-live="polite"
        >
          {props.whatsapp === 'checking'
            ? copy.waChecking
            : props.whatsapp === 'valid'
              ? `✓ ${copy.waValid}`
              : copy.waInvalid}
        </p>
      )}
      {props.fields.map((field) => {
        const id = `bos-custom-${field.key}`;
        const value = props.custom[field.key] ?? '';
        const set = (e: { currentTarget: { value: string } }) =>
          props.onCustom(field.key, e.currentTarget.value);
        return (
          <Field
            key={field.key}
            id={id}
            label={field.label}
            suffix={field.required ? undefined : copy.optional}
            error={errors[`custom.${field.key}`]}
          >
            {(control) =>
              field.type === 'select' ? (
                <select {...control} value={value} required={field.required} onChange={set}>
                  <option value="">{copy.choose}</option>
                  {field.options?.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              ) : field.type === 'textarea' ? (
                <textarea {...control} value={value} required={field.required} onInput={set} />
              ) : (
                <input
                  {...control}
                  type={inputTypes[field.type] as 'text'}
                  value={value}
                  required={field.required}
                  onInput={set}
                />
              )
            }
          </Field>
        );
      })}
    </fieldset>
  );
}
