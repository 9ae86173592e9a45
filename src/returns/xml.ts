// Writing a small XML document by hand: escaped text, elements in the order given, two-space indents.
// Returns are data-only documents (no attributes, no mixed content), so a tree of elements is enough and
// the order of children is the caller's: the DfE schemas are xs:sequence, where order is part of validity.

/** An element with text, or with child elements; `null` children are left out (an optional element not given). */
export type XmlNode = { name: string; text: string } | { name: string; children: readonly (XmlNode | null)[] };

/** Escape text for element content (XML 1.0 §2.4: `&` and `<` must be escaped; `>` is escaped for `]]>`). */
export function escapeXmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export const el = (name: string, text: string): XmlNode => ({ name, text });
export const group = (name: string, children: readonly (XmlNode | null)[]): XmlNode => ({ name, children });
/** An optional element: left out when the value is null or undefined. */
export const optional = (name: string, text: string | null | undefined): XmlNode | null => (text === null || text === undefined ? null : el(name, text));

function write(node: XmlNode, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  if ('text' in node) {
    out.push(`${indent}<${node.name}>${escapeXmlText(node.text)}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}>`);
  for (const child of node.children) if (child !== null) write(child, depth + 1, out);
  out.push(`${indent}</${node.name}>`);
}

/** The whole document, UTF-8 declared, ending with a newline. */
export function xmlDocument(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
