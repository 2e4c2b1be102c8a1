import { Field, Input, Select, Textarea } from '@fluentui/react-components';

/** A labelled drop-down of fixed choices; `label` of a choice defaults to its value. */
export function ChoiceField({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: string;
  choices: readonly (string | { value: string; label: string })[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {choices.map((choice) => {
          const { value: v, label: l } = typeof choice === 'string' ? { value: choice, label: choice } : choice;
          return (
            <option key={v} value={v}>
              {l}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}

/**
 * A required text field that shows its Dutch message once the user tried to save without it
 * (an override's reason, a consensus motivation, the assessor's name).
 */
export function RequiredTextField({
  label,
  value,
  onChange,
  showMissing,
  missingMessage,
  multiline,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** True after a save attempt: an empty value then shows `missingMessage`. */
  showMissing: boolean;
  missingMessage: string;
  multiline?: boolean;
}) {
  const missing = showMissing && value.trim() === '';
  return (
    <Field label={label} required validationState={missing ? 'error' : 'none'} validationMessage={missing ? missingMessage : undefined}>
      {multiline ? (
        <Textarea value={value} resize="vertical" onChange={(_, data) => onChange(data.value)} />
      ) : (
        <Input value={value} onChange={(_, data) => onChange(data.value)} />
      )}
    </Field>
  );
}
