declare interface IDigitukiGuideWebPartStrings {
  PropertyPaneDescription: string;
  GuideGroupName: string;
  LocaleFieldLabel: string;
  LocaleFollowPage: string;
  SettingFieldLabel: string;
  SettingNone: string;
  SettingGeneralSupport: string;
  SettingServiceSituation: string;
  ContactsFieldLabel: string;
  ContactsFieldDescription: string;
}

declare module 'DigitukiGuideWebPartStrings' {
  const strings: IDigitukiGuideWebPartStrings;
  export = strings;
}
