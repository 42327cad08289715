import { useText } from '../text';
import { PanelDialog } from '../modal';
import { SHORTCUT_GROUPS, keyLabel } from './shortcutList';

const isMac = (): boolean => /Mac/.test(navigator.platform);

/** Help › Keyboard Shortcuts: every shortcut of the workstation, as this platform writes them. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const mac = isMac();
  const { t } = useText();
  return (
    <PanelDialog id="shortcuts-title" className="shortcuts-dialog" title={t('shortcuts.title')} onClose={onClose}>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
            <h3 id={`shortcuts-${group.title}`}>{t(`shortcuts.${group.title}`)}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.action} className="shortcut">
                  <dt>
                    <kbd>{keyLabel(shortcut.keys, mac)}</kbd>
                  </dt>
                  <dd>{t(`shortcuts.${shortcut.action}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </PanelDialog>
  );
}
