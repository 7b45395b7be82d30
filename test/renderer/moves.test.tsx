/** A move Word wrote, in the change list: labelled as a move, and accepted whole from either half. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChangeList } from '../../renderer/components/ChangeList';
import { initI18n } from '../../renderer/i18n';
import { useStore } from '../../renderer/store/store';
import { newReview } from '../../shared/review/newReview';
import { contractOf, MOVED_WORDS, WHEN } from '../support/docxMoves';

const initialState = useStore.getState();

function show() {
  useStore.setState({ ...initialState, review: newReview(contractOf(MOVED_WORDS), { name: 'avv.docx', kind: 'docx' }, WHEN) }, true);
  act(() => useStore.getState().setAuthor({ name: 'Anna Schmidt', initials: 'AS', color: '#1f5f8b' }));
  render(<ChangeList />);
  return within(screen.getByRole('region', { name: /Changes|Änderungen/u }));
}

describe('a move in the change list', () => {
  beforeEach(() => useStore.setState(initialState, true));

  it('names both halves as a move by its author, and accepting one decides both', async () => {
    await initI18n('en');
    const list = show();
    const [source, destination] = list.getAllByRole('listitem');
    expect(within(source!).getByText('Moved from here').getAttribute('data-tip')).toMatch(/decides the other half too/u);
    expect(within(destination!).getByText('Moved here')).toBeTruthy();
    expect(source!.textContent).toContain('Jens Krüger');
    const user = userEvent.setup();
    await user.click(within(destination!).getByRole('button', { name: /Accept/u }));
    await user.keyboard('{Enter}');
    expect(list.getByText('No pending changes.')).toBeTruthy();
    expect(useStore.getState().review!.contract.sections[0]!.clauses.map((clause) => clause.text)).toEqual([
      'Der Auftragnehmer meldet Vorfälle dem Auftraggeber.',
      'Er unterstützt unverzüglich bei Anfragen.',
    ]);
  });

  it('says so in German', async () => {
    await initI18n('de');
    const list = show();
    expect(list.getByText('Von hier verschoben')).toBeTruthy();
    expect(list.getByText('Hierher verschoben')).toBeTruthy();
  });
});
