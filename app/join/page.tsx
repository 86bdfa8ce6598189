import type { Metadata } from "next";
import { JoinForm } from "@/components/conferences/join-form";
import { requireViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Join a conference" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const initial = typeof code === "string" ? code.slice(0, 12) : "";
  await requireViewer(initial ? `/join?code=${encodeURIComponent(initial)}` : "/join");
  // The form draws the conference's audience view in place once joined (decision 114).
  return <JoinForm initialCode={initial} />;
}
