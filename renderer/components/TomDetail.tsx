import { useTranslation } from 'react-i18next';
import type { Tom } from '../../shared/contract';
import { sentenceText } from '../../shared/responsibility';
import { CueText } from './CueText';
import { PartyLabel } from './ResponsibilityChip';
import { ResponsibilityOverride } from './ResponsibilityOverride';
import { doubtLines, reasonText } from './reasonText';

/** One measure: its text with the cue marked, why its reading is unsure (if it is), the reason, and the reading of each sentence. */
export function TomDetail({ tom }: { readonly tom: Tom }) {
  const { t } = useTranslation();
  const { responsibility } = tom;
  const doubts = doubtLines(responsibility, t);
  const force = { duty: t('toms.sentenceDuty'), option: t('toms.sentenceOption'), none: t('toms.sentenceNone') };
  return (
    <section className="measure-detail" aria-label={tom.category.title}>
      <p className="muted">
        {tom.category.number} {tom.category.title}
        {tom.services.length > 0 && ` · ${tom.services.join(', ')}`}
      </p>
      <p className="measure-text">
        <CueText text={tom.text} cues={responsibility.cues} />
      </p>
      {doubts.length > 0 && (
        <div className="measure-doubt" role="note">
          {doubts.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <p className="measure-decision">
        <PartyLabel party={responsibility.party} /> <span>{reasonText(responsibility.reason, t)}</span>
      </p>
      <ResponsibilityOverride key={tom.id} target={{ kind: 'tom', id: tom.id }} responsibility={responsibility} />
      {responsibility.sentences.length > 0 && (
        <>
          <h3>{t('toms.reading')}</h3>
          <ol className="sentence-reading">
            {responsibility.sentences.map((sentence) => (
              <li key={sentence.start}>
                <span className={`force force-${sentence.force}`}>{force[sentence.force]}</span>
                {sentence.party && sentence.force !== 'none' && <PartyLabel party={sentence.party} />}
                <span className="sentence-text">{sentenceText(tom.text, sentence)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
