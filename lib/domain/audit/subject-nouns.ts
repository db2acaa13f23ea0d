import type { PolicyAction } from "@/lib/auth/policy";

/** What a subject type reads as, and the page that shows one (with the policy action that page needs). */
interface SubjectKind {
  noun: string;
  page?: { path: (id: string) => string; view: PolicyAction };
}

/** Every subject type the app records, in the order the subject filter offers them. */
export const SUBJECT_KINDS: Record<string, SubjectKind> = {
  ceremony: { noun: "Ceremony", page: { path: (id) => `/ceremonies/${id}`, view: "ceremonies.view" } },
  invitation: { noun: "Invitation" },
  person: { noun: "Person", page: { path: (id) => `/people/${id}`, view: "people.view" } },
  facility: { noun: "Facility", page: { path: (id) => `/facilities/${id}`, view: "facilities.view" } },
  credential_set: { noun: "Credential set" },
  credential_seat: { noun: "Credential seat" },
  signing_document: {
    noun: "KSR/SKR document",
    page: { path: (id) => `/documents/${id}`, view: "documents.view" },
  },
  coverage: { noun: "Coverage" },
  contingency: {
    noun: "Contingency",
    page: { path: (id) => `/contingencies/${id}`, view: "contingency.view" },
  },
  playbook: { noun: "Playbook", page: { path: (id) => `/playbooks/${id}`, view: "playbooks.view" } },
  ceremony_template: {
    noun: "Ceremony template",
    page: { path: (id) => `/templates/${id}`, view: "templates.view" },
  },
  travel_restriction: {
    noun: "Travel restriction",
    page: { path: (id) => `/restrictions/${id}`, view: "restrictions.view" },
  },
  unavailability: { noun: "Unavailability" },
  calendar_feed: { noun: "Calendar feed" },
  api_token: { noun: "API token" },
  audit_checkpoint: { noun: "Audit checkpoint" },
  session: { noun: "Session" },
  policy: { noun: "Access rule" },
  seed: { noun: "Demo data" },
};

/** The noun of a stored subject type; one the list does not know reads as its own name. */
export function subjectNoun(type: string): string {
  return SUBJECT_KINDS[type]?.noun ?? type.replace(/_/g, " ");
}

/** The subject filter's choices. */
export const SUBJECT_CHOICES = Object.entries(SUBJECT_KINDS).map(([value, k]) => ({ value, label: k.noun }));
