/** The options every "create a sheet from a template" action offers: header language and sample rows. */
import { Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import { say } from "../i18n";

export interface TemplateOptionsProps {
  lang: Lang;
  headerLang: Lang;
  onHeaderLang: (lang: Lang) => void;
  sampleRows: boolean;
  onSampleRows: (on: boolean) => void;
}

export function TemplateOptions({
  lang,
  headerLang,
  onHeaderLang,
  sampleRows,
  onSampleRows,
}: TemplateOptionsProps) {
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
