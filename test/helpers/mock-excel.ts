/**
 * The Excel test double under its historical name, and `eachProfile`, which runs a
 * block of tests once as Excel desktop and once as Excel on the web. See
 * excel-double.ts for what the double enforces and where Excel documents it.
 */
import { ExcelDouble, PROFILES, type Profile } from "./excel-double";

export { ExcelDouble as FakeExcel, PROFILES, type SyncRecord } from "./excel-double";

/** Runs `body` once per profile, with doubles created in it defaulting to that profile. */
export function eachProfile(body: (profile: Profile) => void): void {
  describe.each(PROFILES)("Excel %s", (profile) => {
    beforeEach(() => {
      ExcelDouble.defaultProfile = profile;
    });
    afterAll(() => {
      ExcelDouble.defaultProfile = "web";
    });
    body(profile);
  });
}
