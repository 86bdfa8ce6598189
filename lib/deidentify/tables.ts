// Identifiers in a pasted table whose header names its columns (decision 135): CSV, TSV and pipe
// rows exported from a list or a spreadsheet ("mrn,last,first,dob,zip", "patient_id<TAB>name<TAB>age").
// A cell under "first" or "dob" is a name or a date whatever its words are ("Abernathy,Mercy"),
// which the prose rules cannot know. Only rows with the header's number of cells are read.
import { MSG, type Detector, type IdentifierKind } from "./types";

type Column = { kind: IdentifierKind; message: string; ageOnly?: boolean };

const COLUMN_KINDS: Array<[RegExp, Column]> = [
  [/^(?:(?:patient|pt|full|legal|preferred|first|last|given|family|middle|sur)?_?(?:name|nm)|first|last|given|surname|forename|patient|provider|physician|doctor|attending|clinician|prescriber|nurse|guardian|parent|mother|father|next_?of_?kin|nok|emergency_?contact|contact_?name|caregiver)$/, { kind: "name", message: MSG.name }],
  [/^(?:dob|d_?o_?b|birth_?date|date_?of_?birth|birthday|dos|date|admit(?:ted)?(?:_?date)?|admission(?:_?date)?|discharge(?:d)?(?:_?date)?|visit_?date|service_?date|appt(?:_?date)?|appointment(?:_?date)?|death_?date|dod)$/, { kind: "date", message: MSG.date }],
  [/^(?:zip|zip_?code|zipcode|postcode|post_?code|postal_?code)$/, { kind: "postcode", message: MSG.postcode }],
  [/^(?:address|addr|street|street_?address|address_?line_?\d?|home_?address)$/, { kind: "address", message: MSG.address }],
  [/^(?:city|town|county|state|province|hospital|facility|clinic|pharmacy|employer|school|residence|home_?town)$/, { kind: "location", message: MSG.location }],
  [/^(?:mrn|mr_?no|id|patient_?id|pt_?id|record_?(?:no|number|id)|account|acct|account_?(?:no|number)|ssn|member_?id|policy(?:_?(?:no|number))?|encounter(?:_?id)?|visit_?id|npi|dea|licen[cs]e(?:_?(?:no|number))?|nhs(?:_?(?:no|number))?)$/, { kind: "mrn", message: MSG.mrn }],
  [/^(?:phone|tel|telephone|mobile|cell|fax|pager|phone_?(?:no|number)|contact_?(?:no|number|phone))$/, { kind: "phone", message: MSG.phone }],
  [/^(?:email|e_?mail|email_?address)$/, { kind: "email", message: MSG.email }],
  [/^age(?:_?(?:years|yrs))?$/, { kind: "age", message: MSG.age, ageOnly: true }],
];

const SEPARATORS = [",", "\t", "|", ";"] as const;

function cells(line: string, sep: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if ((c === sep && !quoted) || i === line.length) {
      let a = start;
      let b = i;
      while (a < b && /[\s"]/.test(line[a]!)) a++;
      while (b > a && /[\s"]/.test(line[b - 1]!)) b--;
      out.push({ start: a, end: b });
      start = i + 1;
    }
  }
  return out;
}

function columnOf(header: string): Column | null {
  const key = header.toLowerCase().replace(/[\s.\-#]+/g, "_").replace(/^_+|_+$/g, "");
  return COLUMN_KINDS.find(([re]) => re.test(key))?.[1] ?? null;
}

export const detectTableCells: Detector = (text, add) => {
  if (!/[,\t|;]/.test(text) || !/\n/.test(text)) return;
  const lines: Array<{ start: number; text: string }> = [];
  for (let at = 0; at <= text.length; ) {
    const end = text.indexOf("\n", at);
    const stop = end === -1 ? text.length : end;
    lines.push({ start: at, text: text.slice(at, stop) });
    at = stop + 1;
  }
  for (let h = 0; h < lines.length - 1; h++) {
    const header = lines[h]!.text;
    for (const sep of SEPARATORS) {
      if (!header.includes(sep)) continue;
      const heads = cells(header, sep).map((c) => header.slice(c.start, c.end));
      // A header is three or more short labels, two of them identifying ("mrn,last,first,dob,zip").
      if (heads.length < 3 || heads.some((x) => x.length > 30 || /\d{3}/.test(x))) continue;
      const columns = heads.map(columnOf);
      if (columns.filter(Boolean).length < 2) continue;
      for (let r = h + 1; r < lines.length; r++) {
        const row = lines[r]!;
        const found = cells(row.text, sep);
        if (found.length !== heads.length) break;
        found.forEach((cell, k) => {
          const column = columns[k];
          if (!column || cell.end <= cell.start) return;
          const value = row.text.slice(cell.start, cell.end);
          if (column.ageOnly && !(/^\d{2,3}$/.test(value) && Number(value) >= 90 && Number(value) <= 125)) return;
          if (!/[\p{L}\p{N}]/u.test(value)) return;
          // A numbered row ("id: 1, 2, 3") or an empty-looking date is no identifier.
          if ((column.kind === "mrn" && !/\d{3}/.test(value)) || (column.kind === "date" && !/\d/.test(value)) || (column.kind === "name" && !/\p{L}/u.test(value))) return;
          add({ kind: column.kind, start: row.start + cell.start, end: row.start + cell.end, message: column.message, priority: 6 });
        });
      }
      break;
    }
  }
};
