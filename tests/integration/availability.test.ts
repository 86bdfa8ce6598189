// The outage classifier (lib/core/availability.ts) against the errors the drivers really raise:
// node-postgres and Prisma's adapter on a port nobody listens on, a session the server terminates
// (what a fast shutdown does to every connection), and ordinary statement failures, which must
// not count as an outage.
import net from "node:net";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable, noteDatabaseFailure, databaseOutage } from "@/lib/core/availability";
import { unavailable } from "@/lib/core/result";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { guarded } from "@/lib/auth/action";

async function closedPortUrl(): Promise<string> {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => probe.once("listening", resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return `postgresql://postgres:postgres@127.0.0.1:${port}/nothing`;
}

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("isDatabaseUnreachable", () => {
  it("recognises node-postgres refused and terminated connections", async () => {
    const url = await closedPortUrl();
    const refused = await errorOf(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
    });
    expect(isDatabaseUnreachable(refused)).toBe(true);

    const victim = new pg.Client({ connectionString: process.env.DATABASE_URL });
    victim.on("error", () => undefined);
    await victim.connect();
    const { rows } = await victim.query<{ pid: number }>("select pg_backend_pid() as pid");
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    const pending = errorOf(() => victim.query("select pg_sleep(5)"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await killer.query("select pg_terminate_backend($1)", [rows[0]!.pid]);
    await killer.end();
    const terminated = await pending;
    expect((terminated as { code?: string }).code).toBe("57P01");
    expect(isDatabaseUnreachable(terminated)).toBe(true);
    // And the next statement on the dead connection.
    expect(isDatabaseUnreachable(await errorOf(() => victim.query("select 1")))).toBe(true);
  });

  it("recognises Prisma's errors through the pg adapter when the server is not there", async () => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: await closedPortUrl() }) });
    try {
      const error = await errorOf(() => client.user.findFirst({ select: { id: true } }));
      expect(isDatabaseUnreachable(error)).toBe(true);
      const raw = await errorOf(() => client.$queryRaw`select 1`);
      expect(isDatabaseUnreachable(raw)).toBe(true);
    } finally {
      await client.$disconnect().catch(() => undefined);
    }
  });

  it("does not count statement failures as an outage", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect(isDatabaseUnreachable(await errorOf(() => client.query("select nonsense from nowhere")))).toBe(false);
      expect(isDatabaseUnreachable(await errorOf(() => client.query("select 1/0")))).toBe(false);
      expect(isDatabaseUnreachable(await errorOf(() => client.query("select $1::int", ["x"])))).toBe(false);
    } finally {
      await client.end();
    }
    expect(isDatabaseUnreachable(new Error("Something else entirely"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });

  it("makes an action answer the typed unavailable result, and the instance probe until the database answers", async () => {
    const refused = await errorOf(async () => {
      const client = new pg.Client({ connectionString: await closedPortUrl() });
      await client.connect();
    });
    const result = await guarded("test", async () => {
      throw refused;
    });
    expect(result).toEqual(unavailable());
    // The test database is up: the probe clears the outage within a couple of seconds.
    const started = Date.now();
    while (databaseOutage() && Date.now() - started < 5_000) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(databaseOutage()).toBeNull();
    expect(noteDatabaseFailure(new Error("a bug"))).toBe(false);
    expect(databaseOutage()).toBeNull();
  });
});
