/**
 * The one XML parser of the workbook reader, in Node and in the browser alike: saxes, a streaming (SAX)
 * parser, so a part is read in one pass without building a tree (a W3C DOM of a sheet took 1.4–1.8 times as
 * long as exceljs, measured). Namespaces are not resolved (that doubles saxes's time, measured): handlers get
 * element names without their prefix, so `<x:c>` and `<c>` read alike, and attributes as written.
 */
import { SaxesParser } from 'saxes';

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  /** Character data with entities decoded (CDATA too); one element's text may come in several pieces. */
  text(text: string): void;
}

/** Thrown for XML that is not well formed. */
export class XmlSyntaxError extends Error {
  name = 'XmlSyntaxError';
}

/** Parses a document given in pieces (a piece may end anywhere, even inside a tag). */
export function parseXml(pieces: Iterable<string>, handler: XmlHandler): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('opentag', (tag) => handler.open(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag) => handler.close(localName(tag.name)));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('error', (error) => {
    throw new XmlSyntaxError(error.message);
  });
  for (const piece of pieces) parser.write(piece);
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute in whatever namespace prefix the file uses for it ("r:id", "rel:id"), or undefined. */
export function prefixedAttribute(attributes: Record<string, string>, local: string): string | undefined {
  for (const name in attributes) if (name.endsWith(`:${local}`)) return attributes[name];
  return undefined;
}
