"use client";
// Opens the browser's print dialogue. Hidden on paper by the print styles.
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" className="btn-secondary print-button" data-print-hide onClick={() => window.print()}>
      {label}
    </button>
  );
}
