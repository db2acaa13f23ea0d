import { COUNTRY_CHOICES, countryLabel } from "@/lib/domain/quorum/country-names";

type FieldProps = { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string };

/**
 * A country input: type to search the ISO 3166-1 names ("Singapore (SG)"); it shows the stored code's
 * name, and the server reads a name or a code, never a cut-down name. `anyCountry` offers "*".
 */
export function CountryPicker({
  field,
  code,
  anyCountry = false,
}: {
  field: FieldProps;
  code: string | null | undefined;
  anyCountry?: boolean;
}) {
  const list = `${field.id}-choices`;
  return (
    <>
      <input
        {...field}
        list={list}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a country, e.g. Singapore"
        defaultValue={code ? (code === "*" ? "*" : countryLabel(code)) : ""}
      />
      <datalist id={list}>
        {anyCountry ? <option value="*">any country</option> : null}
        {COUNTRY_CHOICES.map((c) => (
          <option key={c.code} value={c.label} />
        ))}
      </datalist>
    </>
  );
}
