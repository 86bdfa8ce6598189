import type { Metadata } from "next";
import { JoinForm } from "@/components/conferences/join-form";
import { requireViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Join a conference" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const { code } = await searchParams;
  const initial = typeof code === "string" ? code.slice(0, 12) : "";
  await requireViewer(initial ? `/join?code=${encodeURIComponent(initial)}` : "/join");
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Join a conference</h1>
      <p className="text-slate-600">Type the code on the presenter&apos;s screen, or scan its QR code with your phone&apos;s camera.</p>
      <JoinForm initialCode={initial} />
    </div>
  );
}
