import type { ComponentChildren } from 'preact';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** A labelled control with its hint and its error, wired for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** Shown after the label, e.g. "(opsional)". */
  suffix?: string;
  children: (control: ControlProps) => ComponentChildren;
}) {
  const { id, error, hint } = props;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div>
      <label for={id}>
        {props.label} {props.suffix && <span class="muted">{props.suffix}</span>}
      </label>
      {props.children({ id, 'aria-invalid': !!error, 'aria-describedby': described || undefined })}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function FieldError(props: { id: string; error?: string }) {
  return props.error ? (
    <p class="error" id={props.id} role="alert">
      {props.error}
    </p>
  ) : null;
}
