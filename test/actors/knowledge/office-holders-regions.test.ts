// The regional office-holder tables (Africa, Middle East, Asia, Oceania) checked as plain data:
// codes, dates, roles, one substantive holder per office at a time, and a sample of known facts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

interface Holder {
  name: string;
  aliases: string[];
  surname?: string;
  country?: string;
  role: string;
  title?: string;
  functions?: string[];
  start: string;
  end: string | null;
  acting?: boolean;
  note?: string;
}

const dir = new URL("../../../data/actors/office-holders/", import.meta.url);
const files = ["africa", "middle-east", "asia", "oceania"];
const read = (file: string | URL) => JSON.parse(readFileSync(file, "utf8"));
const tables = Object.fromEntries(files.map((f) => [f, read(new URL(`${f}.json`, dir)).holders as Holder[]]));
const all = Object.values(tables).flat();

const require = createRequire(import.meta.url);
const world = require("world-countries/countries.json") as { cca3: string }[];
// Taiwan is listed though not a UN member; world-countries has it, and Palestine, already.
const codes = new Set([...world.map((c) => c.cca3), "TWN"]);
const roles = new Set((read(new URL("../roles.json", dir)).roles as { name: string }[]).map((r) => r.name));
const FUNCTIONS = new Set(["head of state", "head of government", "foreign affairs", "defence"]);
const SAME_OFFICE: Record<string, string> = { queen: "king" };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) => ISO_DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
const label = (h: Holder) => `${h.name} (${h.country} ${h.role} ${h.start})`;

/** Substantive holder(s) on a date; on a handover day the incoming holder. */
function holders(country: string, role: string, date: string): string[] {
  const on = all.filter(
    (h) =>
      h.country === country &&
      h.role === role &&
      !h.acting &&
      h.start <= date &&
      (h.end === null || date <= h.end),
  );
  return on
    .filter((h) => !(h.end === date && on.some((o) => o !== h && o.start === date)))
    .map((h) => h.name);
}

describe("regional office-holder tables", () => {
  it("each file is {$comment, holders} with holders", () => {
    for (const f of files) {
      const data = read(new URL(`${f}.json`, dir));
      expect(Object.keys(data).sort(), f).toEqual(["$comment", "holders"]);
      expect(tables[f]?.length, f).toBeGreaterThan(100);
    }
  });

  it("uses ISO alpha-3 codes, known roles and functions, valid ordered dates", () => {
    for (const h of all) {
      expect(codes.has(h.country ?? ""), label(h)).toBe(true);
      expect(roles.has(h.role), label(h)).toBe(true);
      for (const fn of h.functions ?? []) expect(FUNCTIONS.has(fn), label(h)).toBe(true);
      expect(validDate(h.start), label(h)).toBe(true);
      if (h.end !== null) {
        expect(validDate(h.end), label(h)).toBe(true);
        expect(h.start <= h.end, label(h)).toBe(true);
      }
      expect(h.name.trim(), label(h)).toBe(h.name);
      expect(h.aliases, label(h)).not.toContain(h.name);
      expect(new Set(h.aliases).size, label(h)).toBe(h.aliases.length);
    }
  });

  it("gives surnames that are part of the name or an alias", () => {
    const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (const h of all) {
      if (h.surname === undefined) continue;
      const forms = [h.name, ...h.aliases].map(fold);
      expect(
        forms.some((f) => f.includes(fold(h.surname ?? ""))),
        label(h),
      ).toBe(true);
    }
    const surname = (name: string) => all.find((h) => h.name === name)?.surname;
    expect(surname("Yingluck Shinawatra")).toBe("Yingluck");
    expect(surname("Abiy Ahmed")).toBe("Abiy");
    expect(surname("Lee Hsien Loong")).toBe("Lee");
    expect(surname("Ferdinand Marcos Jr.")).toBe("Marcos");
  });

  it("lists each country in one file only", () => {
    const fileOf = new Map<string, string>();
    for (const [f, hs] of Object.entries(tables)) {
      for (const h of hs) {
        const seen = fileOf.get(h.country ?? "");
        expect(seen ?? f, label(h)).toBe(f);
        fileOf.set(h.country ?? "", f);
      }
    }
  });

  it("never has two substantive holders of one office beyond the handover day", () => {
    const offices = new Map<string, Holder[]>();
    for (const h of all) {
      if (h.acting) continue;
      const key = `${h.country}|${SAME_OFFICE[h.role] ?? h.role}`;
      offices.set(key, [...(offices.get(key) ?? []), h]);
    }
    const overlaps: string[] = [];
    for (const terms of offices.values()) {
      terms.sort((a, b) => a.start.localeCompare(b.start));
      // Compare with the term reaching furthest so far: a long term can overlap one two terms later.
      let longest = terms[0] as Holder;
      for (const next of terms.slice(1)) {
        if (longest.end === null || longest.end > next.start)
          overlaps.push(`${label(next)} overlaps ${label(longest)}`);
        if (longest.end !== null && (next.end === null || next.end > longest.end)) longest = next;
      }
    }
    expect(overlaps).toEqual([]);
  });

  it("covers every UN member of the four regions with someone in office in late 2025", () => {
    const regions = {
      africa:
        "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE",
      "middle-east": "SAU ARE QAT KWT BHR OMN YEM IRQ IRN ISR JOR LBN SYR PSE",
      asia: "CHN TWN PRK KOR JPN MNG IND PAK AFG BGD LKA NPL BTN MDV KAZ KGZ TJK TKM UZB IDN MYS SGP THA VNM LAO KHM MMR PHL BRN TLS",
      oceania: "AUS NZL PNG FJI SLB VUT WSM TON KIR TUV NRU FSM MHL PLW",
    };
    for (const [f, list] of Object.entries(regions)) {
      for (const code of list.split(" ")) {
        const now = tables[f]?.filter((h) => h.country === code && h.end === null);
        expect(now?.length ?? 0, `${f} ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ["IND", "prime minister", "2010-01-01", "Manmohan Singh"],
    ["JPN", "prime minister", "2021-01-01", "Yoshihide Suga"],
    ["JPN", "prime minister", "2020-09-16", "Yoshihide Suga"],
    ["JPN", "prime minister", "2005-01-01", "Junichiro Koizumi"],
    ["ZAF", "president", "2015-01-01", "Jacob Zuma"],
    ["ZAF", "president", "2005-01-01", "Thabo Mbeki"],
    ["NGA", "president", "2016-06-01", "Muhammadu Buhari"],
    ["SAU", "king", "2010-01-01", "Abdullah bin Abdulaziz"],
    ["SAU", "defence minister", "2020-01-01", "Mohammed bin Salman"],
    ["EGY", "president", "2012-12-01", "Mohamed Morsi"],
    ["EGY", "president", "2016-01-01", "Abdel Fattah al-Sisi"],
    ["KEN", "president", "2020-01-01", "Uhuru Kenyatta"],
    ["ETH", "prime minister", "2019-10-11", "Abiy Ahmed"],
    ["ZWE", "president", "2010-01-01", "Robert Mugabe"],
    ["GHA", "president", "2018-01-01", "Nana Akufo-Addo"],
    ["MAR", "king", "2020-01-01", "Mohammed VI"],
    ["ISR", "prime minister", "2021-12-01", "Naftali Bennett"],
    ["ISR", "defence minister", "2023-06-01", "Yoav Gallant"],
    ["IRN", "president", "2015-01-01", "Hassan Rouhani"],
    ["IRN", "supreme leader", "2020-01-01", "Ali Khamenei"],
    ["IRN", "foreign minister", "2015-07-14", "Mohammad Javad Zarif"],
    ["IRQ", "prime minister", "2010-01-01", "Nouri al-Maliki"],
    ["SYR", "president", "2015-01-01", "Bashar al-Assad"],
    ["QAT", "emir", "2020-01-01", "Tamim bin Hamad Al Thani"],
    ["ARE", "president", "2023-01-01", "Mohamed bin Zayed Al Nahyan"],
    ["JOR", "king", "2015-01-01", "Abdullah II"],
    ["PAK", "prime minister", "2019-01-01", "Imran Khan"],
    ["AFG", "president", "2010-01-01", "Hamid Karzai"],
    ["BGD", "prime minister", "2015-01-01", "Sheikh Hasina"],
    ["CHN", "defence minister", "2020-01-01", "Wei Fenghe"],
    ["CHN", "president", "2001-01-01", "Jiang Zemin"],
    ["KOR", "president", "2005-01-01", "Roh Moo-hyun"],
    ["KOR", "defence minister", "2021-01-01", "Suh Wook"],
    ["IND", "defence minister", "2020-01-01", "Rajnath Singh"],
    ["TWN", "president", "2020-01-01", "Tsai Ing-wen"],
    ["SGP", "prime minister", "2010-01-01", "Lee Hsien Loong"],
    ["MYS", "prime minister", "2019-01-01", "Mahathir Mohamad"],
    ["PHL", "president", "2017-01-01", "Rodrigo Duterte"],
    ["THA", "prime minister", "2012-01-01", "Yingluck Shinawatra"],
    ["VNM", "general secretary", "2015-01-01", "Nguyen Phu Trong"],
    ["AUS", "prime minister", "2005-01-01", "John Howard"],
    ["AUS", "defence minister", "2023-01-01", "Richard Marles"],
    ["NZL", "prime minister", "2019-03-15", "Jacinda Ardern"],
  ])("%s %s on %s is %s", (country, role, date, name) => {
    expect(holders(country, role, date)).toEqual([name]);
  });

  it("keeps caretakers apart from the suspended or incapacitated holder", () => {
    expect(holders("ISR", "prime minister", "2006-02-01")).toEqual(["Ariel Sharon"]);
    const acting = all.filter((h) => h.country === "ISR" && h.acting && h.start <= "2006-02-01");
    expect(acting.map((h) => h.name)).toContain("Ehud Olmert");
  });
});
