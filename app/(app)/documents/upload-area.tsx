"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ChangeEvent, type DragEvent, useRef, useState } from "react";
import styles from "./upload-area.module.css";
import { type UploadOutcome, uploadFile } from "./upload-result";

const BADGE: Record<UploadOutcome["tone"], string> = {
  pending: "badge",
  ok: "badge ok",
  warn: "badge warn",
  bad: "badge bad",
};

type Line = UploadOutcome & { key: number };

/**
 * Drop KSR/SKR files here or choose them with the file input (the keyboard path). Files go up one at a
 * time and each gets its own line, so one bad file never hides what happened to the others; a second
 * choice while the first is still going simply adds its lines.
 */
export function UploadArea({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const [lines, setLines] = useState<Line[]>([]);
  const [dragging, setDragging] = useState(false);
  const nextKey = useRef(0);

  async function uploadAll(files: File[]) {
    if (files.length === 0) return;
    const added = files.map((file) => ({
      key: nextKey.current++,
      name: file.name,
      tone: "pending" as const,
      label: "Uploading…",
      detail: "",
    }));
    setLines((current) => [...current, ...added]);
    for (const [index, file] of files.entries()) {
      const outcome = await uploadFile(file, maxBytes);
      const key = added[index]?.key;
      setLines((current) => current.map((line) => (line.key === key ? { ...outcome, key } : line)));
    }
    router.refresh();
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same file again still uploads (and answers "Already on file").
    event.target.value = "";
    void uploadAll(files);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void uploadAll(Array.from(event.dataTransfer.files));
  }

  return (
    // Dropping is a pointer shortcut only; the labelled file input inside is the accessible way in.
    // biome-ignore lint/a11y/noStaticElementInteractions: see above
    <div
      className={styles.zone}
      data-dragging={dragging}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <label htmlFor="document-files">Choose KSR or SKR files</label>
      <input id="document-files" type="file" accept=".xml,.txt,.ksr,.skr" multiple onChange={onChange} />
      <p className="muted">
        Or drop them here: IANA XML or Knot DNS text (keymgr), up to 1 MiB each; each is checked as it
        arrives.
      </p>
      <div role="status" aria-live="polite">
        {lines.length > 0 ? (
          <ul className={styles.results}>
            {lines.map((line) => (
              <li key={line.key}>
                <span className={BADGE[line.tone]}>{line.label}</span>{" "}
                <strong className="mono">{line.name}</strong> {line.detail}{" "}
                {line.href ? <Link href={line.href}>View</Link> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
