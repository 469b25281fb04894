/** Encodings: the bytes decide, nothing is silently garbled, and a bad byte is named by its line. */
import {
  decodeText,
  parseEncodingChoice,
  StreamingTextDecoder,
  TextDecodeError,
} from "../../src/adapters/files/decode-text";
import { latin1, utf16 } from "../helpers/hostile-files";

const u8 = (b: Buffer | number[]): Uint8Array => new Uint8Array(b);
/** Shift_JIS bytes of ASCII and a few kanji, from their known codes. */
const sjis = (text: string): Buffer => {
  const map: Record<string, number[]> = {
    山: [0x8e, 0x52],
    田: [0x93, 0x63],
    運: [0x89, 0x5e],
    用: [0x97, 0x70],
    管: [0x8a, 0xc7],
    理: [0x97, 0x9d],
  };
  return Buffer.from([...text].flatMap((ch) => map[ch] ?? [ch.charCodeAt(0)]));
};

function failure(run: () => unknown): TextDecodeError {
  try {
    run();
  } catch (err) {
    if (err instanceof TextDecodeError) return err;
    throw err;
  }
  throw new Error("no error");
}

describe("decodeText", () => {
  const text = "氏名,専門分野\n山田,ハードウェア\n";

  it("reads UTF-8 with and without a BOM, and says which", () => {
    expect(decodeText(u8(Buffer.from(text)), "a.csv")).toEqual({ text, encoding: "utf-8", bom: false });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeText(u8(bom), "a.csv")).toEqual({ text, encoding: "utf-8", bom: true });
  });

  it("reads Shift_JIS when the bytes are not UTF-8 and are plausible CP932", () => {
    expect(decodeText(u8(sjis("山田,運用管理\n")), "s.csv")).toEqual({
      text: "山田,運用管理\n",
      encoding: "shift_jis",
      bom: false,
    });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeText(u8(utf16(text)), "u.txt")).toEqual({ text, encoding: "utf-16le", bom: true });
    expect(decodeText(u8(utf16(text, "be")), "u.txt")).toEqual({ text, encoding: "utf-16be", bom: true });
  });

  it("refuses a UTF-8 file with one bad byte, naming its line, rather than reading it all as Shift_JIS", () => {
    const lines = ["社員番号,氏名", "E001,佐藤 陽翔", "E002,鈴木 結衣", "E003,高橋 蓮"];
    const bytes = Buffer.from(lines.join("\n") + "\n");
    const at = bytes.indexOf(Buffer.from("鈴木")) + 1;
    bytes[at] = 0xff;
    const err = failure(() => decodeText(u8(bytes), "r.csv"));
    expect(err.line).toBe(3);
    expect(err.cli.en).toMatch(/^r.csv: line 3 has a byte \(0xFF\) that is not valid UTF-8/);
    expect(err.cli.en).toContain("--encoding utf8|sjis|utf16");
    expect(err.pane.en).toContain("(UTF-8, Shift_JIS or UTF-16)");
    expect(err.pane.en).not.toContain("--encoding");
  });

  it("refuses Latin-1 text instead of reading its accented letters as kanji", () => {
    for (const name of ["José Müller", "François Dubois", "Zoë Brontë"]) {
      const err = failure(() => decodeText(u8(latin1(`ID,Name\nE1,${name}\n`)), "latin.csv"));
      expect(err.line).toBe(2);
      expect(err.cli.en).toMatch(/^latin.csv: line 2 /);
    }
  });

  it("refuses mixed UTF-8 and Shift_JIS lines, naming the first line that does not fit", () => {
    const mixed = Buffer.concat([
      Buffer.from("氏名,専門分野\n佐藤,ハードウェア\n".repeat(200)),
      sjis("山田,運用管理\n"),
    ]);
    const err = failure(() => decodeText(u8(mixed), "mixed.csv"));
    expect(err.line).toBe(401);
  });

  it("refuses NUL bytes, naming the line", () => {
    const err = failure(() => decodeText(u8(Buffer.from("a,b\nc,\u0000d\n")), "nul.csv"));
    expect(err.line).toBe(2);
    expect(err.cli.en).toMatch(/^nul.csv: line 2 holds a NUL byte/);
    const bomless = Buffer.from("a,b\n", "utf16le");
    expect(failure(() => decodeText(u8(bomless), "u16.csv")).cli.en).toContain("--encoding utf16");
    expect(decodeText(u8(bomless), "u16.csv", "utf16").text).toBe("a,b\n");
  });

  it("follows the chosen encoding, checks it all the same, and refuses one the BOM contradicts", () => {
    expect(decodeText(u8(sjis("山田\n")), "s.csv", "sjis").text).toBe("山田\n");
    expect(failure(() => decodeText(u8(sjis("山田\n")), "s.csv", "utf8")).line).toBe(1);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a\n")]);
    expect(failure(() => decodeText(u8(bom), "b.csv", "sjis")).cli.en).toMatch(
      /starts with a UTF-8 byte-order mark, but --encoding sjis was given/,
    );
  });

  it("accepts the encoding names a user types, in any case", () => {
    expect(
      ["UTF8", "utf-8", "SJIS", "Shift_JIS", "cp932", "UTF-16", "utf16le"].map(parseEncodingChoice),
    ).toEqual(["utf8", "utf8", "sjis", "sjis", "sjis", "utf16", "utf16"]);
    expect(parseEncodingChoice("latin1")).toBeUndefined();
  });
});

describe("StreamingTextDecoder", () => {
  const feed = (bytes: Buffer, size: number, choice?: "utf8" | "sjis" | "utf16"): string => {
    const d = new StreamingTextDecoder("s.csv", choice);
    let out = "";
    for (let i = 0; i < bytes.length; i += size) out += d.push(u8(bytes.subarray(i, i + size)));
    return out + d.end();
  };

  it("gives the same text whatever the chunk size, characters cut across chunks included", () => {
    const text = "氏名,専門分野\n" + "佐藤 陽翔,ハードウェア🙂\n".repeat(300);
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      expect(feed(Buffer.from(text), size)).toBe(text);
      expect(feed(utf16(text), size)).toBe(text);
    }
    const jp = "山田,運用管理\n".repeat(1000);
    for (const size of [1, 5, 999]) expect(feed(sjis(jp), size)).toBe(jp);
  });

  it("decides from the first non-ASCII bytes, then refuses a later bad byte by its line, never switching", () => {
    const lines = ["ID,Name", ...Array.from({ length: 3000 }, (_, i) => `E${i},佐藤 ${i}`)];
    const bytes = Buffer.from(lines.join("\n") + "\n");
    const at = bytes.indexOf(Buffer.from("E2500,")) + 7;
    bytes[at] = 0xff;
    const d = new StreamingTextDecoder("big.csv");
    let err: unknown;
    try {
      for (let i = 0; i < bytes.length; i += 1000) d.push(u8(bytes.subarray(i, i + 1000)));
      d.end();
    } catch (e) {
      err = e;
    }
    expect(d.encoding).toBe("utf-8");
    expect(err).toBeInstanceOf(TextDecodeError);
    expect((err as TextDecodeError).line).toBe(2502);
  });

  it("keeps memory to the undecided bytes: pure ASCII is passed on as it comes", () => {
    const d = new StreamingTextDecoder("a.csv");
    expect(d.push(u8(Buffer.from("ID,Name\nE1,Sato\nE2,")))).toBe("ID,Name\nE1,Sato\nE2,");
    expect(d.encoding).toBeUndefined();
    expect(d.push(u8(Buffer.from("Suzuki\n")))).toBe("Suzuki\n");
    expect(d.end()).toBe("");
  });
});
