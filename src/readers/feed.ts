// RSS 2.0 / RSS 1.0 (RDF) and Atom feeds: each item or entry is a document.
import { XMLParser } from "fast-xml-parser";
import { InputError } from "../model/document.js";
import { makeDocument, type ReaderContext, type ReaderOutput } from "./context.js";
import { toIsoDate } from "./dates.js";
import { decode } from "./encoding.js";
import { idFromRecord, idFromUrl } from "./ids.js";
import { readAll } from "./source.js";
import { child, contentOf, itemXml, linkOf, personOf, textOf, type XmlNode } from "./xml.js";

// Content elements are kept as raw inner XML (stop nodes) so CDATA, escaped HTML and XHTML all survive.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  stopNodes: ["*.content:encoded", "*.description", "*.content", "*.summary"],
  isArray: (name) => ["item", "entry", "link", "author", "dc:creator"].includes(name),
});

export async function* readFeed(ctx: ReaderContext): AsyncGenerator<ReaderOutput> {
  const { path } = ctx.input;
  const { text, encoding, replaced } = decode(await readAll(ctx.input, ctx.options.maxWholeFileBytes), {
    sniffDeclaration: true,
  });
  let root: XmlNode;
  try {
    root = parser.parse(text) as XmlNode;
  } catch (error) {
    yield new InputError(path, `malformed XML: ${(error as Error).message}`);
    return;
  }
  const atom = child(root, "feed");
  const channel = child(child(root, "rss"), "channel") ?? child(child(root, "rdf:RDF"), "channel");
  // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
  const list = atom?.entry ?? channel?.item ?? child(root, "rdf:RDF")?.item;
  const items = Array.isArray(list) ? (list as XmlNode[]) : undefined;
  if (!atom && !channel && !items) {
    yield new InputError(path, "not an RSS or Atom feed");
    return;
  }
  if (!items?.length) {
    yield new InputError(path, "feed has no items");
    return;
  }
  const format = atom ? "atom" : "rss";
  const feedTitle = textOf((atom ?? channel)?.title);
  const raws = itemXml(text, atom ? "entry" : "item");
  for (const [i, item] of items.entries()) {
    const n = i + 1;
    const content = contentOf(item);
    if (!content) {
      yield new InputError(path, "feed item has no content (no content, description or summary)", n);
      continue;
    }
    const link = linkOf(item);
    const ownId = textOf(item.guid) ?? textOf(item.id);
    yield makeDocument(ctx, {
      id: ownId ? idFromRecord(ownId) : link ? idFromUrl(link) : `${ctx.fileId}-${n}`,
      format,
      record: n,
      encoding,
      // The item's own XML when it can be cut out of the file unambiguously, else its parsed form.
      raw: raws.length === items.length ? (raws[i] ?? "") : JSON.stringify(item),
      contentType: content.type,
      replaced,
      content: content.value,
      hints: {
        title: textOf(item.title),
        url: link,
        published: toIsoDate(
          textOf(item.pubDate) ?? textOf(item["dc:date"]) ?? textOf(item.published) ?? textOf(item.updated),
        ),
        author: personOf(item["dc:creator"]) ?? personOf(item.author),
        source: textOf(item.source) ?? textOf(child(item, "source")?.title) ?? feedTitle,
      },
    });
  }
}
