/**
 * Entry of the functions bundle in the shared runtime. functions.ts holds the functions;
 * the metadata plugin appends their CustomFunctions.associate calls to it at build time.
 */
import "./functions";
import { setDefaultLang } from "./evaluate";
import { setSkillMessageLang } from "./evaluate-skills";

// Error messages follow Excel's display language unless a function is given `lang`.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    const language = Office.context?.displayLanguage ?? "";
    const lang = language.toLowerCase().startsWith("ja") ? "ja" : "en";
    setDefaultLang(lang);
    setSkillMessageLang(lang);
  });
}
