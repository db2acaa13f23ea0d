import { customType } from "drizzle-orm/pg-core";

/**
 * Binary content. drizzle 0.45 has no bytea column of its own; both drivers send a Uint8Array as bytea
 * and read bytea back as one (postgres.js as a Buffer, which is one too).
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | string }>({
  dataType: () => "bytea",
  toDriver: (value) => value,
  fromDriver: (value) => {
    if (typeof value === "string") {
      // Text form ("\x..."), for a driver that does not parse bytea.
      return new Uint8Array(Buffer.from(value.startsWith("\\x") ? value.slice(2) : value, "hex"));
    }
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  },
});
