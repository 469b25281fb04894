/** The options every "create a sheet from a template" action offers: header language and sample rows. */
import { useState } from "react";
import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import { say } from "../i18n";

/** A panel's choice for its create actions: headers in the pane's language at first, with sample rows. */
export function useTemplateChoice(lang: Lang) {
  const [headerLang, setHeaderLang] = useState<Lang>(lang);
  const [sampleRows, setSampleRows] = useState(true);
  return { headerLang, setHeaderLang, sampleRows, setSampleRows };
}

export type TemplateChoice = ReturnType<typeof useTemplateChoice>;

export function TemplateOptions({ lang, choice }: { lang: Lang; choice: TemplateChoice }) {
  const { headerLang, setHeaderLang: onHeaderLang, sampleRows, setSampleRows: onSampleRows } = choice;
  return (
    <>
      <Field label={say(lang, "headerLanguage")}>
        <RadioGroup layout="horizontal" value={headerLang} onChange={(_, d) => onHeaderLang(d.value as Lang)}>
          <Radio value="en" label={say(lang, "english")} />
          <Radio value="ja" label={say(lang, "japanese")} />
        </RadioGroup>
      </Field>
      <Checkbox
        checked={sampleRows}
        onChange={(_, d) => onSampleRows(Boolean(d.checked))}
        label={say(lang, "sampleRows")}
      />
    </>
  );
}
