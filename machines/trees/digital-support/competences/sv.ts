/** Swedish text of the core-competence "Choose 2" items, keyed by item id, then option id. */
import type { CompetenceItemText } from '../../../scenarios/scenario.types.js';

export const sv = {
  'competence-service-situation': {
    question: "Vilka två hör till digitalt stöd i servicesituationer (myndighetens egen kundservice)?",
    options: {
      'guide-own-e-service': {
        text: "Att steg för steg handleda kunden i myndighetens egen e-tjänst",
        why: "Digitalt stöd i servicesituationer gäller främst myndighetens egna ärenden, och kunden gör stegen själv.",
      },
      'help-shared-device': {
        text: "Att hjälpa kunden använda servicepunktens gemensamma kundenhet",
        why: "Hjälp med en gemensam enhet på servicepunkten hör till stödet; till sist loggar kunden ut.",
      },
      'fill-other-authority-form': {
        text: "Att fylla i en annan myndighets ansökan åt kunden",
        why: "En annan myndighets ärende är ingen egen tjänst, och att fylla i ansökan vore att uträtta ärendet för kundens räkning.",
      },
      'teach-online-banking': {
        text: "Att lära kunden använda nätbanken från grunden",
        why: "Nätbanken är bankens tjänst och inget av myndighetens egna ärenden; det är banken som handleder i den.",
      },
      'repair-laptop': {
        text: "Att reparera kundens bärbara dator eller ta bort skadliga program från den",
        why: "Reparationer och borttagning av skadliga program är inte digitalt stöd hos myndigheter och bibliotek, och enheten med sina uppgifter är kundens eget ansvar.",
      },
    },
  },
  'competence-general-support': {
    question: "Vilka två hör till allmänt digitalt stöd (till exempel på ett bibliotek)?",
    options: {
      'help-own-phone': {
        text: "Att hjälpa kunden använda sin egen mobiltelefon",
        why: "Hjälp med kundens egen mobila enhet är ett typiskt exempel på allmänt digitalt stöd.",
      },
      'find-public-instructions': {
        text: "Att hjälpa kunden hitta en tjänsts offentliga anvisningar",
        why: "Allmänt digitalt stöd bygger på offentliga anvisningar och tjänster som är öppna för alla.",
      },
      'advise-benefit-answers': {
        text: "Att råda kunden om vad som ska svaras i en ansökan om förmån",
        why: "En ansökan är ett ärende, som allmänt digitalt stöd inte omfattar; frågor om innehållet besvaras av den som erbjuder tjänsten.",
      },
      'log-in-for-customer': {
        text: "Att logga in i en e-tjänst åt kunden med kundens koder",
        why: "Koderna är personliga: kunden loggar alltid in själv, oavsett vem som hjälper till.",
      },
      'pay-bills': {
        text: "Att betala kundens räkningar i kundens nätbank",
        why: "Att betala i kundens namn är att uträtta ärenden för kundens räkning, med risk för ekonomisk förlust; en stödgivare gör det inte.",
      },
    },
  },
  'competence-authority-duty': {
    question: "Vilka två måste en myndighet göra när kunderna behöver stöd med dess tjänster?",
    options: {
      'advise-own-services': {
        text: "Ge kunderna råd om de egna tjänsterna enligt rådgivningsskyldigheten",
        why: "Enligt förvaltningslagen ger myndigheten avgiftsfritt råd i ärenden som hör till dess behörighet.",
      },
      'show-help-contacts': {
        text: "Visa i sin e-tjänst var man får hjälp med att använda den",
        why: "Lagen om tillhandahållande av digitala tjänster kräver att e-tjänsten visar var man får råd om användningen.",
      },
      'handle-all-authorities': {
        text: "Sköta alla andra myndigheters ärenden i sin egen kundservice",
        why: "Skyldigheten gäller den egna behörigheten; andra ärenden hänvisas till den behöriga myndigheten.",
      },
      'log-in-for-customers': {
        text: "Logga in åt kunden när identifieringen känns svår",
        why: "Ingen får använda någon annans identifieringsverktyg; kunden loggar in själv, vid behov med handledning.",
      },
      'recommend-a-bank': {
        text: "Rekommendera en viss bank åt kunder som behöver bankkoder",
        why: "Det hör inte till skyldigheten; berätta hellre om alternativen för stark autentisering utan att nämna företag.",
      },
    },
  },
  'competence-limits': {
    question: "Vilka två ska en stödgivare vid en myndighet eller ett bibliotek avböja?",
    options: {
      'act-with-customer-codes': {
        text: "Att sköta kundens ärende genom att logga in med kundens koder",
        why: "Ingen får använda någon annans koder, inte heller stödgivaren; en anhörig kan sköta ärendet med Suomi.fi-fullmakter och egna koder.",
      },
      'repairs-and-upgrades': {
        text: "Att reparera enheter, ta bort skadliga program eller uppgradera operativsystemet",
        why: "Hos myndigheter och bibliotek är det inte digitalt stöd: arbetet kan radera kundens uppgifter, och det gör en reparationstjänst eller säljaren.",
      },
      'guide-own-login': {
        text: "Att handleda kunden medan kunden loggar in med sina egna koder",
        why: "Så ska det gå till: kunden loggar in själv och stödgivaren handleder bara.",
      },
      'explain-e-authorizations': {
        text: "Att förklara Suomi.fi-fullmakter när en anhörig vill sköta kundens ärenden",
        why: "Att berätta om det lagliga sättet att uträtta ärenden för någon annans räkning är nyttigt stöd.",
      },
      'remind-to-back-up': {
        text: "Att påminna kunden om att säkerhetskopiera före ändringar på enheten",
        why: "Kunden ansvarar för uppgifterna på sin enhet, så en påminnelse om säkerhetskopiering är klokt stöd.",
      },
    },
  },
} as const satisfies Readonly<Record<string, CompetenceItemText>>;
