import { useText } from '../text';

/** The screen with no article open: how many there are, and a new one. */
export function Welcome({ count, onNew }: { count: number; onNew(): void }) {
  const { t } = useText();
  return (
    <section className="welcome">
      <h1>{count === 0 ? t('app.emptyLibrary') : t('app.pickUp')}</h1>
      <p>{count === 0 ? t('app.startFirst') : t('app.openOne', { count })}</p>
      <button type="button" className="primary" onClick={onNew}>
        {t('app.newArticle')}
      </button>
    </section>
  );
}
