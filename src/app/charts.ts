/**
 * How report charts are made readable, for the preview's drawings: the same value
 * scale and label angles the Excel adapter gives native charts.
 */
export { categoryLabelAngle, labelWidth, valueScale, type LabelAngle } from "../core/sheets/chart-axes";
