/** How scores are written: live formulas that re-score when edited, or values. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import { say } from "../i18n";

export type WriteMode = "formulas" | "values";

export function WriteModeChoice({
  lang,
  mode,
  onMode,
}: {
  lang: Lang;
  mode: WriteMode;
  onMode: (mode: WriteMode) => void;
}) {
  return (
    <Field label={say(lang, "writeAs")}>
      <RadioGroup value={mode} onChange={(_, d) => onMode(d.value as WriteMode)}>
        <Radio value="formulas" label={say(lang, "asFormulas")} />
        <Radio value="values" label={say(lang, "asValues")} />
      </RadioGroup>
    </Field>
  );
}
