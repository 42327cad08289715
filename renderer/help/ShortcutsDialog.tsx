import { useText } from '../text';
import { PanelDialog } from '../modal';
import { SHORTCUT_GROUPS, keyLabel } from '../../electron/shortcuts';
import { onMac } from '../platform';

/** Help › Keyboard Shortcuts: every shortcut of the workstation, as this platform writes them. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useText();
  return (
    <PanelDialog id="shortcuts-title" className="shortcuts-dialog" title={t('shortcuts.title')} onClose={onClose}>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
            <h3 id={`shortcuts-${group.title}`}>{t(`shortcuts.${group.title}`)}</h3>
            <dl>
              {group.actions.map((action) => (
                <div key={action} className="shortcut">
                  <dt>
                    <kbd>{keyLabel(action, onMac)}</kbd>
                  </dt>
                  <dd>{t(`shortcuts.${action}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </PanelDialog>
  );
}
