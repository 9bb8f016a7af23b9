// Cue scans around a trigger look a bounded number of words away: a run of thousands of words
// without a clause break (hostile or broken input) costs each trigger the same as a real sentence.
import { describe, expect, it, vi } from "vitest";
import { findActors } from "../../src/actors/stage.js";
import { analyseArticle } from "../../src/eval/actors-dev.js";
import { buildEvCtx } from "../../src/events/context.js";
import { DyadTally, mainDyad } from "../../src/events/main-dyad.js";
import { modalityOf } from "../../src/events/modality.js";
import { claimant } from "../../src/events/nested.js";
import { analyse } from "../../src/language/analyse.js";
import { PhraseSet } from "../../src/language/dates/phrases.js";
import type { DyadEvent, Participant } from "../../src/model/document.js";

const filler = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 2 ? "officials from Seoul with envoys from Tokyo" : "discussed trade security",
  ).join(" ");

/** PhraseSet lookups made by modalityOf for "met" at the end of a sentence of ~`n` filler phrases. */
function modalityWork(n: number): { work: number; modality: string } {
  const sentence = `Reports said ${filler(n)} Japan would not have met Korea on Monday`;
  const { tokens } = analyse(sentence);
  const start = sentence.lastIndexOf("met");
  const at = vi.spyOn(PhraseSet.prototype, "at");
  const modality = modalityOf(
    sentence,
    tokens,
    { start: 0, end: sentence.length },
    { start, end: start + 3 },
  );
  const work = at.mock.calls.length;
  at.mockRestore();
  return { work, modality };
}

describe("bounded cue scans", () => {
  it("modalityOf does the same work for a trigger in a run of 200 or 400 phrases", () => {
    const short = modalityWork(200);
    const long = modalityWork(400);
    expect(short.modality).toBe("negated");
    expect(long.modality).toBe("negated");
    expect(long.work).toBeLessThanOrEqual(short.work * 1.1);
  });

  it("claimant reads a bounded number of words back, and still finds a nearby claim", () => {
    const read = (n: number, verb = "the Chinese ministry claimed that") => {
      const text = `${filler(n)} ${verb} Japan attacked Korea`;
      const doc = findActors(
        analyseArticle({ id: "t", title: null, published: "2024-05-15", source: null, url: null, text }),
      );
      const ctx = buildEvCtx(doc);
      const at = ctx.words.lastIndexOf("attacked");
      let reads = 0;
      const words = new Proxy(ctx.words as string[], {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      });
      const claim = claimant({ ...ctx, words }, at, 0);
      return { reads, claim };
    };
    const short = read(200, "");
    const long = read(400, "");
    expect(short.claim).toBeNull();
    expect(long.reads).toBeLessThanOrEqual(short.reads * 1.1);
    const claimed = read(400);
    expect(claimed.claim?.named).toBe(true);
    expect(claimed.claim?.reporter?.m.text).toMatch(/Chinese/);
  });
});

describe("DyadTally", () => {
  it("gives what mainDyad gives over the same events, as events are added", () => {
    const countries = ["CHN", "JPN", "KOR", "USA", null];
    const party = (i: number) => ({ country: countries[i % countries.length] }) as Participant;
    const events: DyadEvent[] = [];
    const tally = new DyadTally(events);
    for (let i = 0; i < 200; i++) {
      const e = {
        source: party(i * 7),
        target: i % 11 === 0 ? null : party(i * 3 + 1),
        modality: i % 9 === 0 ? "planned" : "asserted",
        code: i % 4 === 0 ? "040" : "010",
      } as DyadEvent;
      events.push(e);
      tally.add(e);
      for (let c = 0; c < countries.length; c++)
        expect(tally.of(party(c))).toEqual(mainDyad(events, party(c)));
    }
  });
});
