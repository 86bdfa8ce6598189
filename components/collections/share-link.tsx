"use client";
// The owner turns the share link on (a new key each time, so turning it off and on revokes old links).
import { useState } from "react";
import { setShareLink } from "@/lib/collections/actions";

export function ShareLink({ collectionId, shareKey: initial }: { collectionId: string; shareKey: string | null }) {
  const [shareKey, setKey] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const url = shareKey && typeof window !== "undefined" ? `${window.location.origin}/collections/${collectionId}?key=${shareKey}` : shareKey ? `/collections/${collectionId}?key=${shareKey}` : null;
  const toggle = async (enabled: boolean) => {
    const result = await setShareLink({ collectionId, enabled });
    if (result.ok) setKey(result.data.shareKey);
    else setError(result.message);
  };
  return (
    <div className="space-y-2 text-sm">
      {url ? (
        <>
          <label className="block">
            <span className="font-medium">Share link</span>
            <input readOnly value={url} className="field-input mt-1 w-full font-mono text-xs" data-testid="share-link" onFocus={(event) => event.target.select()} />
          </label>
          <p className="text-xs text-slate-600">Anyone signed in with this link may open the collection; they still see only the cases they may see.</p>
          <button type="button" className="btn-secondary" onClick={() => toggle(false)}>Turn the link off</button>
        </>
      ) : (
        <button type="button" className="btn-secondary" onClick={() => toggle(true)}>Create a share link</button>
      )}
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </div>
  );
}
