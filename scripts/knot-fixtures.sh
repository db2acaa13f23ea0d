#!/usr/bin/env bash
# Regenerates fixtures/knot/ with Knot DNS's keymgr (3.2): a KSR and its SKR for the root zone, made by a
# throw-away ZSK side and KSK side (offline-ksk: on), plus broken variants. The outputs are committed, so
# tests and CI need no Knot; run this only to refresh them: `bash scripts/knot-fixtures.sh`.
set -euo pipefail

KEYMGR="${KEYMGR:-$(command -v keymgr || echo /usr/sbin/keymgr)}"
OUT="$(cd "$(dirname "$0")/.." && pwd)/fixtures/knot"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ZONE="."
FROM=1798761600 # 2027-01-01T00:00:00Z
TO=1803859200   # 2027-03-01T00:00:00Z

# One configuration per side. keymgr needs offline-ksk and manual on both; the ZSK side's lifetimes
# decide the KSR's time slots, the KSK side's rrsig-lifetime the SKR's signature validity.
side() {
  local name="$1" extra="$2"
  mkdir -p "$WORK/$name"
  cat >"$WORK/$name/knot.conf" <<EOF
server:
    rundir: $WORK/$name
database:
    storage: $WORK/$name
policy:
  - id: offline
    algorithm: ecdsap256sha256
    dnskey-ttl: 3600
    zone-max-ttl: 3600
    offline-ksk: on
    manual: on
$extra
template:
  - id: default
    storage: $WORK/$name
    kasp-db: $WORK/$name/kasp
zone:
  - domain: "$ZONE"
    dnssec-signing: on
    dnssec-policy: offline
EOF
}
side zsk "    zsk-lifetime: 30d
    rrsig-lifetime: 14d
    rrsig-refresh: 7d"
side ksk "    rrsig-lifetime: 14d
    rrsig-refresh: 7d"
side other-ksk "    rrsig-lifetime: 14d
    rrsig-refresh: 7d"

km() { "$KEYMGR" -c "$WORK/$1/knot.conf" "$ZONE" "${@:2}"; }

km zsk pregenerate "$FROM" "$TO" >/dev/null
km ksk generate ksk=yes algorithm=ecdsap256sha256 >/dev/null
km other-ksk generate ksk=yes algorithm=ecdsap256sha256 >/dev/null

mkdir -p "$OUT"
km zsk generate-ksr "$FROM" "$TO" >"$OUT/ksr.txt"
km ksk sign-ksr "$OUT/ksr.txt" >"$OUT/skr.txt"
km zsk validate-skr "$OUT/skr.txt" >/dev/null
km other-ksk sign-ksr "$OUT/ksr.txt" >"$OUT/skr-other-ksk.txt"
# The trusted KSK as a DS record (the trust anchor file the CLI's --anchors reads).
km ksk ds | grep ' DS .* 2 ' >"$OUT/trust-anchor.ds"

# One byte changed in the first RRSIG's signature: the first base64 character of its signature data,
# on the line after the one naming the signer, swaps between A and B.
awk '
  !done && seen { c = substr($0, match($0, /[A-Za-z0-9+\/]/), 1); r = (c == "A") ? "B" : "A";
                  sub(/[A-Za-z0-9+\/]/, r); done = 1 }
  !done && /RRSIG DNSKEY/ { print; getline; print; seen = 1; next }
  { print }
' "$OUT/skr.txt" >"$OUT/skr-corrupt-signature.txt"
if cmp -s "$OUT/skr.txt" "$OUT/skr-corrupt-signature.txt"; then
  echo "corruption did not change the file" >&2
  exit 1
fi

# Cut in the middle of the second slot's first DNSKEY record (its parenthesis never closes).
awk '/KeySigningRequest|SignedKeyResponse/ { n++ } n == 2 && /DNSKEY/ { print; getline; print; exit } { print }' \
  "$OUT/skr.txt" >"$OUT/skr-truncated.txt"

printf ';; SignedKeyResponse 1.0 1798761600 (2027-01-01T00:00:00Z) =========\n. 3600 DNSKEY 257 3 13 ( not base64 at all! )\nthis is not a record\n' \
  >"$OUT/garbage.txt"

echo "wrote $(ls "$OUT" | wc -l) files to $OUT"
