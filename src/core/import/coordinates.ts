/**
 * Sheet coordinates as users read them: column letters ("A", "AB") for columns
 * the report has to point at when their header is blank.
 */

/**
 * The column letter of a 0-based column index.
 * @example columnLetter(0) // => "A"; columnLetter(27) // => "AB"
 */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
