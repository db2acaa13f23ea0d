import type { CivilDate, Instant } from "@/lib/time";
import type { Role } from "../roles";
import type { CountryCode } from "./countries";
import type { PersonStatus, ReasonRule, Response, SeatStatus, Verdict } from "./vocabulary";

// The quorum engine's own input: built by the JSON scenario adapter today and from the database by the
// app, so nothing here knows about either format.

export interface Facility {
  code: string;
  country: CountryCode;
  /** IANA zone; every "date" rule (unavailability, restrictions) is read in this zone. */
  timeZone: string;
}

export interface Ceremony {
  facility: Facility;
  start: Instant;
  durationMinutes: number;
  /** Facility-local date held in reserve; defaults to the day after the facility-local start date. */
  standbyDate?: CivilDate;
}

export interface Requirement {
  role: Role;
  /** For credential roles (m-of-n): only active seats in this set count, and `min` is m. */
  credentialSet?: string;
  min: number;
}

export interface CredentialSeat {
  credentialSet: string;
  status: SeatStatus;
}

/** Inclusive range of facility-local calendar dates. */
export interface DateRange {
  from: CivilDate;
  to: CivilDate;
}

export interface Person {
  id: string;
  roles: readonly Role[];
  seats: readonly CredentialSeat[];
  homeCountry: CountryCode;
  /** Where they will travel from, when not from home; restrictions are matched on this origin. */
  travelOrigin?: CountryCode;
  response: Response;
  unavailable: readonly DateRange[];
}

interface RestrictionBase {
  from: CountryCode | "*";
  to: CountryCode;
  start: CivilDate;
  end: CivilDate;
  exempt: readonly CountryCode[];
}

export type TravelRestriction =
  | (RestrictionBase & { kind: "entry_ban" })
  | (RestrictionBase & { kind: "quarantine"; days: number });

export interface QuorumPolicy {
  /** Roles that can be performed from outside the room (e.g. an external witness on video). */
  remoteRoles: readonly Role[];
}

/** Everything about a ceremony except its date: the date finder evaluates this on many dates. */
export interface QuorumSetup {
  facility: Facility;
  requirements: readonly Requirement[];
  people: readonly Person[];
  restrictions: readonly TravelRestriction[];
  policy: QuorumPolicy;
}

export interface QuorumInput extends Omit<QuorumSetup, "facility"> {
  ceremony: Ceremony;
}

export interface Reason {
  rule: ReasonRule;
  message: string;
}

export interface RequirementOutcome {
  role: Role;
  credentialSet?: string;
  min: number;
  /** Confirmed people assigned to this requirement in the reported assignment (at most `min`). */
  confirmed: number;
  /** Possible (if_need_be / no_answer) people assigned to fill what confirmed people leave open. */
  possible: number;
  /**
   * Met: how many confirmed people beyond `min` could be assigned here without taking a confirmed
   * person away from any other requirement (0 = no spare; +2 = two spare). Not met: confirmed - min
   * (negative, the confirmed shortfall). See margin.ts.
   */
  margin: number;
  /** Satisfied by confirmed people alone. */
  met: boolean;
}

export interface PersonOutcome {
  id: string;
  status: PersonStatus;
  /** Requirement key (`role` or `role/credentialSet`) this person fills in the reported assignment. */
  assignedTo?: string;
  reasons: Reason[];
}

export interface QuorumResult {
  verdict: Verdict;
  requirements: RequirementOutcome[];
  people: PersonOutcome[];
}
