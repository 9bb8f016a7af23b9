import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { read, readOne, tempDir, write } from "./helpers.js";

// Short news-style paragraphs, long enough for statistical detection; written for these tests.
const SAMPLES: { encoding: string; text: string }[] = [
  {
    encoding: "windows-1252",
    text: "Le président français a déclaré jeudi que les négociations « avancent » avec Séoul – malgré les tensions. Les ministres se réuniront à Genève l’été prochain.",
  },
  {
    encoding: "ISO-8859-1",
    text: "Le président français a déclaré jeudi que les négociations avancent avec Séoul, malgré les tensions. Les ministres se réuniront à Genève cet été.",
  },
  {
    encoding: "ISO-8859-2",
    text: "Prezydent Polski spotkał się w czwartek z premierem Węgier. Rozmowy dotyczyły współpracy gospodarczej i bezpieczeństwa energetycznego w regionie.",
  },
  {
    encoding: "ISO-8859-5",
    text: "Министр иностранных дел России встретился в четверг с послом Китая. Стороны обсудили торговлю и безопасность в регионе.",
  },
  {
    encoding: "ISO-8859-7",
    text: "Ο πρωθυπουργός της Ελλάδας συναντήθηκε την Πέμπτη με τον πρόεδρο της Τουρκίας για συνομιλίες σχετικά με την ασφάλεια.",
  },
  {
    encoding: "GB18030",
    text: "中国外交部发言人周四表示，中方愿同韩国加强经贸合作，推动两国关系持续健康发展。双方将于下月在北京举行会谈。",
  },
  {
    encoding: "Big5",
    text: "中華民國外交部週四表示，台灣願與日本加強經貿合作，推動雙邊關係持續發展。雙方將於下個月在台北舉行會談。",
  },
  {
    encoding: "EUC-KR",
    text: "한국 외교부는 목요일 일본과의 경제 협력을 강화하겠다고 밝혔다. 양국 정상은 다음 달 서울에서 회담을 가질 예정이다.",
  },
  {
    encoding: "Shift_JIS",
    text: "日本の外務省は木曜日、韓国との経済協力を強化すると発表した。両国の首脳は来月東京で会談する予定だ。",
  },
  {
    encoding: "EUC-JP",
    text: "日本の外務省は木曜日、韓国との経済協力を強化すると発表した。両国の首脳は来月東京で会談する予定だ。",
  },
];

describe("encoding detection in text files", () => {
  const dir = tempDir();

  for (const { encoding, text } of SAMPLES) {
    it(`decodes ${encoding}`, async () => {
      const doc = await readOne(write(dir, `${encoding}.txt`, iconv.encode(text, encoding)));
      expect(doc.origin.encoding).toBe(encoding);
      expect(doc.content).toBe(text);
      expect(doc.raw).toBe(text);
    });
  }

  it("decodes UTF-8 with and without BOM, and strips the BOM", async () => {
    const text = "Vietnam’s foreign minister visited Seoul — the first visit in a decade.";
    const plain = await readOne(write(dir, "utf8.txt", Buffer.from(text)));
    const bom = await readOne(
      write(dir, "utf8bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    );
    for (const doc of [plain, bom]) {
      expect(doc.origin.encoding).toBe("UTF-8");
      expect(doc.raw).toBe(text);
    }
  });

  for (const encoding of ["UTF-16LE", "UTF-16BE"]) {
    it(`decodes ${encoding} with a BOM, and without one`, async () => {
      const text =
        "Thailand and Cambodia agreed on Friday to reopen the border crossing at Poipet. 泰柬两国同意重新开放边境。";
      const body = iconv.encode(text, encoding);
      const bom = encoding === "UTF-16LE" ? [0xff, 0xfe] : [0xfe, 0xff];
      const withBom = await readOne(
        write(dir, `bom-${encoding}.txt`, Buffer.concat([Buffer.from(bom), body])),
      );
      expect(withBom.origin.encoding).toBe(encoding);
      expect(withBom.content).toBe(text);
      const noBom = await readOne(write(dir, `nobom-${encoding}.txt`, body));
      expect(noBom.origin.encoding).toBe(encoding);
      expect(noBom.content).toBe(text);
    });
  }

  it("prefers valid UTF-8 over a wrong declaration", async () => {
    const html =
      '<html><head><meta charset="iso-8859-1"></head><body><p>Zürich — Gespräche über Zölle.</p></body></html>';
    const doc = await readOne(write(dir, "lying.html", Buffer.from(html)));
    expect(doc.origin.encoding).toBe("UTF-8");
    expect(doc.content).toBe(html);
  });

  it("follows <meta charset> and the XML prolog when the bytes are not UTF-8", async () => {
    // Too short for statistics to be sure; the declaration decides.
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-KR"></head><body>서울</body></html>';
    const fromMeta = await readOne(write(dir, "meta.html", iconv.encode(html, "EUC-KR")));
    expect(fromMeta.origin.encoding).toBe("EUC-KR");
    expect(fromMeta.content).toBe(html);
    const rss = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Вести</title><item><title>Мир</title><description>Москва и Пекин.</description></item></channel></rss>`;
    const fromProlog = await readOne(write(dir, "prolog.rss", iconv.encode(rss, "windows-1251")));
    expect(fromProlog.origin.encoding).toBe("windows-1251");
    expect(fromProlog.content).toBe("Москва и Пекин.");
    expect(fromProlog.hints.source).toBe("Вести");
  });

  it("falls back to a detected encoding for invalid UTF-8 instead of failing", async () => {
    // Mostly UTF-8, with one stray cp1252 byte: not valid UTF-8 as a whole.
    const bytes = Buffer.concat([
      Buffer.from("Talks in Montréal: "),
      Buffer.from([0xe9, 0x20]),
      Buffer.from("ended."),
    ]);
    const doc = await readOne(write(dir, "broken-utf8.txt", bytes));
    expect(doc.origin.encoding).toMatch(/^(windows-1252|ISO-8859-1)$/);
    // The UTF-8 part, now mojibake, is repaired in content; raw keeps what was decoded.
    expect(doc.content).toBe("Talks in Montréal: é ended.");
    expect(doc.raw).toBe("Talks in MontrÃ©al: é ended.");
  });

  it("decodes JSON Lines per line, with the file's encoding for lines that are not UTF-8", async () => {
    const line = (text: string): string => `${JSON.stringify({ text })}\n`;
    const bytes = Buffer.concat([
      Buffer.from(line("Séoul et Tokyo")),
      iconv.encode(line("Le président a déclaré à Genève"), "windows-1252"),
    ]);
    const { docs } = await read([write(dir, "mixed.jsonl", bytes)]);
    expect(docs[0]?.origin.encoding).toBe("UTF-8");
    expect(docs[1]?.origin.encoding).toMatch(/^(windows-1252|ISO-8859-1)$/);
    expect(docs[1]?.content).toBe("Le président a déclaré à Genève");
  });

  it("reads UTF-16 JSON Lines", async () => {
    const text = '{"id":"u16","text":"北京与首尔举行会谈。"}\n{"id":"u16b","text":"Second."}\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "UTF-16LE")]);
    const { docs, errors } = await read([write(dir, "wide.jsonl", bytes)]);
    expect(errors).toEqual([]);
    expect(docs.map((d) => [d.id, d.content, d.origin.encoding])).toEqual([
      ["u16", "北京与首尔举行会谈。", "UTF-16LE"],
      ["u16b", "Second.", "UTF-16LE"],
    ]);
  });
});
