/**
 * Parties read from the text rather than a block of their own are shown as read, with how and
 * from which words, and are not offered for editing (their words change in the clauses).
 */
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PartiesView } from '../../renderer/components/PartiesView';
import { initI18n } from '../../renderer/i18n';
import { useStore } from '../../renderer/store/store';
import { parseContract } from '../../shared/parse/parseContract';
import { newReview } from '../../shared/review/newReview';

const VENDOR_DPA = `# Data Processing Addendum

This Addendum is entered into between Harbour Retail Ltd ("Customer") and Zephyr Analytics, Inc. ("Zephyr" or "Processor").

1. Processing

1.1 Zephyr processes Customer Personal Data only on documented instructions.
`;

const initialState = useStore.getState();

function show(text: string) {
  const contract = parseContract(text);
  useStore.setState({ ...initialState, review: newReview(contract, { name: 'dpa.md', kind: 'markdown' }, new Date(0).toISOString()) }, true);
  render(<PartiesView />);
}

describe('parties read from the text', () => {
  beforeEach(() => useStore.setState(initialState, true));

  it('shows the name, the term the contract uses and the words it was read from, in English', async () => {
    await initI18n('en');
    show(VENDOR_DPA);
    const provider = screen.getByRole('region', { name: 'Provider (processor)' });
    expect(within(provider).getByText('Zephyr Analytics, Inc.')).toBeTruthy();
    expect(within(provider).getByText('Called “Zephyr” in the contract')).toBeTruthy();
    expect(within(provider).getByText(/Read from the words that define it/u).textContent).toContain('("Zephyr" or "Processor")');
    expect(within(provider).queryByRole('button')).toBeNull();
  });

  it('says so in German', async () => {
    await initI18n('de');
    show(VENDOR_DPA);
    const customer = screen.getByRole('region', { name: 'Auftraggeber (Verantwortlicher)' });
    expect(within(customer).getByText('Harbour Retail Ltd')).toBeTruthy();
    expect(within(customer).getByText('Im Vertrag „Customer“ genannt')).toBeTruthy();
    expect(within(customer).queryByRole('button')).toBeNull();
  });
});
