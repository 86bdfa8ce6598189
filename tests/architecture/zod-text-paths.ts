// The free-text fields of a zod (v4) input, by path ("case.timeline.*.findings"): every string leaf
// except ids (a name ending in Id/Ids) and strings of a fixed format (uuid, datetime, url, email).
// A regex-checked string (a tag) is text.
type Node = { _zod: { def: { type: string; format?: string; checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }>; [key: string]: unknown } } };
export function textPaths(schema: unknown, prefix = ""): string[] {
  const def = (schema as Node)._zod.def;
  const inner = (key: string, at = prefix) => textPaths(def[key], at);
  switch (def.type) {
    case "string": {
      const checks = (def.checks ?? []).map((check) => check._zod.def);
      const shaped = def.format !== undefined || checks.some((check) => check.check === "string_format" && (check as { format?: string }).format !== "regex");
      const name = prefix.split(".").filter((part) => part !== "*").at(-1) ?? "";
      return shaped || /^(id|ids)$|Ids?$/.test(name) ? [] : [prefix];
    }
    case "object": return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => textPaths(value, prefix ? `${prefix}.${key}` : key));
    case "array": return inner("element", `${prefix}.*`);
    case "record": return inner("valueType", `${prefix}.*`);
    case "union": return [...new Set((def.options as unknown[]).flatMap((option) => textPaths(option, prefix)))];
    case "intersection": return [...new Set([...inner("left"), ...inner("right")])];
    case "pipe": return [...new Set([...inner("in"), ...inner("out")])];
    case "optional": case "nullable": case "default": case "prefault": case "catch": case "readonly": case "nonoptional": return inner("innerType");
    default: return [];
  }
}
