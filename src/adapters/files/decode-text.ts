/**
 * Decoding a CSV's bytes without ever silently mangling text. The bytes decide:
 *   - a byte-order mark: UTF-8, UTF-16 LE or UTF-16 BE (Excel's "Unicode Text" is UTF-16 LE);
 *   - otherwise UTF-8 when the bytes are valid UTF-8;
 *   - Shift_JIS (CP932, Japanese Excel's CSV) only when they are not UTF-8 and read as
 *     plausible CP932 text (no user-defined or control characters, not Latin-1 letters
 *     that happen to pair up);
 *   - anything else is an error naming the line of the first bad byte.
 * A chosen encoding (`--encoding utf8|sjis|utf16`) replaces the guess, never the checks.
 *
 * API (platform-neutral; TextDecoder with fatal: true does the decoding):
 *
 *   decodeText(bytes, fileName, choice?)       // whole buffer -> { text, encoding, bom }
 *   const d = new StreamingTextDecoder(fileName, choice?);
 *   text += d.push(chunk); ...; text += d.end(); // streaming: decided from the first
 *       // non-ASCII bytes (with 4 KB of look-ahead), then every later chunk is checked;
 *       // a bad byte later is a TextDecodeError naming its line, never a silent switch.
 *   d.encoding, d.bom                           // what was read (encoding undefined while all ASCII)
 *   parseEncodingChoice("SJIS")                 // -> "sjis" | undefined (any case; utf-8, cp932, utf-16 ...)
 *   err instanceof TextDecodeError: err.line, err.byte, err.cli (for stderr), err.pane (offers the encodings)
 *   delimiterHint(encoding, firstLine)          // "\t" for UTF-16 text with tabs (Excel's "Unicode Text")
 */
import type { Localized } from "../../core/catalog/types";

export type TextEncoding = "utf-8" | "shift_jis" | "utf-16le" | "utf-16be";
/** The encodings a user can choose. */
export type EncodingChoice = "utf8" | "sjis" | "utf16";
export const ENCODING_CHOICES: readonly EncodingChoice[] = ["utf8", "sjis", "utf16"];

/** Names a user may type, folded to lower case without "-" and "_". */
const CHOICE_NAMES: Readonly<Record<string, EncodingChoice>> = {
  utf8: "utf8",
  sjis: "sjis",
  shiftjis: "sjis",
  cp932: "sjis",
  windows31j: "sjis",
  utf16: "utf16",
  utf16le: "utf16",
  unicode: "utf16",
};

export function parseEncodingChoice(value: string): EncodingChoice | undefined {
  return CHOICE_NAMES[value.toLowerCase().replace(/[-_\s]/g, "")];
}

const DISPLAY: Readonly<Record<TextEncoding, string>> = {
  "utf-8": "UTF-8",
  shift_jis: "Shift_JIS",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
};

export class TextDecodeError extends Error {
  constructor(
    readonly fileName: string,
    /** 1-based line of the first bad byte. */
    readonly line: number,
    /** The bad byte (or NUL), for the message. */
    readonly byte: number,
    /** Message for the command line (mentions --encoding). */
    readonly cli: Localized,
    /** Message for the task pane (offers the encodings to choose from). */
    readonly pane: Localized,
  ) {
    super(cli.en);
    this.name = "TextDecodeError";
  }
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** The file started with a byte-order mark (CSV output should keep one). */
  readonly bom: boolean;
}

/** Decodes a whole file. Pure ASCII reports "utf-8". */
export function decodeText(bytes: Uint8Array, fileName: string, choice?: EncodingChoice): DecodedText {
  const decoder = new StreamingTextDecoder(fileName, choice);
  const text = decoder.push(bytes) + decoder.end();
  return { text, encoding: decoder.encoding ?? "utf-8", bom: decoder.bom };
}

/** Excel's "Unicode Text" is UTF-16 LE separated by tabs; Papa Parse is told so rather than left to guess. */
export function delimiterHint(encoding: TextEncoding | undefined, firstLine: string): "\t" | undefined {
  if ((encoding === "utf-16le" || encoding === "utf-16be") && firstLine.includes("\t")) return "\t";
  return undefined;
}

/** Bytes of look-ahead after the first non-ASCII byte before the encoding is decided. */
const DECIDE_WINDOW = 4096;
const LF = 0x0a;

export class StreamingTextDecoder {
  private pending: Uint8Array = new Uint8Array(0);
  /** Line number of pending[0]. */
  private line = 1;
  private started = false;
  private chosen: TextEncoding | undefined;
  private hadBom = false;

  constructor(
    private readonly fileName: string,
    private readonly choice?: EncodingChoice,
  ) {}

  /** The encoding in use; undefined while every byte so far was ASCII. */
  get encoding(): TextEncoding | undefined {
    return this.chosen;
  }

  get bom(): boolean {
    return this.hadBom;
  }

  push(chunk: Uint8Array): string {
    this.pending = this.pending.length === 0 ? chunk : concat(this.pending, chunk);
    return this.drain(false);
  }

  end(): string {
    return this.drain(true);
  }

  private drain(final: boolean): string {
    if (!this.started) {
      if (this.pending.length < 3 && !final) return "";
      this.start();
    }
    if (this.chosen === undefined) {
      const firstHigh = firstNonAscii(this.pending);
      if (firstHigh < 0) return this.emitAscii();
      if (!final && this.pending.length - firstHigh < DECIDE_WINDOW) {
        // Waiting for look-ahead: pass on the ASCII lines before the first non-ASCII byte.
        const cut = this.pending.lastIndexOf(LF, firstHigh) + 1;
        return cut > 0 ? this.emitAscii(cut) : "";
      }
      this.chosen = this.decide(this.pending, final);
    }
    return this.emit(this.chosen, final);
  }

  private start(): void {
    this.started = true;
    const p = this.pending;
    let found: TextEncoding | undefined;
    let length = 0;
    if (p[0] === 0xef && p[1] === 0xbb && p[2] === 0xbf) [found, length] = ["utf-8", 3];
    else if (p[0] === 0xff && p[1] === 0xfe) [found, length] = ["utf-16le", 2];
    else if (p[0] === 0xfe && p[1] === 0xff) [found, length] = ["utf-16be", 2];
    this.hadBom = found !== undefined;
    this.pending = p.subarray(length);
    const wanted = this.choice;
    if (wanted === undefined) {
      this.chosen = found;
      return;
    }
    if (found !== undefined && choiceOf(found) !== wanted) {
      const named = { utf8: "utf8", sjis: "sjis", utf16: "utf16" }[wanted];
      const message = {
        en: `${this.fileName} starts with a ${DISPLAY[found]} byte-order mark, but --encoding ${named} was given; leave out --encoding or give --encoding ${choiceOf(found)}`,
        ja: `${this.fileName}は${DISPLAY[found]}のBOMで始まっていますが、--encoding ${named}が指定されました。--encodingを外すか--encoding ${choiceOf(found)}を指定してください`,
      };
      throw new TextDecodeError(
        this.fileName,
        1,
        p[0] ?? 0,
        message,
        offerEncodings(this.fileName, 1, found),
      );
    }
    this.chosen = found ?? (wanted === "utf8" ? "utf-8" : wanted === "sjis" ? "shift_jis" : "utf-16le");
  }

  /** Undecided and every pending byte ASCII: emit it all (NUL is refused: binary or BOM-less UTF-16). */
  private emitAscii(length = this.pending.length): string {
    const unit = this.pending.subarray(0, length);
    const nul = unit.indexOf(0);
    if (nul >= 0) throw this.nulError(this.line + countLf(unit.subarray(0, nul)));
    this.advance(unit.length);
    return latin(unit);
  }

  private emit(encoding: TextEncoding, final: boolean): string {
    const wide = encoding === "utf-16le" || encoding === "utf-16be";
    const cut = final ? this.pending.length : safeCut(this.pending, encoding);
    if (cut <= 0) return "";
    const unit = this.pending.subarray(0, cut);
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(unit);
    } catch {
      const bad = firstInvalid(unit, encoding);
      throw this.badByteError(encoding, bad, unit);
    }
    const nul = text.indexOf("\u0000");
    if (nul >= 0) throw this.nulError(this.line + countLines(text.slice(0, nul)));
    if (encoding === "shift_jis") {
      const odd = implausibleSjis(text);
      if (odd >= 0) throw this.undecidable(this.line + countLines(text.slice(0, odd)), unit[0] ?? 0);
    }
    this.advance(cut);
    if (wide) this.line += countLines(text);
    return text;
  }

  /** Moves past `cut` bytes, counting the lines of 8-bit text (UTF-16 counts its decoded text). */
  private advance(cut: number): void {
    if (this.chosen !== "utf-16le" && this.chosen !== "utf-16be")
      this.line += countLf(this.pending.subarray(0, cut));
    this.pending = this.pending.subarray(cut);
  }

  private decide(window: Uint8Array, final: boolean): TextEncoding {
    // Decide on whole lines so a character cut by the chunk boundary does not count against UTF-8.
    const end = final ? window.length : window.lastIndexOf(LF) + 1 || window.length;
    const sample = window.subarray(0, end);
    if (isValid(sample, "utf-8")) return "utf-8";
    // Mostly UTF-8 with a bad byte or two: the file is UTF-8 and damaged, not Shift_JIS.
    const decoded = new TextDecoder("utf-8").decode(sample);
    let good = 0;
    let bad = 0;
    for (const ch of decoded) {
      if (ch === "\ufffd") bad++;
      else if (ch.charCodeAt(0) >= 0x80) good++;
    }
    if (good > 0 && good >= 2 * bad) return "utf-8";
    if (isValid(sample, "shift_jis")) {
      const text = new TextDecoder("shift_jis").decode(sample);
      if (implausibleSjis(text) < 0) return "shift_jis";
    }
    const at = firstInvalid(sample, "utf-8");
    throw this.undecidable(this.line + countLf(sample.subarray(0, at)), sample[at] ?? 0);
  }

  private badByteError(encoding: TextEncoding, at: number, unit: Uint8Array): TextDecodeError {
    const wide = encoding === "utf-16le" || encoding === "utf-16be";
    const line =
      this.line +
      (wide
        ? countLines(new TextDecoder(encoding).decode(unit.subarray(0, at - (at % 2))))
        : countLf(unit.subarray(0, at)));
    const byte = unit[at] ?? 0;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    const cli = {
      en: `${this.fileName}: line ${line} has a byte (${hex}) that is not valid ${DISPLAY[encoding]}${this.choice ? "" : "; the rest of the file is " + DISPLAY[encoding]}. Fix that line, or save the file as "CSV UTF-8" in Excel, or give the file's encoding with --encoding utf8|sjis|utf16`,
      ja: `${this.fileName}：${line}行目に${DISPLAY[encoding]}として正しくないバイト（${hex}）があります。その行を直すか、Excelで「CSV UTF-8」として保存するか、--encoding utf8|sjis|utf16で文字コードを指定してください`,
    };
    return new TextDecodeError(this.fileName, line, byte, cli, offerEncodings(this.fileName, line, encoding));
  }

  private undecidable(line: number, byte: number): TextDecodeError {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    const cli = {
      en: `${this.fileName}: line ${line} has a byte (${hex}) that is neither UTF-8 nor Shift_JIS, so the text would be garbled. Save the file as "CSV UTF-8" in Excel, or give its encoding with --encoding utf8|sjis|utf16`,
      ja: `${this.fileName}：${line}行目にUTF-8でもShift_JISでもないバイト（${hex}）があり、文字化けします。Excelで「CSV UTF-8」として保存するか、--encoding utf8|sjis|utf16で文字コードを指定してください`,
    };
    return new TextDecodeError(this.fileName, line, byte, cli, offerEncodings(this.fileName, line));
  }

  private nulError(line: number): TextDecodeError {
    const cli = {
      en: `${this.fileName}: line ${line} holds a NUL byte, so this is not a text CSV (or it is UTF-16 without a byte-order mark: give --encoding utf16). Save the roster from Excel as "CSV UTF-8" and try again`,
      ja: `${this.fileName}：${line}行目にNULバイトがあるため、テキストのCSVではありません（BOMのないUTF-16なら--encoding utf16を指定）。Excelで「CSV UTF-8」として保存し直してください`,
    };
    return new TextDecodeError(this.fileName, line, 0, cli, offerEncodings(this.fileName, line));
  }
}

function offerEncodings(fileName: string, line: number, tried?: TextEncoding): Localized {
  return {
    en: `${fileName}: line ${line} cannot be read${tried ? ` as ${DISPLAY[tried]}` : " as UTF-8 or Shift_JIS"} without garbling text. Choose the file's encoding (UTF-8, Shift_JIS or UTF-16) and read it again, or save it as "CSV UTF-8" in Excel.`,
    ja: `${fileName}：${line}行目を${tried ? DISPLAY[tried] + "として" : "UTF-8でもShift_JISでも"}文字化けなしに読めません。文字コード（UTF-8、Shift_JIS、UTF-16）を選んで読み直すか、Excelで「CSV UTF-8」として保存してください。`,
  };
}

function choiceOf(encoding: TextEncoding): EncodingChoice {
  return encoding === "utf-8" ? "utf8" : encoding === "shift_jis" ? "sjis" : "utf16";
}

function isValid(bytes: Uint8Array, encoding: TextEncoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the first byte that makes the text invalid: the longest valid prefix, found by bisection. */
function firstInvalid(bytes: Uint8Array, encoding: TextEncoding): number {
  const validPrefix = (n: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, n), {
        stream: true,
      });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0; // valid
  let hi = bytes.length; // invalid (as a whole, unless only its last character is incomplete)
  if (validPrefix(hi)) return Math.max(0, hi - 1);
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid;
  }
  return hi - 1;
}

/**
 * Index of the first character that real Shift_JIS text does not hold, or -1: C1 controls
 * (byte 0x80) and user-defined characters; or, when most double-byte characters sit between
 * two ASCII letters, the first of them (Latin-1 "François" reads as "Fran" + a kanji + "ois").
 */
function implausibleSjis(text: string): number {
  let wide = 0;
  let inWords = 0;
  let firstInWord = -1;
  const letter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0xa0 || (c >= 0xe000 && c <= 0xf8ff)) return i;
    if (c >= 0xff61 && c <= 0xff9f) continue; // half-width katakana: single bytes
    wide++;
    if (letter(text.charCodeAt(i - 1)) && letter(text.charCodeAt(i + 1))) {
      inWords++;
      if (firstInWord < 0) firstInWord = i;
    }
  }
  return wide > 0 && inWords * 2 > wide ? firstInWord : -1;
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return i;
  return -1;
}

/**
 * Where the pending bytes can be cut without splitting a character: after the last ASCII
 * byte (UTF-8), after the last byte below 0x40, which is never a Shift_JIS trail byte, or
 * at a code unit boundary that does not split a surrogate pair (UTF-16).
 */
function safeCut(bytes: Uint8Array, encoding: TextEncoding): number {
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    let cut = bytes.length & ~1;
    const high = encoding === "utf-16le" ? bytes[cut - 1] : bytes[cut - 2];
    if (cut >= 2 && high !== undefined && high >= 0xd8 && high <= 0xdb) cut -= 2;
    return cut;
  }
  const limit = encoding === "utf-8" ? 0x80 : 0x40;
  for (let i = bytes.length - 1; i >= 0; i--) if ((bytes[i] as number) < limit) return i + 1;
  return 0;
}

function countLf(bytes: Uint8Array): number {
  let n = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) n++;
  return n;
}

function countLines(text: string): number {
  let n = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) n++;
  return n;
}

function latin(ascii: Uint8Array): string {
  return new TextDecoder("utf-8").decode(ascii);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
