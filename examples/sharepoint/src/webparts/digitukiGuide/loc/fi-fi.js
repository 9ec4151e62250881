/* global define -- an AMD module: SPFx loads each language's strings with its loader */
define([], function() {
  return {
    "PropertyPaneDescription": "Digituen opas antaa digitukijalle oikean toimintatavan asiakkaan tilanteeseen.",
    "GuideGroupName": "Opas",
    "LocaleFieldLabel": "Kieli",
    "LocaleFollowPage": "Sivun kieli",
    "SettingFieldLabel": "Missä opasta käytetään",
    "SettingNone": "Opas kysyy",
    "SettingGeneralSupport": "Yleinen digituki (kirjasto, palvelukeskus, järjestö...)",
    "SettingServiceSituation": "Organisaationi asiakaspalvelu sen omissa palveluissa",
    "ContactsFieldLabel": "Organisaatiosi yhteystiedot",
    "ContactsFieldDescription": "Yksi riville, esim. \"Digituki, puh. 09 000 0000\". Näytetään suosituksen yhteydessä."
  }
});
