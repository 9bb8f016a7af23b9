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
const HEADING = /^H[1-6]$/;

// \s covers no-break spaces; zero-width space and BOM are invisible leftovers (ZWJ/ZWNJ are kept: they spell words).
const SPACE = /[\s\u200b\ufeff]+/g;

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface Line {
  text: string;
  /** Share of the line's characters inside links (0–1): menus and teaser lists are mostly links. */
  linkShare: number;
  /** The block the line came from: "H2", "LI", "P", "DIV", … */
  block: string;
}

/** Lines of the text under `root`, whitespace-normalised, empty lines dropped. */
export function renderLines(root: unknown): Line[] {
  const lines: Line[] = [];
  let buf = "";
  let linkChars = 0;
  let block = "DIV";
  const flush = () => {
    const text = buf.replace(SPACE, " ").trim();
    if (text) lines.push({ text, linkShare: Math.min(1, linkChars / text.length), block });
    buf = "";
    linkChars = 0;
  };
  // Walk with firstChild/nextSibling: cheap in linkedom, unlike childNodes.
  const walk = (node: DomNode, inLink: boolean) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = c.nodeValue ?? "";
        buf += v;
        if (inLink) linkChars += v.trim().length;
      } else if (c.nodeType === 1) {
        const tag = c.nodeName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (BLOCK.has(tag)) {
          flush();
          const outer = block;
          block = tag;
          walk(c, inLink);
          flush();
          block = outer;
        } else {
          walk(c, inLink || tag === "A");
        }
      }
    }
  };
  walk(root as DomNode, false);
  flush();
  return lines;
}

export const isHeading = (l: Line): boolean => HEADING.test(l.block);
