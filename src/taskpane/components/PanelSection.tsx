/** The frame every panel section shares: a heading, a line of help, then its controls. */
import { useId, type ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import { usePanelStyles } from "./panelStyles";

export function PanelSection({
  title,
  help,
  level = 2,
  children,
}: {
  title: string;
  help?: string;
  /** h2 for a panel's own sections, h3 for a section inside one. */
  level?: 2 | 3;
  children?: ReactNode;
}) {
  const styles = usePanelStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as={level === 2 ? "h2" : "h3"} id={id} weight="semibold" size={level === 2 ? 400 : 300}>
        {title}
      </Text>
      {help && <Text className={styles.help}>{help}</Text>}
      {children}
    </section>
  );
}
