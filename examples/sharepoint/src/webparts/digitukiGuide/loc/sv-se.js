/* global define -- an AMD module: SPFx loads each language's strings with its loader */
define([], function() {
  return {
    "PropertyPaneDescription": "Guiden för digitalt stöd ger handledaren rätt tillvägagångssätt för kundens situation.",
    "GuideGroupName": "Guide",
    "LocaleFieldLabel": "Språk",
    "LocaleFollowPage": "Sidans språk",
    "SettingFieldLabel": "Var guiden används",
    "SettingNone": "Guiden frågar",
    "SettingGeneralSupport": "Allmänt digitalt stöd (bibliotek, servicecenter, förening...)",
    "SettingServiceSituation": "Min organisations kundservice, för dess egna tjänster",
    "ContactsFieldLabel": "Organisationens kontaktuppgifter",
    "ContactsFieldDescription": "En per rad, t.ex. \"Digitalt stöd, tfn 09 000 0000\". Visas med rekommendationen."
  }
});
