import { describe, expect, it } from "vitest";
import { nextMove } from "./steps";

// Three studies: 0 presentation, 1..3 studies, 4 vote, 5 reveal.
describe("nextMove (issue 26 item 8)", () => {
  it("steps through the studies", () => {
    expect(nextMove(0, 3, "not_open", 0)).toEqual({ ok: true, step: 1 });
  });
  it("opens the vote on arriving at the vote stage, and leaves an already closed vote closed", () => {
    expect(nextMove(3, 3, "not_open", 3)).toEqual({ ok: true, step: 4, voteState: "open" });
    expect(nextMove(3, 3, "open", 4)).toEqual({ ok: true, step: 4 });
    expect(nextMove(3, 3, "closed", 4)).toEqual({ ok: true, step: 4 });
  });
  it("closes an open vote at the vote stage and never reveals by itself", () => {
    expect(nextMove(4, 3, "open", 4)).toEqual({ ok: true, step: 4, voteState: "closed" });
    expect(nextMove(4, 3, "closed", 4)).toEqual({ ok: false, reason: "confirm_reveal" });
  });
  it("returns to the reveal once revealed, and refuses past it", () => {
    expect(nextMove(4, 3, "closed", 5)).toEqual({ ok: true, step: 5 });
    expect(nextMove(3, 3, "not_open", 5)).toEqual({ ok: true, step: 4 });
    expect(nextMove(5, 3, "closed", 5)).toEqual({ ok: false, reason: "revealed" });
  });
});
