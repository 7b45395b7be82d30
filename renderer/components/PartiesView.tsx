import { useTranslation } from 'react-i18next';
import { hasPartyBlock, legalNameOf, DATE_TARGET, partyTarget, partyText, type Party, type Segment, type Target } from '../../shared/contract';
import { contractOf } from '../store/selectors';
import { useStore } from '../store/store';
import { TextEditor } from './editing/TextEditor';
import { MarkupText } from './markup/MarkupText';

function EditableBlock({ target, text, segments, label, editLabel }: { target: Target; text: string; segments: readonly Segment[]; label: string; editLabel: string }) {
  const view = useStore((state) => state.markupView);
  const editing = useStore((state) => state.editing?.kind === target.kind && state.editing.id === target.id);
  const startEditing = useStore((state) => state.startEditing);
  const stopEditing = useStore((state) => state.stopEditing);
  const editText = useStore((state) => state.editText);
  const requireAuthor = useStore((state) => state.requireAuthor);
  if (editing) {
    return (
      <TextEditor
        initial={text}
        label={label}
        onKeep={(next) => {
          if (next !== text) editText(target, next);
          stopEditing();
        }}
        onCancel={stopEditing}
      />
    );
  }
  return (
    <div className="editable-block" onDoubleClick={() => requireAuthor(() => startEditing(target))}>
      <MarkupText segments={segments} view={view} />
      <button type="button" className="small" onClick={() => requireAuthor(() => startEditing(target))}>
        {editLabel}
      </button>
    </div>
  );
}

/**
 * A party read from the text rather than a block of its own: nothing to edit here (its words
 * are edited in the clauses that hold them), so it shows how it was read, for the reviewer to check.
 */
function ReadParty({ party }: { party: Party }) {
  const { t } = useTranslation();
  const name = legalNameOf(party);
  return (
    <div className="read-party">
      <p className={name === null ? 'muted' : undefined}>{name ?? t('reader.partyRead.noName')}</p>
      <p className="party-role">{t('reader.partyRead.calledAs', { label: party.roleLabel })}</p>
      {party.source !== undefined && party.source !== 'block' && (
        <p className="muted party-cue">
          {t(`reader.partyRead.source.${party.source}`)} {party.cue !== undefined && <q>{party.cue}</q>}
        </p>
      )}
    </div>
  );
}

/** The front matter: title, date, the parties (editable, to fill in the template, or as read from the text), preamble and signatures. */
export function PartiesView() {
  const { t } = useTranslation();
  const contract = useStore(contractOf);
  const dateSegments: readonly Segment[] = contract.dateSegments ?? (contract.date ? [{ kind: 'equal', text: contract.date }] : []);
  return (
    <article className="parties-view">
      <h2 className="section-title">{contract.title}</h2>
      <section aria-label={t('reader.date')}>
        <h3>{t('reader.date')}</h3>
        <EditableBlock target={DATE_TARGET} text={contract.date ?? ''} segments={dateSegments} label={t('reader.date')} editLabel={contract.date ? t('edit.date') : t('edit.addDate')} />
      </section>
      {contract.parties.length === 0 && <p className="muted">{t('reader.noParties')}</p>}
      <div className="party-cards">
        {contract.parties.map((party, index) => (
          <section key={index} className={`party-card party-${party.role}`} aria-label={t(`reader.${party.role}`)}>
            <h3>{t(`reader.${party.role}`)}</h3>
            {hasPartyBlock(party) ? (
              <>
                <EditableBlock
                  target={partyTarget(index)}
                  text={partyText(party)}
                  segments={party.segments ?? [{ kind: 'equal', text: partyText(party) }]}
                  label={t(`reader.${party.role}`)}
                  editLabel={t('edit.party')}
                />
                <p className="muted party-role">{party.roleLine}</p>
              </>
            ) : (
              <ReadParty party={party} />
            )}
          </section>
        ))}
      </div>
      {contract.preamble.length > 0 && (
        <section>
          <h3>{t('reader.preamble')}</h3>
          {contract.preamble.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </section>
      )}
      {contract.signature.length > 0 && (
        <section>
          <h3>{t('reader.signature')}</h3>
          {contract.signature.map((line, index) => (
            <p key={index} className="signature-line">
              {line}
            </p>
          ))}
        </section>
      )}
    </article>
  );
}
