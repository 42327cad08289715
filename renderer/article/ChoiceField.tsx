import { useMemo } from 'react';
import { useText } from '../text';
import type { Status } from '../../electron/core/article/schema';

/** The statuses by name, in the interface language. */
export function useStatusLabels(): Record<Status, string> {
  // `t` is another function in another language: the labels are made again.
  const { t } = useText();
  return useMemo(() => ({ draft: t('status.draft'), editing: t('status.editing'), ready: t('status.ready') }), [t]);
}

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T | '';
  choices: readonly T[];
  labels: Record<T, string>;
  /** Offers "no choice" (value '') under this label, as filters do. */
  anyLabel?: string;
  onChange(value: T | ''): void;
}

/** A labelled drop-down over a fixed set of values (status, language). */
export function ChoiceField<T extends string>({ label, value, choices, labels, anyLabel, onChange }: ChoiceFieldProps<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(choices.find((choice) => choice === event.target.value) ?? '')}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </label>
  );
}
