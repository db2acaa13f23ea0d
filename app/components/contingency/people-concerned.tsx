import { DataTable } from "@/app/components/manage/layout-blocks";
import { words } from "@/app/components/manage/options";

export interface ConcernedPerson {
  personId: string;
  name: string;
  email: string;
  roles: readonly string[];
  response: string | null;
}

/** The ceremony's invitees with their answers, or (for a workflow without a ceremony) the coordinators. */
export function PeopleConcerned({ people }: { people: readonly ConcernedPerson[] }) {
  if (people.length === 0) return <p className="empty">Nobody is invited to the ceremony yet.</p>;
  const invitees = people.some((p) => p.response !== null);
  return (
    <DataTable
      label="Those concerned, by name"
      headers={invitees ? ["Name", "Email", "Roles", "Answer"] : ["Name", "Email", "Roles"]}
    >
      {people.map((p) => (
        <tr key={p.personId}>
          <td>{p.name}</td>
          <td>
            <a href={`mailto:${p.email}`}>{p.email}</a>
          </td>
          <td>{p.roles.map(words).join(", ")}</td>
          {invitees ? <td>{p.response ? words(p.response) : "—"}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}
