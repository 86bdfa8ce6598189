"use client";
// The window/level bar: presets for the modality (CT in Hounsfield units, auto for MR), reset, and
// the current values. Keyboard: the select and buttons are ordinary controls.
import type { Window, WindowPreset } from "@/lib/images/window";

export function WindowControls({ presets, window, onChange, onReset }: { presets: WindowPreset[]; window: Window; onChange: (window: Window) => void; onReset: () => void }) {
  const current = presets.find((preset) => Math.round(preset.center) === Math.round(window.center) && Math.round(preset.width) === Math.round(window.width));
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
