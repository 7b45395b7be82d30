import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { chordsOf, SHORTCUT_GROUPS, SHORTCUTS } from '../../shared/keyboard';
import { useKeyLabels } from '../keyboard';
import { Modal } from './Modal';

/** Every keyboard shortcut, grouped, as this platform writes its keys (Ctrl or ⌘) in the UI's language. */
export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const keys = useKeyLabels();
  return (
    <Modal title={t('shortcuts.title')} onClose={onClose}>
      <div className="shortcuts-dialog">
        <div className="shortcuts-head">
          <p className="muted">{t('shortcuts.intro')}</p>
          <button type="button" onClick={onClose}>
            {t('shortcuts.close')}
          </button>
        </div>
        <div className="shortcut-groups">
          {SHORTCUT_GROUPS.map((group) => (
            <section key={group} className="shortcut-group" aria-labelledby={`shortcuts-${group}`}>
              <h3 id={`shortcuts-${group}`}>{t(`shortcuts.groups.${group}`)}</h3>
              <table className="shortcut-table">
                <tbody>
                  {SHORTCUTS.filter((shortcut) => shortcut.group === group).map((shortcut) => (
                    <tr key={shortcut.id}>
                      <th scope="row">{t(`shortcuts.actions.${shortcut.id}`)}</th>
                      <td>
                        {chordsOf(shortcut, keys.platform).map((chord, index) => (
                          <Fragment key={chord}>
                            {index > 0 && <span className="muted"> {t('shortcuts.or')} </span>}
                            <kbd>{keys.chord(chord)}</kbd>
                          </Fragment>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </div>
    </Modal>
  );
}
