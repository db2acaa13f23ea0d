import type { PersonRole } from "@/lib/domain/people";

// Fictional people modelled on the root KSK arrangement: TCRs from many countries, staff near each KMF.
export interface DemoPerson {
  name: string;
  email: string;
  homeCountry: string;
  timeZone: string;
  roles: PersonRole[];
}

const tcr = (
  name: string,
  email: string,
  homeCountry: string,
  timeZone: string,
  role: PersonRole,
): DemoPerson => ({
  name,
  email,
  homeCountry,
  timeZone,
  roles: [role],
});

export const COORDINATORS: DemoPerson[] = [
  tcr("Maya Okafor", "coordinator@example.org", "US", "America/New_York", "coordinator"),
  tcr("Tomás Ribeiro", "coordinator2@example.org", "US", "America/Los_Angeles", "coordinator"),
  // A third, so that an option needing two coordinators' approval has two besides the one who chose it.
  tcr("Nadia Haddad", "coordinator3@example.org", "CA", "America/Toronto", "coordinator"),
];

export const AUDITORS: DemoPerson[] = [
  tcr("Ingrid Halvorsen", "auditor@example.org", "NO", "Europe/Oslo", "auditor"),
];

// Seven active crypto officers and two backups per facility.
export const EAST_CRYPTO_OFFICERS: DemoPerson[] = [
  tcr("Astrid Lindqvist", "co-east-1@example.org", "SE", "Europe/Stockholm", "crypto_officer"),
  tcr("Kenji Watanabe", "co-east-2@example.org", "JP", "Asia/Tokyo", "crypto_officer"),
  tcr("Amara Nwosu", "co-east-3@example.org", "NG", "Africa/Lagos", "crypto_officer"),
  tcr("Lucas Moreau", "co-east-4@example.org", "FR", "Europe/Paris", "crypto_officer"),
  tcr("Priya Raman", "co-east-5@example.org", "IN", "Asia/Kolkata", "crypto_officer"),
  tcr("Daniel Brooks", "co-east-6@example.org", "US", "America/Chicago", "crypto_officer"),
  tcr("Sofia Castillo", "co-east-7@example.org", "CL", "America/Santiago", "crypto_officer"),
  tcr("Hannah Keller", "co-east-backup-1@example.org", "DE", "Europe/Berlin", "crypto_officer"),
  tcr("Oliver Grant", "co-east-backup-2@example.org", "GB", "Europe/London", "crypto_officer"),
];

export const WEST_CRYPTO_OFFICERS: DemoPerson[] = [
  tcr("Mei Lin Tan", "co-west-1@example.org", "SG", "Asia/Singapore", "crypto_officer"),
  tcr("Rafael Duarte", "co-west-2@example.org", "BR", "America/Sao_Paulo", "crypto_officer"),
  tcr("Aroha Ngata", "co-west-3@example.org", "NZ", "Pacific/Auckland", "crypto_officer"),
  tcr("Jonas Vermeulen", "co-west-4@example.org", "NL", "Europe/Amsterdam", "crypto_officer"),
  tcr("Grace Mwangi", "co-west-5@example.org", "KE", "Africa/Nairobi", "crypto_officer"),
  tcr("Ethan Clarke", "co-west-6@example.org", "CA", "America/Vancouver", "crypto_officer"),
  tcr("Rina Sharma", "co-west-7@example.org", "NP", "Asia/Kathmandu", "crypto_officer"),
  tcr("Carlos Mendes", "co-west-backup-1@example.org", "PT", "Europe/Lisbon", "crypto_officer"),
  tcr("Leah Cohen", "co-west-backup-2@example.org", "US", "America/Denver", "crypto_officer"),
];

export const RECOVERY_SHAREHOLDERS: DemoPerson[] = [
  tcr("Björn Eriksson", "rksh-1@example.org", "IS", "Atlantic/Reykjavik", "recovery_key_shareholder"),
  tcr("Yuki Sato", "rksh-2@example.org", "JP", "Asia/Tokyo", "recovery_key_shareholder"),
  tcr("Fatima Zahra", "rksh-3@example.org", "MA", "Africa/Casablanca", "recovery_key_shareholder"),
  tcr("Liam O'Connor", "rksh-4@example.org", "IE", "Europe/Dublin", "recovery_key_shareholder"),
  tcr("Ana Petrović", "rksh-5@example.org", "RS", "Europe/Belgrade", "recovery_key_shareholder"),
  tcr("Marco Bianchi", "rksh-6@example.org", "IT", "Europe/Rome", "recovery_key_shareholder"),
  tcr("Chloe Martin", "rksh-7@example.org", "AU", "Australia/Sydney", "recovery_key_shareholder"),
];

const staff = (facility: "east" | "west", zone: string): DemoPerson[] => {
  const f = facility === "east" ? "East" : "West";
  return [
    { name: `${f} Ceremony Administrator`, role: "ceremony_administrator" as const, slug: "ca" },
    { name: `${f} Internal Witness`, role: "internal_witness" as const, slug: "iw" },
    { name: `${f} Safe Controller One`, role: "safe_security_controller" as const, slug: "ssc1" },
    { name: `${f} Safe Controller Two`, role: "safe_security_controller" as const, slug: "ssc2" },
    { name: `${f} System Administrator`, role: "system_administrator" as const, slug: "sa" },
  ].map((s) => ({
    name: s.name,
    email: `${s.slug}-${facility}@example.org`,
    homeCountry: "US",
    timeZone: zone,
    roles: [s.role],
  }));
};

export const EAST_STAFF = staff("east", "America/New_York");
export const WEST_STAFF = staff("west", "America/Los_Angeles");
