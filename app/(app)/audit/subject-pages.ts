import type { PolicyAction } from "@/lib/auth/policy";

/** The page that shows a subject of each type that has one, and the policy action that page needs. */
export const SUBJECT_PAGES: Record<string, { path: (id: string) => string; view: PolicyAction }> = {
  ceremony: { path: (id) => `/ceremonies/${id}`, view: "ceremonies.view" },
  person: { path: (id) => `/people/${id}`, view: "people.view" },
  facility: { path: (id) => `/facilities/${id}`, view: "facilities.view" },
  signing_document: { path: (id) => `/documents/${id}`, view: "documents.view" },
  contingency: { path: (id) => `/contingencies/${id}`, view: "contingency.view" },
  playbook: { path: (id) => `/playbooks/${id}`, view: "playbooks.view" },
  ceremony_template: { path: (id) => `/templates/${id}`, view: "templates.view" },
  travel_restriction: { path: (id) => `/restrictions/${id}`, view: "restrictions.view" },
};
