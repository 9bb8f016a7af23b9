import { describe, expect, it } from "vitest";
import { mergeStoryEvents, type StoryDoc } from "../../src/stories/merge.js";
import { sparkline, timeline } from "../../src/stories/timeline.js";
import { type EventSpec, event } from "./helpers.js";

const meeting = (date: string, location: string | null = "Mendoza"): EventSpec => ({
  code: "040",
  source: ["Ana Ruiz", "CHL"],
  target: ["Tomas Vidal", "ARG"],
  date,
  location,
});

const report = (id: string, source: string, published: string, specs: EventSpec[]): StoryDoc => ({
  id,
  source,
  published,
  url: `https://example.org/${id}`,
  events: specs.map((s, i) => event(`e${i + 1}`, s)),
});

describe("mergeStoryEvents", () => {
  it("merges one meeting across outlets and keeps disagreements as lists", () => {
    const merged = mergeStoryEvents(
      [
        report("b", "Southern Times", "2024-03-06", [meeting("2024-03-06", "Mendoza city")]),
        report("a", "Andes Wire", "2024-03-05", [meeting("2024-03-05")]),
        report("c", "Andes Wire", "2024-03-06", [
          { ...meeting("2024-03-05"), source: ["Tomas Vidal", "ARG"], target: ["Ana Ruiz", "CHL"] },
        ]),
      ],
      "s-a",
    );
    expect(merged).toHaveLength(1);
    const m = merged[0];
    expect(m?.documents).toBe(3);
    expect(m?.outlets).toBe(2);
    expect(m?.first.doc).toBe("a");
    expect(m?.dates).toEqual(["2024-03-05", "2024-03-06"]);
    expect(m?.locations).toEqual(["Mendoza", "Mendoza city"]);
    expect(m?.mentions.map((x) => `${x.doc}:${x.event}`)).toEqual(["a:e1", "b:e1", "c:e1"]);
    expect(m?.id).toBe("s-a#1");
  });

  it("keeps two meetings weeks apart as two events", () => {
    const merged = mergeStoryEvents([
      report("a", "Andes Wire", "2024-03-05", [meeting("2024-03-05")]),
      report("b", "Andes Wire", "2024-03-27", [meeting("2024-03-26", "Valparaiso")]),
    ]);
    expect(merged).toHaveLength(2);
  });

  it("keeps a criticism apart from the meeting it follows", () => {
    const merged = mergeStoryEvents([
      report("a", "Andes Wire", "2024-03-05", [
        meeting("2024-03-05"),
        { code: "111", source: [null, "ARG"], target: [null, "CHL"], date: "2024-03-05" },
      ]),
    ]);
    expect(merged.map((m) => m.root)).toEqual(["04", "11"]);
  });
});

describe("timeline", () => {
  const ten = Array.from({ length: 10 }, (_, i) =>
    report(`r${i}`, `Outlet ${i}`, "2024-03-05", [meeting("2024-03-05")]),
  );
  const merged = [
    ...mergeStoryEvents(ten, "s-r0"),
    ...mergeStoryEvents(
      [
        report("x", "Andes Wire", "2024-04-02", [
          { code: "112", source: [null, "ARG"], target: [null, "CHL"], date: "2024-04-02" },
        ]),
      ],
      "s-x",
    ),
  ];

  it("counts ten reports of one meeting once, with ten sources", () => {
    const t = timeline(merged, { dyad: ["CHL", "ARG"], by: "month" });
    expect(t.map((b) => b.period)).toEqual(["2024-03", "2024-04"]);
    expect(t[0]?.events).toBe(1);
    expect(t[0]?.byRoot).toEqual({ "04": 1 });
    expect(t[0]?.topStories).toEqual([{ story: "s-r0", events: 1, documents: 10 }]);
    expect(t[1]?.byQuad["3"]).toBe(1);
    expect(t[1]?.goldsteinMean).toBeLessThan(0);
  });

  it("respects direction when asked", () => {
    expect(timeline(merged, { dyad: ["CHL", "ARG"], by: "day", directed: true })).toHaveLength(1);
    expect(timeline(merged, { dyad: ["ARG", "CHL"], by: "week", directed: true })[0]?.period).toBe(
      "2024-W14",
    );
  });

  it("draws a sparkline", () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe("▁▂▃▄▅▆▇█");
    expect(sparkline([])).toBe("");
    expect(sparkline([2, 2])).toBe("▄▄");
  });
});
