import { describe, expect, it } from "vitest";
import { displayWidth, renderTable, truncate } from "../../src/cli/table.js";

describe("tables for humans", () => {
  it("counts the cells a terminal shows: wide CJK, zero-width accents", () => {
    expect(displayWidth("Wang Yi")).toBe(7);
    expect(displayWidth("윤석열")).toBe(6);
    expect(displayWidth("王毅")).toBe(4);
    expect(displayWidth("Erdog\u0306an")).toBe(7);
  });

  it("cuts a long value with an ellipsis to the width, never splitting a wide character", () => {
    expect(truncate("Recep Tayyip Erdoğan", 10)).toBe("Recep Tay…");
    expect(truncate("윤석열 대통령", 6)).toBe("윤석…");
    expect(truncate("short", 10)).toBe("short");
  });

  it("starts with a header row and keeps every column aligned whatever the name's length", () => {
    const lines = renderTable(
      [
        { header: "event", keep: true },
        { header: "source", max: 12 },
        { header: "target", max: 12 },
        { header: "action", fill: true },
      ],
      [
        ["a#e1", "Wang Yi", "Cho Tae-yul", "Consult"],
        [
          "a#e2",
          "The Ministry of Foreign Affairs and Trade",
          "윤석열 대통령 비서실",
          "Criticize or denounce",
        ],
      ],
      60,
    );
    expect(lines[0]).toMatch(/^event\s+source\s+target\s+action$/);
    const targetAt = (line: string) => displayWidth(line.slice(0, line.search(/Cho|윤/)));
    expect(targetAt(lines[1] as string)).toBe(targetAt(lines[2] as string));
    expect(lines[2]).toContain("The Ministr…  ");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it("shrinks other columns on a narrow line but never an id the user will type", () => {
    const lines = renderTable(
      [{ header: "event", keep: true }, { header: "source" }, { header: "action", fill: true }],
      [["news-2024-11-05-talks#e12", "Recep Tayyip Erdoğan (TUR)", "Consult, not specified below"]],
      50,
    );
    expect(lines[1]).toContain("news-2024-11-05-talks#e12");
    expect(lines[1]).toContain("…");
  });
});
