import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./schema";

describe("safeReturnPath", () => {
  it.each(["/", "/cases", "/cases/abc?cursor=x#comment-1", "/cases/new"])("keeps %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "/\t/evil.example/x",
    "/\n/evil.example/x",
    "/\r//evil.example",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    undefined,
    42,
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });
});
