"use client";

/** Prints the page; the print stylesheet hides navigation and forms. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" className="secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
