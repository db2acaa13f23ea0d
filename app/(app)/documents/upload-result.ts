/** What one file's upload came to, as the upload area lists it. */
export interface UploadOutcome {
  name: string;
  tone: "pending" | "ok" | "warn" | "bad";
  /** "Stored", "Already on file", "Refused": what happened, in a word or three. */
  label: string;
  detail: string;
  href?: string;
}

interface StoredBody {
  id: string;
  created: boolean;
  type: string;
  errorCount: number;
  warningCount: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Posts one file as raw XML; the server decides everything, this only words its answer. */
export async function uploadFile(file: File, maxBytes: number): Promise<UploadOutcome> {
  const name = file.name;
  // Saves sending megabytes only to be refused; the server enforces the same limit regardless.
  if (file.size > maxBytes) {
    return {
      name,
      tone: "bad",
      label: "Refused",
      detail: `${file.size} bytes, larger than the ${maxBytes}-byte (1 MiB) limit.`,
    };
  }
  try {
    const response = await fetch("/api/documents", {
      method: "POST",
      // Header values cannot carry non-Latin-1 text; the server decodes the name.
      headers: {
        // IANA files are XML; anything else goes as Knot DNS text, and the server reads the content either way.
        "Content-Type": /\.xml$/i.test(name) ? "application/xml" : "text/dns",
        "X-File-Name": encodeURIComponent(name),
      },
      body: file,
    });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const message: string = body?.message ?? `The upload failed (HTTP ${response.status}).`;
      // Parser refusals already begin with the file name, which the line shows anyway.
      const detail = message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
      return { name, tone: "bad", label: "Refused", detail };
    }
    const stored = body as StoredBody;
    const findings =
      stored.errorCount + stored.warningCount === 0
        ? "no findings"
        : `${plural(stored.errorCount, "error")}, ${plural(stored.warningCount, "warning")}`;
    return {
      name,
      tone: stored.errorCount > 0 ? "warn" : "ok",
      label: stored.created ? "Stored" : "Already on file",
      detail: `${stored.type}, ${findings}.`,
      href: `/documents/${stored.id}`,
    };
  } catch {
    return {
      name,
      tone: "bad",
      label: "Not sent",
      detail: "The upload did not reach the server. Check the connection and try again.",
    };
  }
}
