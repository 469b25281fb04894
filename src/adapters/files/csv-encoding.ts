/**
 * The encoding of a CSV, chosen from its first chunk: a byte order mark decides;
 * otherwise UTF-8 when the bytes are valid UTF-8, Shift_JIS (CP932, Japanese
 * Excel's default) when they are valid CP932 only. Anything else is refused rather
 * than decoded into garbled text. `override` is the user's --encoding.
 */
import { FileReadError } from "./read-sheet";

export type CsvEncoding = "utf-8" | "shift_jis" | "utf-16le" | "utf-16be";

export const ENCODING_NAMES: Readonly<Record<string, CsvEncoding>> = {
  utf8: "utf-8",
  "utf-8": "utf-8",
  sjis: "shift_jis",
  shift_jis: "shift_jis",
  cp932: "shift_jis",
  utf16: "utf-16le",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

const LABELS: Record<CsvEncoding, string> = {
  "utf-8": "UTF-8",
  shift_jis: "Shift_JIS",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
};

export interface DetectedEncoding {
  readonly encoding: CsvEncoding;
  readonly label: string;
  readonly bom: boolean;
}

function valid(encoding: CsvEncoding, prefix: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function detectCsvEncoding(
  prefix: Uint8Array,
  fileName: string,
  override?: CsvEncoding,
): DetectedEncoding {
  const utf8Bom = prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf;
  const le = prefix[0] === 0xff && prefix[1] === 0xfe;
  const be = prefix[0] === 0xfe && prefix[1] === 0xff;
  const bom = utf8Bom || le || be;
  const pick = (encoding: CsvEncoding): DetectedEncoding => ({ encoding, label: LABELS[encoding], bom });
  if (override) return pick(override);
  if (utf8Bom) return pick("utf-8");
  if (le) return pick("utf-16le");
  if (be) return pick("utf-16be");
  if (valid("utf-8", prefix)) return pick("utf-8");
  if (valid("shift_jis", prefix)) return pick("shift_jis");
  throw new FileReadError(
    `${fileName} is neither UTF-8 nor Shift_JIS text; save it as CSV UTF-8, or name its encoding with --encoding utf8|sjis|utf16`,
  );
}
