import { words } from "@/app/components/manage/options";
import { CAUSE_LABELS } from "@/lib/domain/contingency/title";
import { CONTINGENCY_CAUSES, CONTINGENCY_STATES } from "@/lib/domain/contingency/vocabulary";
import { CONTINGENCY_VIEWS, type ContingencyFilters } from "@/lib/validation/contingency-filters";

const VIEW_LABELS: Record<(typeof CONTINGENCY_VIEWS)[number], string> = {
  active: "Active",
  closed: "Closed (resolved or abandoned)",
  all: "All",
};

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked or shared. */
export function ContingencyFilterForm({ filters }: { filters: ContingencyFilters }) {
  return (
    <form className="panel filters no-print" method="get" aria-label="Filter workflows">
      <div>
        <label htmlFor="f-view">Show</label>
        <select id="f-view" name="view" defaultValue={filters.view}>
          {CONTINGENCY_VIEWS.map((v) => (
            <option key={v} value={v}>
              {VIEW_LABELS[v]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-state">State</label>
        <select id="f-state" name="state" defaultValue={filters.state ?? ""}>
          <option value="">Any</option>
          {CONTINGENCY_STATES.map((s) => (
            <option key={s} value={s}>
              {words(s)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-cause">Cause</label>
        <select id="f-cause" name="cause" defaultValue={filters.cause ?? ""}>
          <option value="">Any</option>
          {CONTINGENCY_CAUSES.map((c) => (
            <option key={c} value={c}>
              {CAUSE_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      {filters.ceremonyId ? <input type="hidden" name="ceremonyId" value={filters.ceremonyId} /> : null}
      <div>
        <button type="submit">Filter</button>
      </div>
    </form>
  );
}
