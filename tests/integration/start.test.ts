// `npm start` must fail with one clear sentence, not a stack trace, when it cannot run.
import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const output = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
  return { status: result.status, output };
}

describe("npm start", () => {
  it("says which port is taken and what to do", async () => {
    const blocker = net.createServer().listen(0);
    await new Promise((resolve) => blocker.once("listening", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const { status, output } = start({ PORT: String(port) });
      expect(status).toBe(1);
      expect(output).toEqual([`Port ${port} is already in use. Stop the program using it, or choose another port: PORT=${port + 1} npm start`]);
    } finally {
      blocker.close();
    }
  });

  it("says the database is unreachable and how to fix it", async () => {
    const probe = net.createServer().listen(0);
    await new Promise((resolve) => probe.once("listening", resolve));
    const freePort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const { status, output } = start({ PORT: String(freePort), DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(status).toBe(1);
    expect(output).toHaveLength(1);
    expect(output[0]).toMatch(/^Cannot reach the PostgreSQL server at 127\.0\.0\.1:1\/none named by DATABASE_URL .*Start that server, fix DATABASE_URL, or unset it/);
  });
});
