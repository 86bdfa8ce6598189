// Test support for the guard's rule tables (guard-109, -111, -113.test.ts): text each rule must
// find, clean text of the same shape it must leave alone, and words a rule must not take in when
// something else in the sentence is an identifier. Imported by tests only.
import { describe, expect, it } from "vitest";
import { findIdentifiers, type IdentifierKind } from "./guard";

export type RuleTables = {
  /** [text, kind, identifier]: a finding of that kind covers the identifier. */
  found: Array<[string, IdentifierKind, string]>;
  /** Text with nothing to find. */
  clean: string[];
  /** [text, word]: no finding overlaps the word. */
  notFlagged?: Array<[string, string]>;
};

export function describeRules(name: string, { found, clean, notFlagged = [] }: RuleTables): void {
  describe(name, () => {
    it.each(found)("%s → %s", (text, kind, identifier) => {
      const at = text.indexOf(identifier);
      expect(at).toBeGreaterThanOrEqual(0);
      const findings = findIdentifiers(text);
      expect(findings.find((f) => f.kind === kind && f.start <= at && f.end >= at + identifier.length), JSON.stringify(findings)).toBeDefined();
    });
    it.each(clean)("%s → nothing", (text) => {
      expect(findIdentifiers(text)).toEqual([]);
    });
    if (notFlagged.length) {
      it.each(notFlagged)("%s → not %s", (text, word) => {
        const at = text.indexOf(word);
        expect(findIdentifiers(text).filter((f) => f.start < at + word.length && at < f.end)).toEqual([]);
      });
    }
  });
}
