import { describe, expect, it } from 'vitest';
import { compareContracts } from '../../../shared/compare/compareContracts';
import type { Contract } from '../../../shared/contract/model';
import { parseContract } from '../../../shared/parse/parseContract';
import { contractText } from '../../support/contractText';
import { readTemplate } from '../../support/files';

const text = readTemplate();
const template = parseContract(text);
const changedToms = (old: Contract, next: Contract) => compareContracts(old, next).toms.filter((entry) => entry.kind !== 'unchanged');

describe('comparing who carries which measure', () => {
  it('reports a measure handed from the customer to the provider as a responsibility change, with the words that changed', () => {
    const next = parseContract(text.replace('Der Auftraggeber ist für die Pseudonymisierung der Daten verantwortlich.', 'Der Auftragnehmer ist für die Pseudonymisierung der Daten verantwortlich.'));
    const [entry, ...rest] = changedToms(template, next);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'responsibility',
      responsibilityChange: 'party',
      old: { party: 'customer', cue: expect.stringContaining('Auftraggeber') },
      new: { party: 'provider', cue: expect.stringContaining('Auftragnehmer') },
      textChanged: true,
      placeChanged: false,
    });
    expect(entry!.segments.filter((segment) => segment.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'Auftraggeber' },
      { kind: 'insert', text: 'Auftragnehmer' },
    ]);
  });

  it('reports new deciding words for the same party as a responsibility change of its cue', () => {
    const next = parseContract(text.replace('Die Eingabekontrolle obliegt dem Auftraggeber.', 'Für die Eingabekontrolle ist der Auftraggeber verantwortlich.'));
    expect(changedToms(template, next).map((entry) => [entry.kind, entry.responsibilityChange, entry.old!.party, entry.new!.party, entry.old!.cue, entry.new!.cue])).toEqual([
      ['responsibility', 'cue', 'customer', 'customer', 'obliegt dem Auftraggeber', 'ist der Auftraggeber verantwortlich'],
    ]);
  });

  it('reports every measure the annex’s frame hands to the other party, though not one of their words changed', () => {
    const next = parseContract(text.replace('werden vom Auftragnehmer umgesetzt:', 'werden vom Auftraggeber umgesetzt:'));
    const comparison = compareContracts(template, next);
    // The same measures in the same order: index by index, who carried each before and after.
    const handed = template.toms.flatMap((tom, index) => (tom.responsibility.party !== next.toms[index]!.responsibility.party ? [tom.id] : []));
    expect(handed.length).toBeGreaterThan(30);
    const changed = comparison.toms.filter((entry) => entry.kind !== 'unchanged');
    expect(changed.map((entry) => entry.old!.id)).toEqual(handed);
    expect(changed.every((entry) => entry.kind === 'responsibility' && entry.responsibilityChange === 'party' && !entry.textChanged && entry.new!.party === 'customer')).toBe(true);
    expect(comparison.summary.responsibilityChanged).toBe(handed.length);
    expect(comparison.other.map((change) => [change.where.kind, change.status])).toEqual([['annex-preamble', 'changed']]);
  });

  it('counts a reviewer’s override on one side as a responsibility change', () => {
    const overridden: Contract = {
      ...template,
      toms: template.toms.map((tom, index) =>
        index === 0 ? { ...tom, responsibility: { ...tom.responsibility, party: 'shared', source: 'reviewer', override: { from: 'provider', by: 'Anna', at: '2026-11-26T10:00:00Z', note: 'Zaun gehört dem Kunden' } } } : tom,
      ),
    };
    expect(changedToms(template, overridden).map((entry) => [entry.kind, entry.old!.party, entry.new!.party])).toEqual([['responsibility', 'provider', 'shared']]);
  });

  it('pairs a short measure whose words changed their endings with itself, and a short measure replaced by another in its place with none', () => {
    const cloud = text.indexOf('Leistung „Cloud-VPS“\n\n- Die Datensicherung');
    const at = text.indexOf('- Einsatz von Festplattenspiegelung\n', cloud);
    const replace = (by: string) => parseContract(text.slice(0, at) + by + text.slice(at + '- Einsatz von Festplattenspiegelung\n'.length));
    const inflected = changedToms(template, replace('- Einsätze von Festplattenspiegelungen\n'));
    expect(inflected.map((entry) => [entry.kind, entry.old?.text, entry.new?.text])).toEqual([['changed', 'Einsatz von Festplattenspiegelung', 'Einsätze von Festplattenspiegelungen']]);
    const replaced = changedToms(template, replace('- Tägliche Notfallübungen\n'));
    expect(replaced.map((entry) => [entry.kind, entry.old?.text ?? entry.new?.text])).toEqual([
      ['removed', 'Einsatz von Festplattenspiegelung'],
      ['added', 'Tägliche Notfallübungen'],
    ]);
  });

  it('does not count measures listed in another order within their category and service', () => {
    const swapped = [...template.toms];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(changedToms(template, parseContract(contractText({ ...template, toms: swapped })))).toEqual([]);
  });

  it('reports a measure now listed under another service as changed in place, with its text unchanged', () => {
    const toms = template.toms.map((tom) => tom);
    const index = toms.findIndex((tom) => tom.services.includes('Cloud-VPS') && tom.text.startsWith('Einsatz unterbrechungsfreier'));
    const [moved] = toms.splice(index, 1);
    const webhosting = toms.findIndex((tom) => tom.services.includes('Webhosting') && tom.text.startsWith('Einsatz von Softwarefirewalls'));
    toms.splice(webhosting + 1, 0, { ...moved!, services: ['Webhosting'], serviceHeading: 'Leistung „Webhosting“', text: 'Einsatz einer zweiten unterbrechungsfreien Stromversorgung' });
    const changed = changedToms(template, parseContract(contractText({ ...template, toms })));
    expect(changed.map((entry) => [entry.kind, entry.placeChanged, entry.old?.services, entry.new?.services])).toEqual([['changed', true, ['Cloud-VPS'], ['Webhosting']]]);
  });
});

describe('a comparison’s reading of the measures’ frame', () => {
  // Neither the annex's title nor its measures name a party: the body's clause that gives the annex to one decides.
  const framed = (party: string, leadIn = '') =>
    [
      'Vertrag zur Auftragsverarbeitung',
      '',
      '1 Technische und organisatorische Maßnahmen',
      '',
      `1. Der ${party} verpflichtet sich, die in Anlage 1 definierten technischen und organisatorischen Maßnahmen umzusetzen und aufrechtzuerhalten.`,
      '',
      '2. Der Auftraggeber prüft die Maßnahmen jährlich.',
      '',
      'Anlage 1',
      '',
      'Technische und organisatorische Maßnahmen',
      '',
      ...(leadIn ? [leadIn, ''] : []),
      '1 Vertraulichkeit: Zutrittskontrolle',
      '',
      '- elektronisches Zutrittskontrollsystem mit Protokollierung',
      '- Hochsicherheitszaun um das Gelände',
      '',
    ].join('\n');
  const forComparison = { clauseDuties: false, frameConflicts: false } as const;

  it('reports the measures the body’s clause hands to the other party, though not one of their words changed', () => {
    const old = parseContract(framed('Auftragnehmer'), forComparison);
    const next = parseContract(framed('Auftraggeber'), forComparison);
    expect(old.toms.map((tom) => tom.responsibility.party)).toEqual(['provider', 'provider']);
    const changed = compareContracts(old, next).toms.filter((entry) => entry.kind !== 'unchanged');
    expect(changed.map((entry) => [entry.kind, entry.responsibilityChange, entry.textChanged, entry.old!.party, entry.new!.party])).toEqual([
      ['responsibility', 'party', false, 'provider', 'customer'],
      ['responsibility', 'party', false, 'provider', 'customer'],
    ]);
  });

  it('gives each measure the party and cue of the full reading, without the farther frame’s conflict only a reviewer sees', () => {
    const text = framed('Auftraggeber', 'Die folgenden Maßnahmen werden vom Auftragnehmer umgesetzt:');
    const full = parseContract(text).toms.map((tom) => tom.responsibility);
    const compared = parseContract(text, forComparison).toms.map((tom) => tom.responsibility);
    expect(full.map((reading) => [reading.party, reading.cue])).toEqual([
      ['provider', 'werden vom Auftragnehmer umgesetzt'],
      ['provider', 'werden vom Auftragnehmer umgesetzt'],
    ]);
    expect(full.every((reading) => reading.reason.kind === 'frame' && reading.reason.conflict?.party === 'customer')).toBe(true);
    expect(compared.map((reading) => [reading.party, reading.cue])).toEqual(full.map((reading) => [reading.party, reading.cue]));
    expect(compared.some((reading) => reading.reason.kind === 'frame' && reading.reason.conflict !== undefined)).toBe(false);
  });
});
