"use client";

import type { CSSProperties } from "react";
import { useFormPending } from "./form-context";

/**
 * The enclosing form's submit button, disabled while its submission is on its way; `pendingLabel`
 * replaces the label meanwhile. A form places it itself when the button sits among its fields.
 */
export function SubmitButton({
  label,
  pendingLabel,
  secondary = false,
  style,
  "aria-label": ariaLabel,
}: {
  label: string;
  pendingLabel?: string;
  secondary?: boolean;
  style?: CSSProperties;
  "aria-label"?: string;
}) {
  const pending = useFormPending();
  return (
    <button
      type="submit"
      className={secondary ? "secondary" : undefined}
      disabled={pending}
      style={style}
      aria-label={ariaLabel}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
