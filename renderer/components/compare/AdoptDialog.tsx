import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { untrackedDifferences, answerSide, describeWhere, findVersion } from '../../../shared/compare';
import { useStore } from '../../store/store';
import { Modal } from '../Modal';
import { DiffText } from './DiffText';

/** Asks whose changes the comparison becomes, says what cannot be adopted, and adopts. */
export function AdoptDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const comparison = useStore((state) => state.comparison)!;
  const review = useStore((state) => state.review)!;
  const adopt = useStore((state) => state.adoptComparison);
  const adopting = useStore((state) => state.adopting);
  const cancelAdoption = useStore((state) => state.cancelAdoption);
  // Closed while adopting (Cancel, Escape): the adoption is not wanted.
  const close = () => {
    cancelAdoption();
    onClose();
  };
  const requireAuthor = useStore((state) => state.requireAuthor);
  const side = comparison.new;
  const suggested = side.kind === 'version' ? (findVersion(review, side.id)?.author ?? '') : side.kind === 'file' ? answerSide(side.review.contract, side.properties, '').author : '';
  const [author, setAuthor] = useState(suggested);
  const id = useId();
  const untracked = untrackedDifferences(comparison.result);

  return (
    <Modal title={t('compare.adoptTitle')} onClose={close}>
      <form
        className="form adopt-form"
        onSubmit={(event) => {
          event.preventDefault();
          // The dialog stays, its button busy, until the adoption (in the background) is done.
          requireAuthor(() => {
            void adopt(author).then((adopted) => {
              if (adopted) onClose();
            });
          });
        }}
      >
        <p>{t(side.kind === 'file' ? 'compare.adoptExplainAnswer' : 'compare.adoptExplain')}</p>
        <label htmlFor={id}>{t(side.kind === 'file' ? 'compare.adoptAnswerAuthor' : 'compare.adoptAuthor')}</label>
        <input id={id} value={author} onChange={(event) => setAuthor(event.target.value)} required />
        {untracked.length > 0 && (
          <div className="untracked">
            <p>{t('compare.untracked', { count: untracked.length })}</p>
            <ul>
              {untracked.map((change, index) => (
                <li key={index}>
                  <strong>{describeWhere(change.where, t)}:</strong> <DiffText segments={change.segments} blocks={false} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="form-buttons">
          <button type="button" onClick={close}>
            {t('compare.cancel')}
          </button>
          <button type="submit" className="primary" disabled={author.trim() === '' || adopting} aria-busy={adopting}>
            {adopting ? t('compare.adopting') : t('compare.adoptConfirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
