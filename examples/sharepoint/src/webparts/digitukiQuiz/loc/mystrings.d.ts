declare interface IDigitukiQuizWebPartStrings {
  PropertyPaneDescription: string;
  QuizGroupName: string;
  LocaleFieldLabel: string;
  LocaleFollowPage: string;
  ItemsFieldLabel: string;
  BadgeUrlFieldLabel: string;
  BadgeUrlFieldDescription: string;
  BadgeUrlInvalid: string;
}

declare module 'DigitukiQuizWebPartStrings' {
  const strings: IDigitukiQuizWebPartStrings;
  export = strings;
}
