"use client";
// The window/level bar: presets for the modality (CT in Hounsfield units, auto for MR), reset, and
// the current values. Keyboard: the select and buttons are ordinary controls.
import { presetOf, type ShownWindow, type Window, type WindowPreset } from "@/lib/images/window";

export function WindowControls({ presets, window, onChange, onReset }: { presets: WindowPreset[]; window: Window; onChange: (window: Window) => void; onReset: () => void }) {
  const current = presetOf(presets, window);
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-200">
      <label className="flex items-center gap-1">
        <span>Preset</span>
        <select
          className="rounded bg-slate-800 px-1 py-0.5 text-slate-100"
          value={current?.name ?? ""}
          onChange={(event) => {
            const preset = presets.find((item) => item.name === event.target.value);
            if (preset) onChange({ center: preset.center, width: preset.width });
          }}
        >
          {current ? null : <option value="">Custom</option>}
          {presets.map((preset) => (
            <option key={preset.name} value={preset.name}>{preset.name}</option>
          ))}
        </select>
      </label>
      <span data-testid="window-values" aria-live="polite">
        W {Math.round(window.width)} / L {Math.round(window.center)}
      </span>
      <button type="button" className="rounded bg-slate-800 px-2 py-0.5 hover:bg-slate-700" onClick={onReset}>
        Reset
      </button>
    </div>
  );
}

/** A following phone's line under the slice: the presenter's window, which it shows (decision 095). */
export function FollowedWindow({ window, unavailable }: { window: ShownWindow; unavailable: boolean }) {
  return (
    <p className="text-xs text-slate-200" data-testid="followed-window">
      Presenter&apos;s window: {window.preset ?? "custom"}, W {Math.round(window.width)} / L {Math.round(window.center)}
      {unavailable ? " (this slice has no stored values to window)" : ""}
    </p>
  );
}
