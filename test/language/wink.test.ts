import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { winkTokens } from "../../src/language/wink.js";

// winkTokens() drives wink's modules itself; it must give exactly what plain readDoc() gives.
const require = createRequire(import.meta.url);
const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
const nlp = winkNLP(require("wink-eng-lite-web-model"), ["pos"]);

function plainWink(text: string): { values: string[]; tags: string[] } {
  const tokens = nlp.readDoc(text).tokens();
  return { values: tokens.out(nlp.its.value) as string[], tags: tokens.out(nlp.its.pos) as string[] };
}

const texts = [
  "Foreign Minister Cho Tae-yul met Kang Kyung-wha and Kim Jong-un's sister in Seoul.",
  "Anti-government protesters, pro-Russian rebels and a well-known ex-minister marched.",
  "They can't, won't and didn't agree; I'm sure we'd go, you're gonna see. Cannot, cannot.",
  "It's the U.S.'s call, said Sen. J.R. Smith Jr. of the U.N. at 10:30 a.m. on Jan. 5th.",
  "Read https://www.example.com/news/2024?id=7#top or http://t.co/xYz, then mail press@un.org.",
  "Write to jane.doe+news@mail.example.co.uk;see www.example.org and @PressOffice #Breaking",
  "Prices rose 3.5% to $1,234.56 (or €1.2bn) in the 1990s and '80s; 21st, 2nd and 3rd place.",
  "He scored 9/11, 24-7, 1,000,000 and -42.7 points, +3 and 4.5-5.0 overall.",
  '“We will not back down,” she said. ‘Never,’ he replied — "ever"... (really?) [no] {yes}!',
  "Nations\u00a0met in\u202fGeneva on\u2009Monday;\u00a0\u00a0talks resumed\u2003later.",
  "Great news 🎉🎉 for fans 👍🏽 of 🇰🇷 football :) and ;-) <3",
  "北京 (Beijing) said 中华人民共和国 and 대한민국 agreed; 東京 stayed quiet.",
  "Line one\nline two\r\n\tindented\n\n\nafter blank lines",
  "Zorblaxian officials said Zorblaxian troops left Qwertzistan, Qwertzistan's capital.",
  'Zorblaxian, Zorblaxian. "Zorblaxian" (Qwertzistan) Qwertzistan\'s',
  "The C.E.O., e.g. Mr. O'Neill-Smith, met Dr. McDonald's team at 5pm/6pm -- or at 7 p.m.",
  "   leading and trailing spaces   ",
  "A-B-C x–y z—w rock'n'roll ’tis ol’ y’all",
  // Raw tokens cut without wink's regexes: a word and one mark after or before it ...
  'a. I, x.. ok!? (AP [Reuters ‘Never “We "Cannot (cannot cannot. Café, naïve" über: ÿes; Ÿes.',
  // ... or two marks after it, or digits and a full stop or comma.
  'He said," she said.” a." I,’ etc.", U.S.", war;” 15. 1992, 2.5. 9. 07, 1,000. 12:30, 3rd. x.. y!? z?!',
  '"a (a) -well \'tis {curly 1990s. (1990s "Qwertzistan Qwertzistan, Zorblaxian.',
];

describe("winkTokens", () => {
  it.each(texts)("gives plain wink's tokens and tags for %j", (text) => {
    expect(winkTokens(text)).toEqual(plainWink(text));
  });

  it("stays equal to plain wink once both have learned new words", () => {
    // Both caches have now learned "Zorblaxian" etc.; a second pass takes other code paths.
    for (const text of texts) expect(winkTokens(text)).toEqual(plainWink(text));
  });
});
