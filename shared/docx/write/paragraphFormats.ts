/**
 * Paragraphs of one format share one `w:pPr`. docx makes a paragraph's properties for each
 * paragraph, and each time the document is written makes its list reference again and walks
 * it into XML: a fifth of writing a 1000-clause contract, for a few dozen formats in all. A
 * format's properties here are made once and prepared once per part of the package.
 */
import { BaseXmlComponent, Paragraph, ParagraphProperties, type IContext, type IParagraphOptions, type IXmlableObject, type ParagraphChild } from 'docx';

export type ParagraphFormat = Omit<IParagraphOptions, 'children' | 'text'>;

class SharedProperties extends BaseXmlComponent {
  private readonly properties: ParagraphProperties;
  private preparedFor: IContext | null = null;
  private prepared: IXmlableObject | undefined;

  constructor(format: ParagraphFormat) {
    super('w:pPr');
    this.properties = new ParagraphProperties(format);
  }

  // One context per part: a list's numbering instance is made in the part's numbering when first
  // prepared there, and the prepared XML is only read afterwards, so every paragraph can share it.
  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (this.preparedFor !== context) {
      this.prepared = this.properties.prepForXml(context);
      this.preparedFor = context;
    }
    return this.prepared;
  }
}

class FormattedParagraph extends Paragraph {
  constructor(properties: SharedProperties, children: readonly ParagraphChild[]) {
    super({ children: [...children] });
    // The properties docx made for a paragraph without format are empty (written as nothing).
    this.root[0] = properties;
  }
}

export class ParagraphFormats {
  private readonly shared = new Map<string, SharedProperties>();

  paragraph(format: ParagraphFormat, children: readonly ParagraphChild[]): Paragraph {
    // A revision of the paragraph mark has an id of its own: never shared.
    if (format.run !== undefined) return new Paragraph({ ...format, children: [...children] });
    const key = JSON.stringify(format);
    let properties = this.shared.get(key);
    if (!properties) {
      properties = new SharedProperties(format);
      this.shared.set(key, properties);
    }
    return new FormattedParagraph(properties, children);
  }
}
