/** What each subject type the app records reads as, in the order the subject filter offers them. */
export const SUBJECT_NOUNS: Record<string, string> = {
  ceremony: "Ceremony",
  invitation: "Invitation",
  person: "Person",
  facility: "Facility",
  credential_set: "Credential set",
  credential_seat: "Credential seat",
  signing_document: "KSR/SKR document",
  coverage: "Coverage",
  contingency: "Contingency",
  playbook: "Playbook",
  ceremony_template: "Ceremony template",
  travel_restriction: "Travel restriction",
  unavailability: "Unavailability",
  calendar_feed: "Calendar feed",
  api_token: "API token",
  audit_checkpoint: "Audit checkpoint",
  session: "Session",
  policy: "Access rule",
  organisation: "Organisation",
};

/** The noun of a stored subject type; one the list does not know reads as its own name. */
export function subjectNoun(type: string): string {
  return SUBJECT_NOUNS[type] ?? type.replace(/_/g, " ");
}

/** The subject filter's choices. */
export const SUBJECT_CHOICES = Object.entries(SUBJECT_NOUNS).map(([value, label]) => ({ value, label }));

/** A subject's key in a map of names: its type and id. */
export const subjectKey = (type: string, id: string) => `${type}:${id}`;
