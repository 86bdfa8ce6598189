// The shape of the code, checked (issue 22, decision 037): folders of lib/ import each other in one
// direction only, lib/live knows no domain area, rules about roles live in policy files, and no
// source file grows past about 300 lines (data tables excepted).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const lib = path.join(root, "lib");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["generated", "node_modules"].includes(entry.name) || entry.name.startsWith(".") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [full] : [];
  });
}

const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file) || /\/(test|tests)\//.test(file) || /\/test-[^/]+\.ts$/.test(file);

/** The lib/ folder a module path lands in ("(root)" for a file directly in lib/), or null outside lib/. */
function libArea(file: string): string | null {
  const relative = path.relative(lib, file);
  if (relative.startsWith("..")) return null;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length ? first! : "(root)";
}

/** lib/ folder -> folders it imports (type imports included: a type is a dependency too). */
function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(lib).filter((f) => !isTest(f))) {
    const from = libArea(file)!;
    for (const match of readFileSync(file, "utf8").matchAll(/(?:from|import\()\s*"([^"]+)"/g)) {
      const specifier = match[1]!;
      const target = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : null;
      if (!target) continue;
      const resolved = statSync(target, { throwIfNoEntry: false })?.isDirectory() ? path.join(target, "index.ts") : target;
      const to = libArea(resolved);
      if (!to || to === from || to === "generated") continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), `${path.relative(root, file)} -> ${specifier}`]);
    }
  }
  return graph;
}

describe("the structure of lib/", () => {
  it("has no cycles between folders", () => {
    const graph = folderGraph();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      for (const next of graph.get(node)?.keys() ?? []) {
        const at = trail.indexOf(next);
        if (at >= 0) cycles.push([...trail.slice(at), next].join(" -> "));
        else if (trail.length < 12) visit(next, [...trail, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect([...new Set(cycles)]).toEqual([]);
  });

  it("keeps lib/live free of domain areas (each area registers its own streams)", () => {
    const allowed = new Set(["core", "auth", "http"]);
    const reached = [...(folderGraph().get("live")?.entries() ?? [])].filter(([to]) => !allowed.has(to));
    expect(reached.map(([to, files]) => `${to}: ${files.join(", ")}`)).toEqual([]);
  });

  it("names global and team roles only in policy files (and demo data, scripts' fixtures and tests)", () => {
    const offenders = [...sourceFiles(lib), ...sourceFiles(path.join(root, "app")), ...sourceFiles(path.join(root, "components"))]
      .filter((file) => !isTest(file) && !file.endsWith("policy.ts") && !file.includes(`${path.sep}demo${path.sep}`))
      .flatMap((file) => readFileSync(file, "utf8").split("\n").flatMap((line, index) => (/["'`](educator|admin)["'`]/.test(line) ? [`${path.relative(root, file)}:${index + 1}`] : [])));
    expect(offenders).toEqual([]);
  });

  it("keeps every source file to about 300 lines, data tables excepted", () => {
    // Data, not logic: the PS3.15 confidentiality table, the demo cases, the catalogue's entries, the
    // guard's word lists and corpora.
    const dataTables = [/^lib\/images\/dicom-profile\.ts$/, /^lib\/demo\/content\.ts$/, /^lib\/diagnoses\/catalogue\/(?!index|types|table|spelling|validate)[a-z-]+\.ts$/, /^lib\/deidentify\/data\//, /^lib\/deidentify\/corpus\//, /^lib\/deidentify\/icu-vocabulary\.ts$/];
    const roots = ["app", "components", "lib", "scripts", "bench", "server.ts"].map((name) => path.join(root, name));
    const files = roots.flatMap((entry) => (statSync(entry).isDirectory() ? sourceFiles(entry) : [entry]));
    const long = files
      .map((file) => ({ file: path.relative(root, file), lines: readFileSync(file, "utf8").split("\n").length }))
      .filter(({ file, lines }) => lines > 330 && !isTest(file) && !dataTables.some((pattern) => pattern.test(file)));
    expect(long).toEqual([]);
  });
});
