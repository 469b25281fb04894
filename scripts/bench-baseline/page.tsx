/**
 * The same-kit baseline for the pane's time to interactive (npm run bench, issue 16): a bare
 * React 18 + Fluent UI v9 page with the components the pane shows when it opens (theme
 * provider, tab list, text, buttons, toggle buttons, select, checkbox, radio group, field,
 * message bar, divider), and nothing else: no Office.js, no workbook, no standard.
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
  Tab,
  TabList,
  Text,
  ToggleButton,
  webLightTheme,
} from "@fluentui/react-components";

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
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))}>
        {["standard", "roster", "score", "distribution", "import", "skills", "rounds"].map((t) => (
          <Tab key={t} value={t}>
            {t}
          </Tab>
        ))}
      </TabList>
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
