// The server actions under load: votes and comments at 50 connections, beside the framework's own
// floor for an action, and whether every acknowledged write landed exactly once.
import type { BenchContext } from "../lib/context";
import { actionId, load, log, settle, signIn } from "../lib/measure";
import { CORE_USERS, WARM_UP_POSTERS } from "../data";

export async function actionScenarios(context: BenchContext): Promise<void> {
  const { urls, data, actorCookies, quick, scenarios, pids, check, results } = context;
  const DURATION = quick ? 3 : 10;
  const actors = data.users.slice(1, 51);
  log("server actions");
  const voteId = actionId("lib/thinking/actions.ts", "castVote");
  const voting = {
    url: `${urls[0]}/cases/${data.votingCaseId}`, method: "POST", connections: 50,
    headers: { "next-action": voteId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    cookies: actorCookies,
    bodies: actors.map((_, index) => JSON.stringify([{ caseId: data.votingCaseId, diagnosisId: data.diagnosisIds[index % 12] }])),
  };
  // The actions' budget is a latency percentile: measure the running server, not its first
  // requests through code paths the page loads above never took (a vote changed is still one vote).
  await load({ ...voting, duration: 2 });
  // The framework's floor for a server action at the same load: the same vote posted without a
  // session, which the action answers "sign in" before any database work. What Next.js's action
  // pipeline costs on this machine by itself, beside what the vote adds to it.
  const anonymous = { url: voting.url, method: voting.method, connections: voting.connections, headers: voting.headers, body: voting.bodies[0] };
  const answer = await (await fetch(anonymous.url, { method: "POST", headers: anonymous.headers, body: anonymous.body })).text();
  if (!answer.includes('"code":"unauthenticated"')) throw new Error(`the floor action was not answered "sign in": ${answer.slice(0, 200)}`);
  await load({ ...anonymous, duration: 1 });
  await settle();
  scenarios.action_floor = await load({ ...anonymous, duration: DURATION }, pids[0]);
  await settle();
  scenarios.vote_action = await load({ ...voting, duration: DURATION }, pids[0]);
  const commentId = actionId("lib/discussion/actions.ts", "postComment");
  const commentHeaders = { "next-action": commentId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" };
  // The product allows 10 comments a minute per user. 50 users would be done after 500 posts (a
  // second), and the p99 of 500 requests is their fifth slowest: the first moment of a run, when
  // 50 posts arrive at once, would be a large part of it. So 400 users (100 in quick mode) take
  // turns on the 50 connections, 10 posts each (4 in quick mode): still 50 distinct users in
  // flight, and 4,000 posts, a run about as long as the votes'. First the action's code paths
  // are warmed by 1,000 posts (400 in quick mode) of 100 other users on another case (the votes
  // warm the rest of the action pipeline), so that the figures describe the running server.
  const perUser = quick ? 4 : 10;
  const commenters = quick ? 100 : 400;
  const others = [...data.users.slice(51, 201), ...data.users.slice(CORE_USERS + WARM_UP_POSTERS)].slice(0, commenters - actors.length);
  const commenterCookies = [...actorCookies, ...(await Promise.all(others.map((user) => signIn(urls[0]!, user.email))))];
  const warmers = await Promise.all(data.users.slice(CORE_USERS, CORE_USERS + WARM_UP_POSTERS).map((user) => signIn(urls[0]!, user.email)));
  await load({
    url: `${urls[0]}/cases/${data.votingCaseId}`, method: "POST", connections: 50, amount: warmers.length * (quick ? 4 : 10), headers: commentHeaders,
    cookies: warmers, bodies: [JSON.stringify([{ caseId: data.votingCaseId, body: "Warm-up comment before the measured run." }])],
  });
  await settle();
  scenarios.comment_action = await load({
    url: `${urls[0]}/cases/${data.commentCaseId}`, method: "POST", connections: 50, amount: commenterCookies.length * perUser, headers: commentHeaders,
    cookies: commenterCookies,
    bodies: [JSON.stringify([{ caseId: data.commentCaseId, body: "Bench comment: the marrow signal has progressed distally." }])],
  }, pids[0]);
  const votes = (await check.query(`select count(*)::int as rows, count(distinct "userId")::int as users from "Vote" where "caseId" = $1`, [data.votingCaseId])).rows[0];
  const comments = (await check.query(`select count(*)::int as n from "Comment" where "caseId" = $1`, [data.commentCaseId])).rows[0].n as number;
  results.exactness = { votes_rows: votes.rows, votes_users: votes.users, votes_expected_users: actors.length, comments_rows: comments, comments_expected: commenterCookies.length * perUser };
  log(`vote_action: ${JSON.stringify(scenarios.vote_action)}; comment_action: ${JSON.stringify(scenarios.comment_action)}`);
}
