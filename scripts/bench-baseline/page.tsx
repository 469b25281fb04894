/**
 * The same-kit baseline for the pane's time to interactive (npm run bench, issue 16): a bare
 * React 18 + Fluent UI v9 page with the components the pane shows when it opens (theme
 * provider, the pane's own tab strip, text, buttons, toggle buttons, select, checkbox, radio
 * group, field, message bar, divider), and nothing else: no Office.js, no workbook, no standard.
 * The tab strip is the pane's (SectionTabs, native buttons) since the pane no longer uses
 * Fluent's TabList: the baseline holds the same kit as the pane, never a heavier one.
 */
import { useState } from "react";
import { createRoot } from "react-dom/client";
import {
  Button,
  Checkbox,
  Divider,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Text,
  ToggleButton,
  webLightTheme,
} from "@fluentui/react-components";
import { SectionTabs } from "../../src/taskpane/components/SectionTabs";

function Page(): JSX.Element {
  const [tab, setTab] = useState("standard");
  return (
    <FluentProvider theme={webLightTheme}>
      <Text as="h1" weight="semibold" size={500}>
        ITSS Skill Scoring
      </Text>
      <ToggleButton size="small" checked>
        English
      </ToggleButton>
      <ToggleButton size="small">日本語</ToggleButton>
      <Field label="Edition">
        <Select defaultValue="V3">
          <option value="V3">V3</option>
          <option value="V2">V2</option>
        </Select>
      </Field>
      <SectionTabs
        tabs={["standard", "roster", "score", "distribution", "import", "skills", "rounds"].map((t) => ({
          value: t,
          label: t,
        }))}
        selected={tab}
        onSelect={setTab}
        label="Actions"
        idPrefix="tab-"
      />
      <Divider />
      <Text>Writes four tables: Levels, KPI Rules, Skill Items and CMBOK.</Text>
      <Field label="Column headers">
        <RadioGroup defaultValue="en">
          <Radio value="en" label="English" />
          <Radio value="ja" label="Japanese" />
        </RadioGroup>
      </Field>
      <Checkbox label="Include sample rows" defaultChecked />
      <Button appearance="primary">Load standard</Button>
      <MessageBar>
        <MessageBarBody>Preview: no Excel here.</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(<Page />);
