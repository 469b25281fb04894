/**
 * Runs one pane action at a time and keeps what the person should see about it:
 * progress while it works, then a clear success or error message. Every action of the
 * pane goes through it, so no failure reaches only the console.
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
  /** expected: a situation the product names (no roster yet), not a failure it did not foresee. */
  | { kind: "error"; message: Localized; expected: boolean };

export interface ActionRunner {
  status: ActionStatus;
  busy: boolean;
  run<T>(
    work: (progress: Progress) => Promise<T>,
    done: (result: T) => Localized | null,
  ): Promise<T | undefined>;
  /** Shows an outcome that needed no work (a question answered "no"). */
  report(message: Localized): void;
  /** Runs a small step (select a cell) that shows nothing unless it fails. */
  attempt(work: () => Promise<unknown>): Promise<void>;
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
        setStatus(describe(err));
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [],
  );

  const attempt = useCallback(async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      setStatus(describe(err));
    }
  }, []);
  const report = useCallback((message: Localized) => setStatus({ kind: "success", message }), []);
  const dismiss = useCallback(() => setStatus({ kind: "idle" }), []);
  return { status, busy: status.kind === "working", run, report, attempt, dismiss };
}

export function describe(err: unknown): Extract<ActionStatus, { kind: "error" }> {
  if (err instanceof ActionProblem) return { kind: "error", message: err.detail, expected: true };
  if (err instanceof WorkbookWriteError) return { kind: "error", message: err.detail, expected: false };
  const message = err instanceof Error ? err.message : String(err);
  return {
    kind: "error",
    message: { en: `${TEXT.error.en}: ${message}`, ja: `${TEXT.error.ja}：${message}` },
    expected: false,
  };
}
