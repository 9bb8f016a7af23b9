// Mention patterns: names, titles before and after, countries, demonyms, metonyms, organisations, media.
import { describe, expect, it } from "vitest";
import { actorsOf, mention, people, person } from "./helpers.js";

describe("person names", () => {
  it("reads hyphenated East Asian given names and names with particles", () => {
    const d = actorsOf(
      "Foreign Minister Cho Tae-yul met former minister Kang Kyung-wha. Crown Prince Mohammed bin Salman hosted Ursula von der Leyen and Luiz Inacio Lula da Silva.",
    );
    const names = people(d);
    for (const n of [
      "Cho Tae-yul",
      "Kang Kyung-wha",
      "Mohammed bin Salman",
      "Ursula von der Leyen",
      "Luiz Inacio Lula da Silva",
    ]) {
      expect(names).toContain(n);
    }
  });

  it("does not take weekdays, bare titles or compass words for people", () => {
    const d = actorsOf(
      "On Monday, President said South and North were far apart, the Rose Garden statement said.",
    );
    expect(people(d)).toEqual([]);
  });

  it("takes the country and role from a title before the name", () => {
    const d = actorsOf("Chinese Foreign Minister Wang Yi arrived in Seoul on Tuesday.");
    expect(person(d, "Wang Yi")).toMatchObject({ country: "CHN", role: "foreign minister", code: "CHNGOV" });
  });

  it("takes them from an apposition after the name", () => {
    const d = actorsOf("Lena Varga, Hungary's foreign minister, said talks would resume.");
    expect(person(d, "Lena Varga")).toMatchObject({ country: "HUN", role: "foreign minister" });
  });

  it("gives a named counterpart the other country and the same role", () => {
    const d = actorsOf(
      "South Korean Foreign Minister Park Jin met her Chinese counterpart Wang Yi in Bali.",
      "2022-07-07",
    );
    expect(person(d, "Wang Yi")).toMatchObject({ country: "CHN", role: "foreign minister" });
    expect(person(d, "Park Jin")?.country).toBe("KOR");
  });

  it("reads 'then foreign minister' titles", () => {
    const d = actorsOf("The pact was signed by then foreign minister Tomas Berger of Austria.", "2024-01-01");
    expect(person(d, "Tomas Berger")).toMatchObject({ country: "AUT", role: "foreign minister" });
  });

  it("makes an ambassador act for the sending country", () => {
    const d = actorsOf("China's ambassador to South Korea, Xing Haiming, was summoned on Friday.");
    expect(person(d, "Xing Haiming")).toMatchObject({ country: "CHN", role: "ambassador" });
  });

  it("leaves the country of an unknown person with no clue null", () => {
    const d = actorsOf("Oskar Lindqvist, who teaches economics, said the tariffs would hurt exporters.");
    expect(person(d, "Oskar Lindqvist")?.country).toBeNull();
  });
});

describe("countries, metonyms, organisations and media", () => {
  it("codes countries, demonyms and metonyms", () => {
    const d = actorsOf("Seoul said the Kremlin had misled Japanese officials about Ukraine.");
    expect(mention(d, "Seoul")).toMatchObject({ via: "metonym", code: "KORGOV", actors: ["country:KOR"] });
    expect(mention(d, "Kremlin")).toMatchObject({ via: "metonym", actors: ["country:RUS"] });
    expect(mention(d, "Japanese officials")).toMatchObject({ code: "JPNGOV" });
    expect(mention(d, "Ukraine")).toMatchObject({ via: "country", code: "UKR" });
  });

  it("does not make a capital after 'in' an actor", () => {
    const d = actorsOf("The envoys met in Beijing on Monday.");
    expect(d.mentions.some((m) => m.text === "Beijing")).toBe(false);
  });

  it("codes organisations and keeps media apart from actors", () => {
    const d = actorsOf("The United Nations urged restraint, Xinhua reported, citing Yonhap.");
    expect(mention(d, "United Nations")?.code).toBe("IGOUNO");
    const xinhua = d.actors.find((a) => a.id === mention(d, "Xinhua")?.actors[0]);
    expect(xinhua?.kind).toBe("media");
    expect(mention(d, "Xinhua")?.via).toBe("media");
  });

  it("gives every mention valid offsets and a code", () => {
    const d = actorsOf(
      "Japanese Foreign Minister Takeshi Iwaya met Wang Yi in Beijing. Iwaya said Tokyo and Beijing agreed. He thanked his counterpart. The two ministers spoke for an hour.",
      "2024-12-25",
    );
    expect(d.mentions.length).toBeGreaterThan(5);
    for (const m of d.mentions) {
      expect(d.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.code).not.toBe("");
      expect(m.actors.length).toBeGreaterThan(0);
    }
  });
});
