/**
 * Runs one pane action at a time and keeps what the person should see about it:
 * progress while it works, then a clear success or error message.
 */
import { useCallback, useRef, useState } from "react";
import type { Localized } from "../core/catalog/types";
import { WorkbookWriteError, type Progress } from "../adapters/workbook";
import { ActionProblem } from "../app/roster";
import { TEXT } from "./i18n";

export type ActionStatus =
  | { kind: "idle" }
  | { kind: "working"; what: Localized; fraction: number | undefined }
  | { kind: "success"; message: Localized }
  | { kind: "error"; message: Localized };

export interface ActionRunner {
  status: ActionStatus;
  busy: boolean;
  run<T>(
    work: (progress: Progress) => Promise<T>,
    done: (result: T) => Localized | null,
  ): Promise<T | undefined>;
  dismiss(): void;
}

export function useAction(): ActionRunner {
  const [status, setStatus] = useState<ActionStatus>({ kind: "idle" });
  const running = useRef(false);

  const run = useCallback(
    async <T>(
      work: (progress: Progress) => Promise<T>,
      done: (result: T) => Localized | null,
    ): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setStatus({ kind: "working", what: TEXT.working, fraction: undefined });
      try {
        const result = await work((n, total, what) =>
          setStatus({ kind: "working", what, fraction: total > 0 ? n / total : undefined }),
        );
        const message = done(result);
        setStatus(message ? { kind: "success", message } : { kind: "idle" });
        return result;
      } catch (err) {
        setStatus({ kind: "error", message: describe(err) });
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [],
  );

  const dismiss = useCallback(() => setStatus({ kind: "idle" }), []);
  return { status, busy: status.kind === "working", run, dismiss };
}

function describe(err: unknown): Localized {
  if (err instanceof ActionProblem || err instanceof WorkbookWriteError) return err.detail;
  const message = err instanceof Error ? err.message : String(err);
  return { en: `${TEXT.error.en}: ${message}`, ja: `${TEXT.error.ja}：${message}` };
}
