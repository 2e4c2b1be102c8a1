import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  hint?: string;
  value: number;
  /** Accepts a parsed number or returns a Dutch message saying what is wrong. */
  validate: (n: number) => string | null;
  onCommit: (n: number) => void;
  invalidMessage: string;
  step?: number;
}

/**
 * A number input that keeps what the user types (so a field can be emptied while typing) and only
 * passes on valid numbers; a decimal comma is accepted.
 */
export function NumberField({ label, hint, value, validate, onCommit, invalidMessage, step }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    setText((current) => (Number(current.replace(',', '.')) === value ? current : String(value)));
  }, [value]);

  const onChange = (next: string) => {
    setText(next);
    const n = Number(next.replace(',', '.'));
    const problem = next.trim() === '' || !Number.isFinite(n) ? invalidMessage : validate(n);
    setMessage(problem);
    if (!problem) onCommit(n);
  };

  return (
    <Field label={label} hint={hint} validationState={message ? 'error' : 'none'} validationMessage={message ?? undefined}>
      <Input inputMode="decimal" value={text} step={step} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
