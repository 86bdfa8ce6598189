"use client";
import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markNotificationsRead } from "@/lib/notifications/actions";
import type { NotificationView } from "@/lib/notifications/queries";

export function NotificationsList({ notifications }: { notifications: NotificationView[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const unread = notifications.filter((n) => !n.read);

  async function mark(ids?: string[]) {
    setPending(true);
    await markNotificationsRead({ ids });
    setPending(false);
    router.refresh();
  }

  if (notifications.length === 0) {
    return <p className="card p-4 text-sm text-slate-600">No notifications yet. You are notified when someone mentions you or replies to you.</p>;
  }
  return (
    <div className="space-y-3">
      <button type="button" className="btn-secondary" disabled={pending || unread.length === 0} onClick={() => void mark()}>
        Mark all as read
      </button>
      <ul className="card divide-y divide-slate-100" data-testid="notifications">
        {notifications.map((notification) => (
          <li key={notification.id} className={`flex flex-wrap items-center gap-2 px-4 py-3 text-sm ${notification.read ? "text-slate-500" : ""}`}>
            {!notification.read ? <span className="size-2 rounded-full bg-brand-600" aria-label="Unread" /> : null}
            <span>
              <strong>{notification.actorName ?? "Someone"}</strong> {notification.kind === "mention" ? "mentioned you in" : "replied to you in"}{" "}
              <Link
                className="text-brand-700 underline"
                href={`/cases/${notification.caseId}${notification.commentId ? `#comment-${notification.commentId}` : ""}`}
                onClick={() => { if (!notification.read) void markNotificationsRead({ ids: [notification.id] }); }}
              >
                {notification.caseTitle}
              </Link>
            </span>
            <time className="ml-auto text-xs text-slate-500" dateTime={notification.createdAt}>
              <DateTime iso={notification.createdAt} style="short-datetime" />
            </time>
            {!notification.read ? (
              <button type="button" className="btn-ghost px-2 py-1 text-xs" disabled={pending} onClick={() => void mark([notification.id])}>Mark read</button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
