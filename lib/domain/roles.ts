// The closed list of ceremony roles (DOMAIN.md section 1). The database enum, the zod schemas and the
// TypeScript union all derive from this one list (house rule 1).
export const ROLES = [
  "crypto_officer",
  "recovery_key_shareholder",
  "ceremony_administrator",
  "internal_witness",
  "safe_security_controller",
  "system_administrator",
  "external_witness",
  "auditor",
] as const;

export type Role = (typeof ROLES)[number];
