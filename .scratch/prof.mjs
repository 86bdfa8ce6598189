import { readFileSync } from "node:fs";
const p = JSON.parse(readFileSync(process.argv[2], "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = p.timeDeltas; let total = 0;
for (let i = 0; i < p.samples.length; i++) { const n = byId.get(p.samples[i]); const t = dt[i] ?? 0; total += t; self.set(n.id, (self.get(n.id) ?? 0) + t); }
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber}`;
const selfBy = new Map(); const fileBy = new Map(); const incl = new Map();
for (const [id, t] of self) {
  const n = byId.get(id); const k = key(n); selfBy.set(k, (selfBy.get(k) ?? 0) + t);
  const f = n.callFrame.url.replace(/.*node_modules\//, "nm/").replace(/.*\.next-bench\//, "next/").slice(0, 90) || n.callFrame.functionName;
  fileBy.set(f, (fileBy.get(f) ?? 0) + t);
  const seen = new Set(); let cur = id; while (cur !== undefined) { const kk = key(byId.get(cur)); if (!seen.has(kk)) { seen.add(kk); incl.set(kk, (incl.get(kk) ?? 0) + t); } cur = parent.get(cur); }
}
const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, t]) => `${(t / total * 100).toFixed(1).padStart(5)}%  ${k}`).join("\n");
console.log("total ms", (total / 1000).toFixed(0));
console.log("== self by function\n" + top(selfBy, 35));
console.log("== self by file\n" + top(fileBy, 25));
const filt = new RegExp(process.argv[3] ?? "^$");
console.log("== inclusive (filtered)\n" + top(new Map([...incl].filter(([k]) => filt.test(k))), 40));
