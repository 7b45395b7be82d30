import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyChecklistOverrides, CHECKLIST_ITEM_IDS, checkContract, checkedBefore, checkInSteps, describeChecklistReason, itemTitle, scoreOf, withChecklistOverride, withoutChecklistOverride } from '../../../shared/checklist';
import { translator } from '../../../shared/i18n';
import { parseContract } from '../../../shared/parse/parseContract';
import { readFixture, readTemplate } from '../../support/files';
import { largeContract } from '../../bench/generate';
import type { ChecklistItemResult } from '../../../shared/checklist';
import type { ChecklistStatus } from '../../../shared/checklist/status';

const WRITTEN = resolve(import.meta.dirname, '../../fixtures/written');
/** Runs a check in steps to its end: how many steps, the count of items done each told, and the results. */
function drained(steps: ReturnType<typeof checkInSteps>): { steps: number; done: number[]; results: readonly ChecklistItemResult[] } {
  const done: number[] = [];
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { steps: done.length, done, results: step.value };
    done.push(step.value);
  }
}

const written = (name: string) => parseContract(readFileSync(resolve(WRITTEN, name), 'utf8'));
const statusOf = (items: ReturnType<typeof checkContract>, id: string) => items.find((item) => item.id === id)!;
const count = (items: ReturnType<typeof checkContract>, status: ChecklistStatus) => items.filter((item) => item.status === status).length;

describe('the Art. 28 checklist', () => {
  it('checks exactly the items of the issue, in order', () => {
    const items = checkContract(parseContract(readTemplate()));
    expect(items.map((item) => item.id)).toEqual([...CHECKLIST_ITEM_IDS]);
    expect(CHECKLIST_ITEM_IDS).toEqual([
      'art28-3-subject', 'art28-3-duration', 'art28-3-nature', 'art28-3-purpose', 'art28-3-data-types', 'art28-3-data-subjects',
      'art28-3-controller-rights', 'art28-3-a', 'art28-3-a-infringing', 'art28-3-b', 'art28-3-c', 'art28-2', 'art28-2-objection',
      'art28-4-flow-down', 'art28-4-liability', 'art28-3-e', 'art28-3-f', 'art28-3-g', 'art28-3-h', 'art28-9',
    ]);
  });

  it.each(['dpa-eu-scc-2021-915-en.txt', 'dpa-eu-scc-2021-915-de.txt'])('finds the Commission’s standard clauses (%s) covered nearly everywhere', (name) => {
    const items = checkContract(parseContract(readFixture(name)));
    expect(count(items, 'covered')).toBeGreaterThanOrEqual(18);
    // The clauses never say their own form: informing *in writing* of a change is no written form (Art. 28(9)).
    expect(items.filter((item) => item.status === 'missing').map((item) => item.id)).toEqual(['art28-9']);
    expect(statusOf(items, 'art28-3-f')).toMatchObject({ status: 'covered', clauses: expect.arrayContaining(['9.2']) });
    expect(statusOf(items, 'art28-4-flow-down')).toMatchObject({ status: 'covered', clauses: ['7.7'] });
    expect(statusOf(items, 'art28-3-a')).toMatchObject({ status: 'covered', clauses: ['7.1', '7.8'] });
  });

  it('finds the template lacking: weak where it refers elsewhere or charges, missing where it is silent', () => {
    const items = checkContract(parseContract(readTemplate()));
    expect(count(items, 'covered')).toBeLessThan(12);
    expect(statusOf(items, 'art28-3-subject')).toMatchObject({ status: 'weak', clauses: ['1.1'], reason: { kind: 'weakened', weakness: 'reference' } });
    expect(statusOf(items, 'art28-3-h')).toMatchObject({ status: 'weak', reason: { kind: 'weakened', weakness: 'chargeable', cite: '7.4' } });
    expect(statusOf(items, 'art28-3-f')).toMatchObject({ status: 'weak', reason: { kind: 'weakened', weakness: 'chargeable', cite: '8.2' } });
    expect(statusOf(items, 'art28-3-e')).toMatchObject({ status: 'weak', clauses: ['4.1', '4.2', '4.3'] });
    expect(statusOf(items, 'art28-4-flow-down')).toMatchObject({ status: 'missing', clauses: [], reason: { kind: 'missing', missing: ['flowDown'] } });
    expect(statusOf(items, 'art28-4-liability').status).toBe('missing');
    expect(statusOf(items, 'art28-3-a-infringing')).toMatchObject({ status: 'covered', clauses: ['9.2'] });
    expect(statusOf(items, 'art28-3-data-subjects')).toMatchObject({ status: 'covered', clauses: expect.arrayContaining(['Anlage II']) });
    expect(statusOf(items, 'art28-2')).toMatchObject({ status: 'weak', reason: { kind: 'partial', missing: ['authorisation'] } });
  });

  it.each([
    ['two spaces between words', (text: string) => text.replace(/(\S) (?=\S)/gu, '$1  ')],
    ['tabs and no-break spaces', (text: string) => text.replace(/(\S) (?=\S)/gu, (_, before: string) => `${before}${before.length % 2 ? '\t' : '\u00a0'}`)],
  ])('reads a contract with %s as it reads the clean one', (_, respace) => {
    const clean = checkContract(parseContract(readTemplate()));
    const respaced = checkContract(parseContract(respace(readTemplate())));
    expect(respaced.map((item) => [item.id, item.status, item.clauses])).toEqual(clean.map((item) => [item.id, item.status, item.clauses]));
  });

  it('tells a description by reference from one in the contract (English)', () => {
    const items = checkContract(written('dpa-saas-en.txt'));
    for (const id of ['art28-3-nature', 'art28-3-purpose', 'art28-3-data-types', 'art28-3-data-subjects']) {
      expect(statusOf(items, id)).toMatchObject({ status: 'weak', reason: { kind: 'weakened', weakness: 'reference', words: 'set out in the Main Agreement' } });
    }
    expect(statusOf(items, 'art28-3-h')).toMatchObject({ status: 'weak', reason: { weakness: 'chargeable', words: 'audit fees' } });
    expect(statusOf(items, 'art28-3-e')).toMatchObject({ status: 'weak', reason: { weakness: 'chargeable', words: 'at the Customer\'s expense' } });
    expect(statusOf(items, 'art28-2-objection')).toMatchObject({ status: 'weak', reason: { kind: 'partial', missing: ['objection'] } });
    expect(statusOf(items, 'art28-9').status).toBe('missing');
  });

  it('finds a contract written out in full covered, and says what a conditional duty lacks (German)', () => {
    const full = checkContract(written('avv-saas-de.txt'));
    expect(count(full, 'covered')).toBeGreaterThanOrEqual(17);
    expect(statusOf(full, 'art28-9')).toMatchObject({ status: 'covered', clauses: ['2.2', '8.1'] });
    const hosting = checkContract(written('avv-hosting-de.txt'));
    expect(statusOf(hosting, 'art28-3-e')).toMatchObject({ status: 'weak', reason: { kind: 'weakened', weakness: 'conditional', words: 'soweit vereinbart' } });
    // *nur … nach Weisungen*, with no form for the instructions anywhere: every processing bound to instructions, but not to documented ones.
    expect(statusOf(hosting, 'art28-3-a')).toMatchObject({ status: 'weak', reason: { kind: 'partial', missing: ['instructions'], quote: expect.stringContaining('nach Weisungen') } });
    expect(statusOf(hosting, 'art28-3-c')).toMatchObject({ status: 'weak', clauses: ['Anlage 1'] });
    expect(statusOf(hosting, 'art28-4-liability')).toMatchObject({ status: 'covered', clauses: expect.arrayContaining(['3.2']) });
  });

  it.each([
    [
      'avv-praxis-de.txt',
      {
        'art28-3-f': 'Verletzungen des Schutzes personenbezogener Daten meldet er',
        'art28-4-flow-down': 'dieselben Datenschutzpflichten aufzuerlegen',
        'art28-2-objection': 'nur mit vorheriger Zustimmung des Verantwortlichen',
        'art28-4-liability': 'haftet der Auftragsverarbeiter',
        'art28-3-h': 'Der Verantwortliche ist berechtigt, die Einhaltung dieser Vereinbarung beim Auftragsverarbeiter zu überprüfen',
      },
    ],
    [
      'dpa-vendor-we-en.txt',
      {
        'art28-3-f': 'accidental or unlawful destruction, loss or disclosure',
        'art28-4-flow-down': 'no less protective than this DPA',
        'art28-4-liability': 'We remain liable to you for the acts and omissions of our sub-processors',
        'art28-3-h': 'may audit our compliance',
      },
    ],
  ] as const)('finds every duty of a contract that says each in words of its own, quoting the words that decided (%s)', (name, quotes: Readonly<Record<string, string>>) => {
    const items = checkContract(written(name));
    expect(items.filter((item) => item.status !== 'covered').map((item) => item.id)).toEqual([]);
    for (const [id, words] of Object.entries(quotes)) {
      const { reason } = statusOf(items, id);
      expect(reason.kind === 'covered' && reason.quote, id).toContain(words);
    }
  });

  it('credits the audits to the controller’s right, not to what anyone may inspect (English, vendor speaking as “we”)', () => {
    const items = checkContract(written('dpa-vendor-we-en.txt'));
    expect(statusOf(items, 'art28-3-h').clauses).toEqual(['6.1']);
    expect(statusOf(items, 'art28-2-objection')).toMatchObject({ status: 'covered', clauses: ['3.2', '3.3'] });
  });

  it('marks an annex form that is still blank in its reason', () => {
    const items = checkContract(parseContract(readFixture('dpa-eu-scc-2021-915-en.txt')));
    expect(statusOf(items, 'art28-3-data-subjects')).toMatchObject({ status: 'covered', reason: { kind: 'blank', cite: 'ANNEX II' } });
  });

  it('words every reason in both languages, naming the clause and the wording', () => {
    const items = checkContract(parseContract(readTemplate()));
    const en = translator('en');
    const de = translator('de');
    expect(describeChecklistReason(statusOf(items, 'art28-3-h').reason, en)).toMatch(/^Made chargeable in 7\.4: “Vergütungsanspruch”\.$/u);
    expect(describeChecklistReason(statusOf(items, 'art28-4-liability').reason, de)).toBe(
      'Keine Klausel regelt Folgendes: dass der Auftragsverarbeiter für seine Unterauftragsverarbeiter haftet.',
    );
    for (const item of items) {
      for (const t of [en, de]) {
        expect(itemTitle(item.id, t)).not.toContain('checklist.');
        expect(describeChecklistReason(item.reason, t)).not.toMatch(/checklist\.|\{\{/u);
      }
    }
  });

  it('lets a reviewer set an item’s status with a note, counts it in the score, and reset it', () => {
    const items = checkContract(parseContract(readTemplate()));
    const before = scoreOf(applyChecklistOverrides(items, []));
    const overrides = withChecklistOverride([], { itemId: 'art28-4-liability', status: 'covered', note: '§ 9 of the main contract', by: 'Dana', at: '2025-01-01T10:00:00Z' });
    const entries = applyChecklistOverrides(items, overrides);
    expect(entries.find((entry) => entry.id === 'art28-4-liability')).toMatchObject({ status: 'missing', effective: 'covered', override: { by: 'Dana' } });
    const after = scoreOf(entries);
    expect(after.covered).toBe(before.covered + 1);
    expect(after.percent).toBeGreaterThan(before.percent);
    expect(scoreOf(applyChecklistOverrides(items, withoutChecklistOverride(overrides, 'art28-4-liability')))).toEqual(before);
  });

  it('checks a contract once: in steps or whole, the results are kept for that contract and no other', () => {
    const contract = parseContract(readTemplate());
    const steps = checkInSteps(contract);
    expect(steps.next().done).toBe(false);
    // A check stopped half way (the reviewer left the view) keeps nothing.
    expect(checkedBefore(contract)).toBeNull();
    const whole = checkContract(contract);
    expect(checkedBefore(contract)).toBe(whole);
    expect(checkContract(contract)).toBe(whole);
    expect(checkInSteps(contract).next()).toEqual({ done: true, value: whole });
    expect(drained(steps).results).toEqual(whole);
    // An edit makes a new contract, which is checked anew.
    const edited = { ...contract, sections: contract.sections.slice(1) };
    expect(checkedBefore(edited)).toBeNull();
    expect(checkContract(edited)).not.toBe(whole);
  });

  it('checks a long contract in steps of a few passages, not an item at a time, with the same results', () => {
    const short = parseContract(largeContract(readTemplate(), 200));
    const long = parseContract(largeContract(readTemplate(), 1000));
    const shortSteps = drained(checkInSteps(short));
    const longSteps = drained(checkInSteps(long));
    // Item by item, either took one step per item (20); a step that reads a few passages is as short on the long contract.
    expect(shortSteps.steps).toBeGreaterThan(10 * CHECKLIST_ITEM_IDS.length);
    expect(longSteps.steps).toBeGreaterThan(4 * shortSteps.steps);
    // The steps tell how many items are done, counting up to every item.
    expect(longSteps.done).toEqual([...longSteps.done].sort((a, b) => a - b));
    expect(new Set(longSteps.done)).toEqual(new Set(CHECKLIST_ITEM_IDS.map((_, index) => index)));
    expect(longSteps.results).toEqual(checkContract({ ...long }));
  });
});
