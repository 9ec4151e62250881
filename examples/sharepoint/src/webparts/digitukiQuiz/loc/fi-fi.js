/* global define -- an AMD module: SPFx loads each language's strings with its loader */
define([], function() {
  return {
    "PropertyPaneDescription": "Harjoitus osaamismerkkiin \"Digital Supporter - Public Officer\": digituen tilanteita ja kuhunkin oikea toimintatapa.",
    "QuizGroupName": "Harjoitustesti",
    "LocaleFieldLabel": "Kieli",
    "LocaleFollowPage": "Sivun kieli",
    "ItemsFieldLabel": "Kysymyksiä kierroksella",
    "BadgeUrlFieldLabel": "Merkin hakulinkki",
    "BadgeUrlFieldDescription": "Hyväksytyn tuloksen jälkeen testi linkittää tänne merkin hakemista varten. Jätä tyhjäksi, jos linkkiä ei tarvita.",
    "BadgeUrlInvalid": "Anna osoite, joka alkaa https://, http://, mailto: tai tel:."
  }
});
