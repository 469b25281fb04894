/**
 * An xlsx is a zip archive. Before handing one to the xlsx library (which inflates
 * every part in memory), read the sizes its central directory declares and refuse
 * an archive that would expand beyond the documented limits: a "zip bomb" must
 * give a clear message, not exhaust the task pane's memory.
 */

/** Total uncompressed size an xlsx may declare. */
export const MAX_EXPANDED_BYTES = 400 * 1024 * 1024;
/** Expansion ratio (uncompressed / compressed) an xlsx may declare. Real workbooks stay far below. */
export const MAX_EXPANSION_RATIO = 200;

export type ArchiveCheck = { ok: true; entries: number; expanded: number } | { ok: false; reason: string };

export function checkXlsxArchive(bytes: Uint8Array, fileName: string): ArchiveCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    return {
      ok: false,
      reason: `${fileName} is not a valid xlsx file (no zip directory); it may be damaged`,
    };
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let expanded = 0;
  let compressed = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      return {
        ok: false,
        reason: `${fileName} is not a valid xlsx file (broken zip directory); it may be damaged`,
      };
    }
    compressed += view.getUint32(offset + 20, true);
    expanded += view.getUint32(offset + 24, true);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  const mb = (n: number): string => `${(n / 1048576).toFixed(0)} MB`;
  if (expanded > MAX_EXPANDED_BYTES) {
    return {
      ok: false,
      reason: `${fileName} expands to ${mb(expanded)}; the limit is ${mb(MAX_EXPANDED_BYTES)}. Split the workbook or save only the roster sheet`,
    };
  }
  if (compressed > 0 && expanded / compressed > MAX_EXPANSION_RATIO && expanded > 10 * 1024 * 1024) {
    return {
      ok: false,
      reason: `${fileName} expands ${Math.round(expanded / compressed)} times its size (limit ${MAX_EXPANSION_RATIO}); it does not look like a normal workbook`,
    };
  }
  return { ok: true, entries, expanded };
}
