/** Whether `element` takes typing: there, keys such as Alt+↓ and undo belong to the field. */
export function isTextField(element: Element | null): boolean {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type !== 'radio' && element.type !== 'checkbox') || (element as HTMLElement | null)?.isContentEditable === true;
}
