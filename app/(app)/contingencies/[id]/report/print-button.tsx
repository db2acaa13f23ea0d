"use client";

/** The browser's own print dialog; the print style sheet drops navigation and buttons. */
export function PrintButton() {
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      Print
    </button>
  );
}
