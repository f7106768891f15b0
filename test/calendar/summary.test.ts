import { describe, expect, it } from "vitest";
import { companyFromDomain, nameFromLocalPart } from "../../src/calendar/people.js";
import { readSummary } from "../../src/calendar/summary.js";

describe("readSummary", () => {
  const cases: Array<[string, string | null, { company: string | null; role: string | null }]> = [
    ["Interview: Senior SRE – Northwind Logistics", "Northwind", { company: "Northwind Logistics", role: "Senior SRE" }],
    ["Northwind Logistics <> Alex Chen – Senior SRE interview", "Northwind", { company: "Northwind Logistics", role: "Senior SRE" }],
    ["Northwind Logistics <> Alex Chen – Senior SRE interview", null, { company: "Northwind Logistics", role: "Senior SRE" }],
    ["Senior SRE interview with Northwind", null, { company: "Northwind", role: "Senior SRE" }],
    ["Onsite: Product Designer @ Fintechly", null, { company: "Fintechly", role: "Product Designer" }],
    ["Invitation: Backend Engineer at Globex (final round)", null, { company: "Globex", role: "Backend Engineer" }],
    ["Updated invitation: Phone screen with Priya Raman", "Northwind", { company: null, role: null }],
    ["Globex | Data Analyst | Hiring manager chat", null, { company: "Globex", role: "Data Analyst" }],
    ["Interview for Staff Engineer", "Initech", { company: null, role: "Staff Engineer" }],
    ["Coffee", null, { company: null, role: "Coffee" }],
  ];
  it.each(cases)("%s", (summary, domainCompany, expected) => {
    expect(readSummary(summary, ["Alex Chen", "Priya Raman"], domainCompany)).toEqual(expected);
  });
});

describe("names and companies from addresses", () => {
  it.each([
    ["priya.raman", "Priya Raman"],
    ["tomasz_kowalski-nowak", "Tomasz Kowalski Nowak"],
    ["jlee2", "Jlee"],
    ["alex+jobs", "Alex"],
  ])("%s → %s", (local, name) => expect(nameFromLocalPart(local)).toBe(name));

  it.each([
    ["northwind.example", "Northwind"],
    ["mail.blue-yonder.co.uk", "Blue Yonder"],
    ["contoso.com", "Contoso"],
  ])("%s → %s", (domain, company) => expect(companyFromDomain(domain)).toBe(company));
});
