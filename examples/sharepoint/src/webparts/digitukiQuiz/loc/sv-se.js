/* global define -- an AMD module: SPFx loads each language's strings with its loader */
define([], function() {
  return {
    "PropertyPaneDescription": "Övning för kompetensmärket \"Digital Supporter - Public Officer\": situationer i digitalt stöd, var och en med rätt tillvägagångssätt.",
    "QuizGroupName": "Övningstest",
    "LocaleFieldLabel": "Språk",
    "LocaleFollowPage": "Sidans språk",
    "ItemsFieldLabel": "Frågor per omgång",
    "BadgeUrlFieldLabel": "Länk för att söka märket",
    "BadgeUrlFieldDescription": "Vid godkänt resultat länkar testet hit för att söka märket. Lämna tomt för ingen länk.",
    "BadgeUrlInvalid": "Ange en adress som börjar med https://, http://, mailto: eller tel:."
  }
});
