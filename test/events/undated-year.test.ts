// An undated article's weekday-and-day phrase placed in the one year its office holders allow.
// Articles written for this test.
import { describe, expect, it } from "vitest";
import { eventsOf } from "./helpers.js";

describe("an undated article dated by its office holders", () => {
  it("places 'this Thursday, December 14' in the one year of the presidents' overlap", () => {
    // Maduro and Irfaan Ali were both in office from August 2020: December 14 was a Thursday in 2023 only.
    const events = eventsOf(
      "President Nicolás Maduro of Venezuela met President Irfaan Ali of Guyana this Thursday, December 14, in Kingstown.",
      null,
    );
    const meeting = events.find((e) => e.code.startsWith("04"));
    expect(meeting?.date).toBe("2023-12-14");
  });

  it("gives no date when the span leaves more than one year", () => {
    // Maduro (from 2013) and Gonsalves (2001–2025): December 14 was a Thursday in 2017 and in 2023.
    const events = eventsOf(
      "President Nicolás Maduro of Venezuela met Prime Minister Ralph Gonsalves of St Vincent and the Grenadines this Thursday, December 14, in Kingstown.",
      null,
    );
    const meeting = events.find((e) => e.code.startsWith("04"));
    expect(meeting).toBeDefined();
    expect(meeting?.date ?? null).toBeNull();
  });

  it("gives no date when no year of the span fits the weekday", () => {
    // Lula (again from 2023) and Macron: June 6 was a Tuesday in 2023, never a Monday in 2023–2025.
    const events = eventsOf(
      "Brazilian President Luiz Inácio Lula da Silva met French President Emmanuel Macron on Monday, June 6, in Paris.",
      null,
    );
    const meeting = events.find((e) => e.code.startsWith("04"));
    expect(meeting).toBeDefined();
    expect(meeting?.date ?? null).toBeNull();
  });

  it("gives no date without an office holder", () => {
    const events = eventsOf(
      "Venezuelan envoy Ana Rivera met Guyanese envoy Paul Singh this Thursday, December 14, in Kingstown.",
      null,
    );
    for (const e of events) expect(e.date ?? null).toBeNull();
  });
});
