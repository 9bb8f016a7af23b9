// Decodes HTML character references left in strings that never went through the HTML parser
// (JSON-LD values, text pulled with regular expressions).

/** The named references seen in news pages; numeric references cover everything else. */
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  deg: "°",
  middot: "·",
  bull: "•",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  para: "¶",
  times: "×",
  divide: "÷",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  aacute: "á",
  agrave: "à",
  acirc: "â",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  oacute: "ó",
  iacute: "í",
  uacute: "ú",
  ntilde: "ñ",
  ccedil: "ç",
  szlig: "ß",
  shy: "",
  zwj: "",
  zwnj: "",
  thinsp: " ",
  ensp: " ",
  emsp: " ",
};

const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g;

const fromCode = (n: number): string =>
  n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : "";

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(REF, (all, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCode(Number.parseInt(dec, 10));
    if (hex) return fromCode(Number.parseInt(hex, 16));
    const v = name ? (NAMED[name] ?? NAMED[name.toLowerCase()]) : undefined;
    return v ?? all;
  });
}
