import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../shared/host';
import { folderOf, shortenFolder } from '../../shared/text';
import { host } from '../host';
import { useStore } from '../store/store';
import { LanguageSwitch, type LanguageProps } from './LanguageSwitch';
import { useDateFormat } from './markup/useDateFormat';
import { RecoveryNotice } from './RecoveryNotice';

/** About as many characters as the line beside a file's name holds; CSS cuts the rest at the end. */
const FOLDER_CHARACTERS = 56;

export function StartScreen(props: LanguageProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const open = useStore((state) => state.open);
  const opening = useStore((state) => state.opening);
  const error = useStore((state) => state.error);
  const [recent, setRecent] = useState<readonly RecentFile[]>([]);

  useEffect(() => {
    let live = true;
    void host()
      .listRecent()
      .then((files) => live && setRecent(files));
    return () => {
      live = false;
    };
  }, [error]);

  return (
    <main className="start" aria-busy={opening}>
      <header className="start-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch {...props} />
      </header>
      <RecoveryNotice />
      <section className="start-actions" aria-label={t('start.heading')}>
        <button type="button" className="action primary" disabled={opening} onClick={() => void open(() => host().openTemplate())}>
          <span className="action-title">{t('start.openTemplate')}</span>
          <span className="action-hint">{t('start.openTemplateHint')}</span>
        </button>
        <button type="button" className="action" disabled={opening} onClick={() => void open(() => host().openFile())}>
          <span className="action-title">{t('start.openFile')}</span>
          <span className="action-hint">{t('start.openFileHint')}</span>
        </button>
      </section>
      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('start.recent')}</h2>
        {recent.length === 0 ? (
          <p className="muted">{t('start.noRecent')}</p>
        ) : (
          <ul>
            {recent.map((file) => (
              <li key={file.path}>
                <button type="button" className="recent-file" title={file.path} disabled={opening} onClick={() => void open(() => host().openRecent(file.path))}>
                  <span className="recent-name">{file.name}</span>
                  <span className="recent-path">{shortenFolder(folderOf(file.path), FOLDER_CHARACTERS)}</span>
                  <time dateTime={file.openedAt}>{formatDate(file.openedAt)}</time>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {opening && <p className="status" role="status">{t('start.opening')}</p>}
      <p className="muted offline">{t('start.offline')}</p>
    </main>
  );
}
