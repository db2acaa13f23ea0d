import type { TrustAnchor } from "./types";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const rootKsk = (
  keyTag: number,
  digest: string,
  validFrom: string,
  validUntil: string | null,
): TrustAnchor => ({
  owner: ".",
  keyTag,
  algorithm: 8,
  digestType: 2,
  digest,
  flags: null,
  publicKey: null,
  validFrom: day(validFrom),
  validUntil: validUntil === null ? null : day(validUntil),
});

/**
 * The root zone's KSKs as IANA publishes them in root-anchors.xml (https://data.iana.org/root-anchors/):
 * KSK-2010, KSK-2017 and KSK-2024, with the file's validity periods. The shipped default anchors.
 */
export const ROOT_TRUST_ANCHORS: readonly TrustAnchor[] = [
  rootKsk(
    19036,
    "49AAC11D7B6F6446702E54A1607371607A1A41855200FD2CE1CDDE32F24E8FB5",
    "2010-07-15",
    "2019-01-11",
  ),
  rootKsk(20326, "E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D", "2017-02-02", null),
  rootKsk(38696, "683D2D0ACB8C9B712A1948B27F741219298D0A450D612C483AF444A4C0FB2B16", "2024-07-18", null),
];
