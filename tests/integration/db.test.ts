// The database layer (lib/core/db.ts): statements are prepared once per connection and then reused;
// `sql` runs hand-written statements on node-postgres directly and reads them as $queryRaw does.
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { db, sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { makeUser } from "../support/factories";

describe("prepared statements", () => {
  it("prepares a statement on its first run and reuses it, with its results unchanged", async () => {
    const user = await makeUser();
    // One after another: the pool hands back the connection used last, so all run on one.
    for (let i = 0; i < 10; i++) {
      expect(await db.$queryRaw`select name from "User" where id = ${user.id}`).toEqual([{ name: user.name }]);
    }
    const [lookup] = await db.$queryRaw<Array<{ runs: bigint }>>`
      select generic_plans + custom_plans as runs from pg_prepared_statements where statement = 'select name from "User" where id = $1'`;
    // Prepared once on that connection, then run ten times from the one preparation.
    expect(Number(lookup?.runs)).toBe(10);
  });

  it("leaves a statement asked not to be prepared unprepared, planned for each call's values (decision 101)", async () => {
    const user = await makeUser();
    const marker = `m${Date.now()}`;
    const run = (prepare: boolean) => sql<Array<{ name: string }>>(Prisma.sql`select name, ${marker}::text as marker from "User" where id = ${user.id} and ${prepare}::boolean is not null`, { prepare });
    // One after another, on the connection used last; the prepared twin proves the check can see one.
    for (let i = 0; i < 6; i++) expect(await run(false)).toEqual([{ name: user.name, marker }]);
    expect(await run(true)).toEqual([{ name: user.name, marker }]);
    const prepared = await sql<Array<{ runs: number }>>(Prisma.sql`
      select (generic_plans + custom_plans)::int as runs from pg_prepared_statements where statement like ${'%as marker from "User"%'}`);
    expect(prepared).toEqual([{ runs: 1 }]);
  });

  it("reads the same rows through Prisma's own queries, prepared, as before", async () => {
    const user = await makeUser("educator");
    for (let i = 0; i < 8; i++) {
      expect(await db.user.findUnique({ where: { id: user.id }, select: { email: true, role: true } })).toEqual({ email: user.email, role: "educator" });
    }
  });
});

describe("sql", () => {
  it("reads timestamps, bigints, json and arrays as $queryRaw does, whatever the server's time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Kolkata"; // +05:30: a local-time reading would be off by hours
    try {
      const user = await makeUser();
      const at = new Date("2026-03-04T05:06:07.089Z");
      await db.user.update({ where: { id: user.id }, data: { createdAt: at } });
      const query = Prisma.sql`
        select "createdAt", 9007199254740993::bigint as big, json_build_object('n', 1, 'names', array['a', 'b']) as doc,
               array['x', 'y']::text[] as list, ${at}::timestamp as echoed
        from "User" where id = ${user.id}`;
      const [direct] = await sql<Array<Record<string, unknown>>>(query);
      const [viaPrisma] = await db.$queryRaw<Array<Record<string, unknown>>>(query);
      expect(direct).toEqual({ createdAt: at, big: 9007199254740993n, doc: { n: 1, names: ["a", "b"] }, list: ["x", "y"], echoed: at });
      expect(direct).toEqual(viaPrisma);
    } finally {
      process.env.TZ = zone;
      if (zone === undefined) delete process.env.TZ;
    }
  });

  it("answers a failing statement with the database's error, and the pool stays usable", async () => {
    await expect(sql(Prisma.sql`select * from "NoSuchTable"`)).rejects.toThrow(/NoSuchTable/);
    expect(await sql(Prisma.sql`select 1 as one`)).toEqual([{ one: 1 }]);
  });
});

describe("the pool", () => {
  it("keeps an idle connection past node-postgres's 10 s default, so a burst after a quiet spell finds it open (decision 028)", async () => {
    const pid = async () => (await sql<Array<{ pid: number }>>(Prisma.sql`select pg_backend_pid() as pid`))[0]!.pid;
    const before = await pid();
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    // The pool hands out the connection released last: the same one, still open.
    expect(await pid()).toBe(before);
  }, 20_000);

  it("outlives the database closing an idle connection (a restart, a failover): it says so and reconnects", async () => {
    const [backend] = await sql<Array<{ pid: number }>>(Prisma.sql`select pg_backend_pid() as pid`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      expect((await admin.query("select pg_terminate_backend($1) as done", [backend!.pid])).rows).toEqual([{ done: true }]);
      // Heard and said, without the statement's text; before Prisma has connected, unheard, it would end the process.
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^\[db\] an idle connection was closed by the database/)));
      expect(await sql(Prisma.sql`select 1 as alive`)).toEqual([{ alive: 1 }]);
    } finally {
      logged.mockRestore();
      await admin.end();
    }
  });
});
