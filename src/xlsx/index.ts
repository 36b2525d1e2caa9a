export { renderXlsx, writeXlsxFile } from './render';
export { addFunctionPrefixes, filePrefixOf, toFileFormula } from './future-functions';
