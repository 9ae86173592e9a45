// Reading a return's XML (the CIN census) into small element trees with the line each element starts on,
// so a rejected element can be reported by line. Returns are data-only documents (no attributes, no
// mixed content that matters), so an element is its name, its trimmed text and its child elements.
// Parsed by saxes, a streaming parser: the repeating record element (a census <Child>) is handed to the
// caller as soon as it closes and is not kept in the tree, so a large file is never held whole.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The local name (any namespace prefix removed: DfE files carry none, but a tool may add one). */
  name: string;
  /** 1-based line of the element's start tag. */
  line: number;
  /** Its text content, trimmed ("" for an element that holds only elements). */
  text: string;
  children: XmlElement[];
}

/** The document is not well-formed XML (or is empty): where the parser stopped, and its reason. */
export class XmlReadError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

export interface XmlReadOptions {
  /** Whether an element at this path (root first, e.g. ['Message', 'Children', 'Child']) is a record. */
  isRecord(path: readonly string[]): boolean;
  /** Called with each record element when it closes; it is then dropped from the tree. */
  onRecord(element: XmlElement): void;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Reads the document, handing over record elements as they close; returns the root (without its records). */
export function readXmlElements(text: string, options: XmlReadOptions): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  const path: string[] = [];
  const texts: string[][] = [];
  let root: XmlElement | null = null;
  let startLine = 1;

  // The line of the '<' that opens a tag: opentagstart fires once the name is read, which is on that line
  // for every tag a return writer produces (a name is never split across lines).
  parser.on('opentagstart', () => {
    startLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: localName(tag.name), line: startLine, text: '', children: [] };
    stack.push(element);
    path.push(element.name);
    texts.push([]);
    root ??= element;
  });
  const addText = (t: string) => {
    texts[texts.length - 1]?.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop()!;
    element.text = texts.pop()!.join('').trim();
    const record = options.isRecord(path);
    path.pop();
    if (record) options.onRecord(element);
    else stack[stack.length - 1]?.children.push(element);
  });
  parser.on('error', (error) => {
    // saxes prefixes its message with "line:column: "; the line is reported separately. Before any element
    // has opened, the document is wrong from its start (a CSV file, say), whichever line saxes stopped on.
    throw new XmlReadError(error.message.replace(/^\d+:\d+:\s*/, ''), root === null ? 1 : parser.line);
  });

  // A byte order mark is not part of the document (saxes would read it as text before the root).
  parser.write(text.startsWith('\uFEFF') ? text.slice(1) : text).close();
  if (root === null) throw new XmlReadError('there is no root element', 1);
  return root;
}
