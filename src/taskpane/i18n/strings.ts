/**
 * Every string the task pane shows. Each locale table is typed `UiStrings`, so a key missing from
 * a table (or misspelt in one) is a compile error; tests/taskpane/i18n.test.ts checks the same at
 * run time and that no string is empty.
 */
export interface UiStrings {
  productName: string;
  tagline: string;
  starting: string;
  functionsTitle: string;
  functionsIntro: string;
  functionsLoading: string;
  functionsUnavailable: string;
  examplesTitle: string;
  exampleReturns: string;
  planningLater: string;
  outsideTitle: string;
  outsideBody: string;
  outsideStepSideload: string;
  outsideStepOpen: string;
  outsideStepType: string;
  otherHostTitle: string;
  otherHostBody: string;
}

export type Locale = 'en-US' | 'zh-CN';
