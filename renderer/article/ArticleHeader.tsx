import { memo, useRef, useState } from 'react';
import { useText } from '../text';
import { LANGUAGES, MAX_WORD_TARGET, STATUSES } from '../../electron/core/article/choices';
import type { ArticleFields, Language } from '../../electron/core/article/schema';
import { lineText, linesText } from '../../electron/core/text/controls';
import { ChoiceField, useStatusLabels } from './ChoiceField';
import { DateInput } from './DateInput';

export type HeaderFields = Omit<ArticleFields, 'body'>;

/** Each article language is named in itself, whatever the interface speaks. */
const LANGUAGE_LABELS: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English' };

export interface ArticleHeaderProps {
  fields: HeaderFields;
  onChange(patch: Partial<HeaderFields>): void;
  onBlur(): void;
  /** Enter at the end of the sapo moves on to the body. */
  onSapoDone(): void;
  /** Put the cursor in the headline (a new, empty article). */
  focusHeadline: boolean;
}

/** Enter, unless it is confirming an input method's composition. */
function isPlainEnter(event: React.KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && event.keyCode !== 229;
}

/**
 * Comma-separated names and tags as the reporter types them; stored as lists. Like every field
 * here, without control characters (pasted from a terminal or a PDF): as the library keeps them.
 */
export function splitList(text: string): string[] {
  return lineText(text)
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The article's metadata above the body: what a desk needs to place and credit the piece. */
/** Drawn again only when its fields change: not when the status bar or the save state does. */
export const ArticleHeader = memo(function ArticleHeader({ fields, onChange, onBlur, onSapoDone, focusHeadline }: ArticleHeaderProps) {
  const sapo = useRef<HTMLTextAreaElement>(null);
  const { t } = useText();
  const statusLabels = useStatusLabels();
  return (
    <div className="article-header" onBlur={onBlur}>
      <label className="headline-field">
        <span className="visually-hidden">{t('article.headline')}</span>
        <textarea
          className="headline"
          data-field="headline"
          rows={1}
          autoFocus={focusHeadline}
          lang={fields.language}
          placeholder={t('article.headline')}
          value={fields.headline}
          onChange={(event) => onChange({ headline: lineText(event.target.value) })}
          onKeyDown={(event) => {
            if (!isPlainEnter(event)) return;
            event.preventDefault();
            sapo.current?.focus();
          }}
        />
      </label>
      <label className="sapo-field">
        <span className="visually-hidden">{t('article.sapo')}</span>
        <textarea
          ref={sapo}
          className="sapo"
          data-field="sapo"
          rows={2}
          lang={fields.language}
          placeholder={t('article.sapoPlaceholder')}
          value={fields.sapo}
          onChange={(event) => onChange({ sapo: linesText(event.target.value) })}
          onKeyDown={(event) => {
            if (!isPlainEnter(event)) return;
            event.preventDefault();
            onSapoDone();
          }}
        />
      </label>
      <div className="meta-grid">
        <ListField label={t('article.byline')} field="byline" hint={t('article.bylineHint')} value={fields.byline} onChange={(byline) => onChange({ byline })} />
        <label className="field">
          <span>{t('article.datelinePlace')}</span>
          <input type="text" value={fields.dateline.place} onChange={(event) => onChange({ dateline: { ...fields.dateline, place: lineText(event.target.value) } })} />
        </label>
        <label className="field">
          <span>{t('article.date')}</span>
          <DateInput value={fields.dateline.date ?? ''} onChange={(date) => onChange({ dateline: { ...fields.dateline, date: date === '' ? null : date } })} />
        </label>
        <label className="field">
          <span>{t('article.source')}</span>
          <input type="text" placeholder={t('article.sourcePlaceholder')} value={fields.source} onChange={(event) => onChange({ source: lineText(event.target.value) })} />
        </label>
        <label className="field">
          <span>{t('article.section')}</span>
          <input type="text" value={fields.section} onChange={(event) => onChange({ section: lineText(event.target.value) })} />
        </label>
        <ListField label={t('article.tags')} hint={t('article.tagsHint')} value={fields.tags} onChange={(tags) => onChange({ tags })} />
        <ChoiceField label={t('article.language')} value={fields.language} choices={LANGUAGES} labels={LANGUAGE_LABELS} onChange={(language) => language && onChange({ language })} />
        <ChoiceField label={t('article.status')} value={fields.status} choices={STATUSES} labels={statusLabels} onChange={(status) => status && onChange({ status })} />
        <label className="field">
          <span>{t('article.wordTarget')}</span>
          <input
            type="number"
            min={1}
            max={MAX_WORD_TARGET}
            step={50}
            placeholder={t('article.noTarget')}
            value={fields.wordTarget ?? ''}
            onChange={(event) => {
              const words = event.target.valueAsNumber;
              // Empty is no target; a number out of range is not taken (the field shows the last one).
              if (event.target.value === '') onChange({ wordTarget: null });
              else if (Number.isInteger(words) && words >= 1 && words <= MAX_WORD_TARGET) onChange({ wordTarget: words });
            }}
          />
        </label>
      </div>
    </div>
  );
});

interface ListFieldProps {
  label: string;
  field?: string;
  hint: string;
  value: string[];
  onChange(value: string[]): void;
}

/**
 * A list edited as text. The text is kept as typed while the field has focus, so a trailing comma
 * or a space between names is not swallowed mid-word.
 */
function ListField({ label, field, hint, value, onChange }: ListFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <ListInput value={value} onChange={onChange} title={hint} field={field} />
    </label>
  );
}

function ListInput({ value, onChange, title, field }: { value: string[]; onChange(value: string[]): void; title: string; field?: string | undefined }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      data-field={field}
      type="text"
      title={title}
      value={draft ?? value.join(', ')}
      onFocus={() => setDraft(value.join(', '))}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(splitList(event.target.value));
      }}
      onBlur={() => setDraft(null)}
    />
  );
}
