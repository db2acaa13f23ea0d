import "server-only";
import type { EvidenceUpload } from "@/lib/domain/contingency/evidence-files";

/**
 * A file input left empty still posts one part with no file name and no bytes; Next's multipart decoder
 * turns the missing name into "" or the string "undefined". That part is no file; an empty file someone
 * did choose keeps its name and is refused as empty further on.
 */
const isNoFile = (file: File) => file.size === 0 && (file.name === "" || file.name === "undefined");

/** The files posted under `field`, read into bytes so services never see framework objects. */
export async function formFiles(form: FormData, field: string): Promise<EvidenceUpload[]> {
  const files = form
    .getAll(field)
    .filter((value): value is File => typeof value !== "string" && !isNoFile(value));
  return Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}
