// DOM subtree → plain text, one paragraph / subheading / list item per line.

/** Elements that start a new line; everything else is inline and joins the current line. */
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "TD",
  "TH",
  "THEAD",
  "TFOOT",
  "TR",
  "UL",
  "BR",
  "CENTER",
]);
/** Elements whose content never belongs in the text. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "IFRAME",
]);

// \s covers no-break spaces; zero-width space and BOM are invisible leftovers (ZWJ/ZWNJ are kept: they spell words).
const SPACE = /[\s\u200b\ufeff]+/g;

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

/** Lines of the text under `root`, whitespace-normalised, empty lines dropped. */
export function renderLines(root: unknown): string[] {
  const lines: string[] = [];
  let buf = "";
  const flush = () => {
    const line = buf.replace(SPACE, " ").trim();
    if (line) lines.push(line);
    buf = "";
  };
  // Iterative walk with firstChild/nextSibling: cheap in linkedom, unlike childNodes.
  const walk = (node: DomNode) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        buf += c.nodeValue ?? "";
      } else if (c.nodeType === 1) {
        const tag = c.nodeName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (BLOCK.has(tag)) {
          flush();
          walk(c);
          flush();
        } else {
          walk(c);
        }
      }
    }
  };
  walk(root as DomNode);
  flush();
  return lines;
}
