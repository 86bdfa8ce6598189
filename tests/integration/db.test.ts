// The database layer (lib/db.ts): statements are prepared once per connection and then reused.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
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

  it("reads the same rows through Prisma's own queries, prepared, as before", async () => {
    const user = await makeUser("educator");
    for (let i = 0; i < 8; i++) {
      expect(await db.user.findUnique({ where: { id: user.id }, select: { email: true, role: true } })).toEqual({ email: user.email, role: "educator" });
    }
  });
});
