import type { Metadata } from "next";
import { NotificationsList } from "@/components/notifications-list";
import { requireViewer } from "@/lib/auth/session";
import { listNotifications } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const viewer = await requireViewer("/notifications");
  const notifications = await listNotifications(viewer);
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Notifications</h1>
      <NotificationsList notifications={notifications} />
    </div>
  );
}
