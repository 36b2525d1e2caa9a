/** Every table in the workbook has its header in row 4 and its first data row in row 5 (rows are 1-based). */
export const HEADER_ROW = 4;
export const FIRST_ROW = 5;
