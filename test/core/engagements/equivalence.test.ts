/**
 * The equivalence property of issue 15: one kind of engagement repeated N times gives
 * the same level as the roster row with Projects = N (Customer Service) or Years = N
 * (IT Service Management, N back-to-back years) and the same role, complexity and size.
 * Seeded, so a run is reproducible; FC_SEED replays another.
 */
import fc from "fast-check";
import { SPECIALTY_FIELDS, SCOPES, ROLES } from "../../../src/core/catalog/fields";
import { scoreEngagements } from "../../../src/core/engagements/score-engagements";
import { scoreRow } from "../../../src/core/engine/score-row";
import { cells, HEADERS } from "../../helpers/roster";
import { day, engagements, person, type EngagementSpec } from "../../helpers/engagements";

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 15_2026;

const kind = fc.record({
  field: fc.constantFrom(...SPECIALTY_FIELDS),
  role: fc.constantFrom(...ROLES.map((r) => r.name.en)),
  complexity: fc.integer({ min: 0, max: 7 }),
  international: fc.boolean(),
  scope: fc.constantFrom("", ...SCOPES.map((s) => s.name.en)),
  rooms: fc.constantFrom(0, 1, 2, 3, 5),
  area: fc.constantFrom(0, 1500, 2000, 5000),
  sites: fc.constantFrom(0, 1, 99, 100, 300),
  staff: fc.constantFrom(0, 14, 15, 20, 30, 35, 75, 150, 250),
  value: fc.constantFrom(0, 100, 150, 350, 750, 1500, 2500),
  users: fc.constantFrom(0, 2999, 3000),
  themes: fc.integer({ min: 0, max: 2 }),
  succession: fc.integer({ min: 0, max: 6 }),
  mentoring: fc.boolean(),
  ap: fc.boolean(),
  n: fc.integer({ min: 1, max: 5 }),
  edition: fc.constantFrom("V3" as const, "V2" as const),
});

it("one kind of engagement repeated N times scores as the roster row with Projects or Years = N", () => {
  fc.assert(
    fc.property(kind, (k) => {
      const complexity = Math.min(k.complexity, k.field.complexityCriteria);
      const size = {
        Complexity: complexity,
        International: k.international ? "yes" : "no",
        Scope: k.scope,
        "Computer Rooms": k.rooms,
        "Floor Area": k.area,
        Sites: k.sites,
        Staff: k.staff,
        "Contract Value": k.value,
        Users: k.users,
      };
      const personal = {
        "Specialty Field": k.field.name.en,
        Themes: k.themes,
        Succession: k.succession,
        Mentoring: k.mentoring ? "yes" : "no",
        "ITEE AP": k.ap ? "yes" : "no",
      };
      const cs = k.field.category === "customer-service";
      const row = scoreRow(
        cells({ ...personal, ...size, Role: k.role, ...(cs ? { Projects: k.n } : { Years: k.n }) }),
        { headers: HEADERS, edition: k.edition },
      );
      // N engagements, each one year (April to March), back to back from 2010.
      const ledger: EngagementSpec[] = Array.from({ length: k.n }, (_, i) => ({
        Engagement: `E${i + 1}`,
        Start: `${2010 + i}-04-01`,
        End: `${2011 + i}-03-31`,
        Role: k.role,
        Successful: "yes",
        ...size,
      }));
      const fromLedger = scoreEngagements(person(personal), [], engagements(ledger), {
        edition: k.edition,
        asOf: day("2026-12-03"),
      });
      expect(fromLedger.level).toBe(row.level);
    }),
    { seed, numRuns: 500 },
  );
});
