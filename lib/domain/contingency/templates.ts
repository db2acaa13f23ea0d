import type { PlaybookDefinition, PlaybookStep } from "./playbook";

// The three playbooks shipped with the app: the palette of assurance levels DOMAIN.md section 3 asks
// for. Organisations copy and edit them; the root KSK ladder follows what operators did in 2020.

const H = 24;
const step = (s: Omit<PlaybookStep, "evidenceHint"> & { evidenceHint?: string }): PlaybookStep => ({
  evidenceHint: "",
  ...s,
});

const ROOT_KSK: PlaybookDefinition = {
  assurance: "high",
  escalationHours: 4,
  escalationLevels: [
    ["coordinator"],
    ["ceremony_administrator", "safe_security_controller"],
    ["internal_witness", "system_administrator", "auditor"],
  ],
  options: [
    {
      key: "call-backups",
      title: "Call backup TCRs",
      description: "Ask the backup crypto officers of the same credential set to attend instead.",
      approval: null,
      steps: [
        step({
          key: "invite-backups",
          title: "Invite every backup crypto officer who can reach the facility",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 1 * H },
          approval: null,
          evidence: "note",
          evidenceHint: "Who was invited and how they answered.",
        }),
        step({
          key: "confirm-quorum",
          title: "Confirm the quorum panel shows the requirement met",
          ownerRole: "ceremony_administrator",
          due: { anchor: "trigger", offsetHours: 3 * H },
          approval: null,
          evidence: "note",
        }),
      ],
    },
    {
      key: "move-date-or-facility",
      title: "Move the date or facility",
      description: "Choose a date or the other facility where the TCRs who can travel form the quorum.",
      approval: { m: 2, role: "coordinator" },
      steps: [
        step({
          key: "find-date",
          title: "Find a date and facility that meet quorum with the date finder",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 1 * H },
          approval: null,
          evidence: "note",
          evidenceHint: "The chosen date, facility and verdict.",
        }),
        step({
          key: "reschedule",
          title: "Reschedule the ceremony and notify everyone invited",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 2 * H },
          approval: null,
          evidence: "note",
        }),
        step({
          key: "travel",
          title: "Book travel for every TCR in the new quorum",
          ownerRole: "ceremony_administrator",
          due: { anchor: "deadline", offsetHours: -14 * H },
          approval: null,
          evidence: "note",
        }),
      ],
    },
    {
      key: "credential-surrogates",
      title: "Credential surrogates",
      description:
        "Holders hand their credentials to trusted surrogates near the facility, with written consent and management approval.",
      approval: { m: 2, role: "coordinator" },
      steps: [
        step({
          key: "consent",
          title: "Collect each holder's written consent naming their surrogate",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 3 * H },
          approval: null,
          evidence: "attachment",
          evidenceHint: "Signed consent forms.",
        }),
        step({
          key: "management-approval",
          title: "Management approves the surrogates",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 5 * H },
          approval: { m: 2, role: "coordinator" },
          evidence: "attachment",
        }),
        step({
          key: "transfer",
          title: "Credentials travel to the surrogates in tamper-evident bags",
          ownerRole: "safe_security_controller",
          due: { anchor: "deadline", offsetHours: -7 * H },
          approval: null,
          evidence: "note",
          evidenceHint: "Bag serial numbers sent and received.",
        }),
      ],
    },
    {
      key: "staff-only-remote-witness",
      title: "Staff-only ceremony with remote TCR witnessing",
      description:
        "Staff run the ceremony with TCR credentials taken from their safe-deposit boxes (drilled with the holders' consent) while the TCRs watch online.",
      approval: { m: 3, role: "coordinator" },
      steps: [
        step({
          key: "consent-drilling",
          title: "Collect each holder's consent to drill their safe-deposit box",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 3 * H },
          approval: null,
          evidence: "attachment",
        }),
        step({
          key: "remote-witnessing",
          title: "Set up and test the remote witnessing link with every TCR",
          ownerRole: "system_administrator",
          due: { anchor: "deadline", offsetHours: -3 * H },
          approval: null,
          evidence: "note",
        }),
        step({
          key: "drill-boxes",
          title: "Drill the boxes under witness and record the tamper-evident bag numbers",
          ownerRole: "safe_security_controller",
          due: { anchor: "deadline", offsetHours: -1 * H },
          approval: { m: 1, role: "internal_witness" },
          evidence: "attachment",
        }),
      ],
    },
    {
      key: "extend-runway",
      title: "Extend the runway",
      description: "Sign several quarters at the next possible ceremony so fewer ceremonies are needed.",
      approval: { m: 2, role: "coordinator" },
      steps: [
        step({
          key: "multi-quarter-ksr",
          title: "Ask the ZSK operator for KSRs covering the extra quarters",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 7 * H },
          approval: null,
          evidence: "note",
        }),
        step({
          key: "agenda",
          title: "Add the extra signings to the ceremony agenda",
          ownerRole: "ceremony_administrator",
          due: { anchor: "deadline", offsetHours: -7 * H },
          approval: null,
          evidence: "none",
        }),
      ],
    },
  ],
};

const TLD: PlaybookDefinition = {
  assurance: "medium",
  escalationHours: 8,
  escalationLevels: [["coordinator"], ["ceremony_administrator"]],
  options: [
    {
      key: "call-backups",
      title: "Call backup key holders",
      description: "",
      approval: null,
      steps: [
        step({
          key: "invite-backups",
          title: "Invite the backup key holders",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 12 },
          approval: null,
          evidence: "note",
        }),
      ],
    },
    {
      key: "move-date",
      title: "Move the date",
      description: "",
      approval: { m: 1, role: "coordinator" },
      steps: [
        step({
          key: "reschedule",
          title: "Reschedule the ceremony and notify everyone invited",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 1 * H },
          approval: null,
          evidence: "note",
        }),
      ],
    },
    {
      key: "remote-witnessing",
      title: "Hold it with remote witnesses",
      description: "Key holders present; witnesses join by video.",
      approval: { m: 1, role: "coordinator" },
      steps: [
        step({
          key: "video-link",
          title: "Send and test the video link",
          ownerRole: "system_administrator",
          due: { anchor: "deadline", offsetHours: -1 * H },
          approval: null,
          evidence: "note",
        }),
      ],
    },
  ],
};

const INTERNAL_PKI: PlaybookDefinition = {
  assurance: "low",
  escalationHours: 24,
  escalationLevels: [["coordinator"]],
  options: [
    {
      key: "reschedule",
      title: "Reschedule",
      description: "",
      approval: null,
      steps: [
        step({
          key: "reschedule",
          title: "Pick a new date and tell the key holders",
          ownerRole: "coordinator",
          due: { anchor: "trigger", offsetHours: 2 * H },
          approval: null,
          evidence: "none",
        }),
      ],
    },
    {
      key: "remote",
      title: "Remote ceremony",
      description: "Administrators run it; everyone else watches by video.",
      approval: null,
      steps: [
        step({
          key: "record",
          title: "Record the session and file the recording",
          ownerRole: "system_administrator",
          due: { anchor: "deadline", offsetHours: 1 * H },
          approval: null,
          evidence: "attachment",
        }),
      ],
    },
  ],
};

export const PLAYBOOK_TEMPLATES = [
  { name: "Root KSK style (high assurance)", definition: ROOT_KSK },
  { name: "TLD or enterprise (medium assurance)", definition: TLD },
  { name: "Internal PKI (low assurance)", definition: INTERNAL_PKI },
] as const;
