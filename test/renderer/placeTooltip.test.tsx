import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../renderer/components/tooltip/placeTooltip';

const pane = { left: 280, top: 100, right: 840, bottom: 800 };
const line = (left: number, top: number) => ({ left, top, right: left + 200, bottom: top + 20 });
const size = { width: 260, height: 30 };

describe('where a tooltip goes', () => {
  it('goes on the side asked for, clear of the words', () => {
    const words = line(300, 300);
    expect(placeTooltip({ above: words, below: words }, size, pane, 'below')).toEqual({ left: 300, top: 326, side: 'below' });
    expect(placeTooltip({ above: words, below: words }, size, pane, 'above')).toEqual({ left: 300, top: 264, side: 'above' });
  });

  it('takes the other side at the pane’s edge, and below a chip’s whole measure rather than over it', () => {
    const atFoot = line(300, 770);
    expect(placeTooltip({ above: atFoot, below: atFoot }, size, pane, 'below').side).toBe('above');
    const chip = line(300, 110);
    const measure = { left: 290, top: 110, right: 830, bottom: 190 };
    expect(placeTooltip({ above: chip, below: measure }, size, pane, 'above')).toEqual({ left: 290, top: 196, side: 'below' });
  });

  it('slides back from the pane’s right edge instead of running out of it', () => {
    const nearEdge = line(760, 300);
    expect(placeTooltip({ above: nearEdge, below: nearEdge }, size, pane, 'below').left).toBe(pane.right - size.width);
  });
});
