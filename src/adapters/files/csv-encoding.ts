/**
 * The CSV encodings the command line names (`--encoding`, the input's own for output):
 * decode-text.ts decides which one a file is in.
 */

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
