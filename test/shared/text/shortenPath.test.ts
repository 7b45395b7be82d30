import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { folderOf, shortenFolder } from '../../../shared/text/shortenPath';

describe('where a recent file lies', () => {
  it('takes the folder from POSIX and Windows paths', () => {
    expect(folderOf('/tmp/clausemark-work-x1/Verträge/avv.docx')).toBe('/tmp/clausemark-work-x1/Verträge');
    expect(folderOf('C:\\Users\\Anna\\Documents\\avv.docx')).toBe('C:\\Users\\Anna\\Documents');
    expect(folderOf('/avv.docx')).toBe('/');
    expect(folderOf('avv.docx')).toBe('');
  });

  it('keeps a short folder whole, slashes where they belong', () => {
    expect(shortenFolder('/tmp/work', 40)).toBe('/tmp/work');
  });

  it('cuts a long folder at its start, at a separator, and says so with …', () => {
    expect(shortenFolder('/home/anna/Dokumente/Mandate/2024/TrafficPlex/AVV', 30)).toBe('…/Mandate/2024/TrafficPlex/AVV');
    expect(shortenFolder('C:\\Users\\Anna\\Documents\\Mandate\\2024\\TrafficPlex', 26)).toBe('…\\Mandate\\2024\\TrafficPlex');
    expect(shortenFolder('C:\\Users\\Anna\\Documents\\Mandate\\2024\\TrafficPlex', 25)).toBe('…\\2024\\TrafficPlex');
    // One part longer than the line: its end, which tells folders of one name apart.
    expect(shortenFolder('/srv/a-folder-name-far-too-long-for-the-line', 20)).toBe('…o-long-for-the-line');
  });

  it('never gives more than it was allowed, and always ends as the folder ends', () => {
    const part = fc.stringMatching(/^[a-zäöü0-9 ._-]{1,24}$/u);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), fc.integer({ min: 8, max: 60 }), (parts, max) => {
        const folder = `/${parts.join('/')}`;
        const short = shortenFolder(folder, max);
        expect([...short].length).toBeLessThanOrEqual(max);
        expect(folder.endsWith(short.replace(/^…/u, ''))).toBe(true);
        expect(short === folder || short.startsWith('…')).toBe(true);
      }),
    );
  });
});
