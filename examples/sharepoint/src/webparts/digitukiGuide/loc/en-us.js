/* global define -- an AMD module: SPFx loads each language's strings with its loader */
define([], function() {
  return {
    "PropertyPaneDescription": "The digital support guide gives a digital supporter the right course of action for the customer's situation.",
    "GuideGroupName": "Guide",
    "LocaleFieldLabel": "Language",
    "LocaleFollowPage": "The page's language",
    "SettingFieldLabel": "Where the guide is used",
    "SettingNone": "The guide asks",
    "SettingGeneralSupport": "General digital support (library, service centre, NGO...)",
    "SettingServiceSituation": "My organisation's customer service, for its own services",
    "ContactsFieldLabel": "Your organisation's contacts",
    "ContactsFieldDescription": "One a line, e.g. \"Digital support desk, tel. 09 000 0000\". Shown with the recommendation."
  }
});
