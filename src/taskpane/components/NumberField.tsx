import { Field, Input } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { readDecimal } from '../../rules/dutch-number';

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

/** "3," is 3 while the user is on the way to "3,5": no error flashes between the keys. */
const whileTyping = (text: string): number | undefined => readDecimal(text.trim().replace(/[.,]$/, ''));

/**
 * A number input that keeps what the user types (so a field can be emptied while typing) and only
 * passes on valid numbers; a decimal comma is accepted.
 */
export function NumberField({ label, hint, value, validate, onCommit, invalidMessage, step }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    setText((current) => (whileTyping(current) === value ? current : String(value)));
  }, [value]);

  const onChange = (next: string) => {
    setText(next);
    const n = whileTyping(next);
    const problem = n === undefined ? invalidMessage : validate(n);
    setMessage(problem);
    if (n !== undefined && !problem) onCommit(n);
  };

  return (
    <Field label={label} hint={hint} validationState={message ? 'error' : 'none'} validationMessage={message ?? undefined}>
      <Input inputMode="decimal" value={text} step={step} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
