import type { ReactNode } from 'react';
import type { PtceColumn } from '../../data/ptce-schema';
import { useT } from '../../state/use-t';

export const fieldId = (column: string) => `corr-${column}`;
export const errorId = (column: string) => `corr-${column}-error`;

export interface Option {
  value: string;
  label: string;
}

/**
 * One labelled field of the correction form. Its error, when the last check found one, is
 * tied to it with aria-describedby and aria-invalid.
 */
export function FormField({
  column,
  value,
  onChange,
  error,
  kind = 'text',
  options,
  required = false,
  readOnly = false,
  inputMode,
  children,
}: {
  column: PtceColumn;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  kind?: 'text' | 'textarea' | 'select' | 'url';
  options?: readonly Option[];
  required?: boolean;
  readOnly?: boolean;
  inputMode?: 'decimal' | 'numeric';
  children?: ReactNode;
}) {
  const t = useT();
  const common = {
    id: fieldId(column),
    name: column,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId(column) : undefined,
    'aria-required': required || undefined,
  } as const;
  return (
    <div className={`corr-field corr-field--${column}${error ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(column)}>
        {t(`col_${column}`)}
        {required && <span className="corr-field__required"> ({t('formRequired')})</span>}
      </label>
      {kind === 'textarea' ? (
        <textarea {...common} value={value} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : kind === 'select' ? (
        <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
          {options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={kind === 'url' ? 'url' : 'text'}
          value={value}
          readOnly={readOnly}
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {error && (
        <p className="corr-field__error" id={errorId(column)}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
