import { TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';

/**
 * What the content holds for a typed number: blank is null where the field may be blank, else 0;
 * text that is no number is -1. The content must stay JSON numbers, and the server then names
 * the problem by range (area, share and year must be in range).
 */
export function numberOf(text: string, nullable: boolean): number | null {
  const plain = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (plain === '') return nullable ? null : 0;
  const n = Number(plain);
  return Number.isFinite(n) ? n : -1;
}

const shown = (value: number | null) => (value === null || value === 0 ? '' : String(value));

/** A number typed as text ("54,2" or "54.2"), so that a half-typed value stays on screen. */
export function NumberField({
  id,
  label,
  description,
  error,
  value,
  nullable = false,
  required,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string;
  value: number | null;
  nullable?: boolean;
  required?: boolean;
  onChange: (value: number | null) => void;
  onBlur: () => void;
}) {
  const [text, setText] = useState(() => shown(value));
  const [emitted, setEmitted] = useState(value);
  // A change from outside (pre-fill, undo) replaces the text; own keystrokes do not.
  if (!Object.is(value, emitted)) {
    setEmitted(value);
    setText(shown(value));
  }

  return (
    <TextInput
      id={id}
      label={label}
      description={description}
      error={error}
      withAsterisk={required}
      inputMode="decimal"
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        const n = numberOf(next, nullable);
        setText(next);
        setEmitted(n);
        onChange(n);
      }}
      onBlur={onBlur}
    />
  );
}
