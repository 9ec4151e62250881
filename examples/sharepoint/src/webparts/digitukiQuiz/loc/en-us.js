/* global define -- an AMD module: SPFx loads each language's strings with its loader */
define([], function() {
  return {
    "PropertyPaneDescription": "Practice for the \"Digital Supporter - Public Officer\" badge: situations from digital support, each with its right course of action.",
    "QuizGroupName": "Quiz",
    "LocaleFieldLabel": "Language",
    "LocaleFollowPage": "The page's language",
    "ItemsFieldLabel": "Items in an attempt",
    "BadgeUrlFieldLabel": "Badge application link",
    "BadgeUrlFieldDescription": "On a pass, the quiz links here to apply for the badge. Leave empty for no link.",
    "BadgeUrlInvalid": "Give an address starting with https://, http://, mailto: or tel:."
  }
});
