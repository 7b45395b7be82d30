/** The checklist's words: item titles and reasons as one line in the user's language. */
import type { ArticleRef, AspectId, ChecklistItemId } from './items';
import type { ChecklistReason } from './check';
import { citationText, type Translate } from '../contract';

/** The translation function of `shared/i18n` or the renderer's i18next, reduced to what is needed here. */
export function itemTitle(id: ChecklistItemId, t: Translate): string {
  return t(`checklist.items.${id}`);
}

/** `Art. 28(3)(a)` in English, `Art. 28 Abs. 3 lit. a` in German. */
export function articleCitation(article: ArticleRef, t: Translate): string {
  if (article.point) return t('checklist.cite.point', { paragraph: article.paragraph, point: article.point });
  if (article.subparagraph) return t('checklist.cite.subparagraph', { paragraph: article.paragraph, subparagraph: article.subparagraph });
  return t('checklist.cite.paragraph', { paragraph: article.paragraph });
}

function aspects(missing: readonly AspectId[], t: Translate): string {
  return missing.map((aspect) => t(`checklist.aspects.${aspect}`)).join(t('checklist.and'));
}

export function describeChecklistReason(reason: ChecklistReason, t: Translate): string {
  const cite = reason.kind === 'missing' ? '' : citationText(reason.cite, t);
  switch (reason.kind) {
    case 'covered':
      return t('checklist.reason.covered', { cite, quote: reason.quote });
    case 'blank':
      return t('checklist.reason.blank', { cite, quote: reason.quote });
    case 'weakened':
      return t(`checklist.reason.${reason.weakness}`, { cite, words: reason.words, quote: reason.quote });
    case 'option':
      return t('checklist.reason.option', { cite, quote: reason.quote });
    case 'partial':
      return t('checklist.reason.partial', { cite, quote: reason.quote, missing: aspects(reason.missing, t) });
    case 'missing':
      return t('checklist.reason.missing', { missing: aspects(reason.missing, t) });
  }
}
