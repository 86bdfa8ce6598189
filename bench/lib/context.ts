// What a bench scenario is given: the running instances, the generated data, signed-in cookies,
// and the results object it writes its figures into.
import type pg from "pg";
import type { BenchData } from "../data";

export interface BenchContext {
  quick: boolean;
  /** The two app instances; every load scenario runs against the first. */
  urls: string[];
  /** Process ids of the instances, the first being the loaded one. */
  pids: number[];
  databaseUrl: string;
  secret: string;
  data: BenchData;
  viewerCookie: string;
  /** Users 1-50, signed in: the voters and the first commenters. */
  actorCookies: string[];
  browserPath: string;
  /** A connection to the bench database for exactness checks. */
  check: pg.Client;
  results: Record<string, unknown>;
  scenarios: Record<string, unknown>;
}

/** A scenario: measures something and writes it into `context.results` / `context.scenarios`. */
export type BenchStep = (context: BenchContext) => Promise<void>;
