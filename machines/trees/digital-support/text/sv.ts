/**
 * Standardträdets texter på svenska, med id:na i `../digital-support.tree.ts` som nycklar.
 * Swedish text of the default digital-support tree; same meaning as `en.ts`.
 */
import type { TreeText } from '../../../tree/tree.types.js';

export const sv = {
  title: 'Digitalt stöd: rätt tillvägagångssätt',

  questions: {
    setting: {
      title: 'Var hjälper jag?',
      help: 'Egen kundservice eller allmänt digitalt stöd för alla?',
      options: {
        'service-situation': {
          label: 'Min organisations kundservice',
          hint: 'Servicepunkt, telefon, chatt eller hembesök.',
        },
        'general-support': {
          label: 'En punkt för allmänt digitalt stöd',
          hint: 'Bibliotek, organisation, kamratstöd, drop in.',
        },
      },
    },
    circumstances: {
      title: 'Gäller något av detta?',
      help: 'Välj alla som stämmer.',
      options: {
        codes: {
          label: 'Koder eller inloggning åt kunden',
          hint: 'Erbjuder sina koder eller ber dig använda dem.',
        },
        fraud: {
          label: 'Tecken på bedrägeri eller påtryckning',
          hint: 'Länk i meddelande, falsk uppringare eller webbplats, påtryckning.',
        },
        'keep-private': {
          label: 'Vill hålla uppgifterna för sig själv',
          hint: 'Vill inte att du ser skärmen eller personuppgifterna.',
        },
        'install-settings': {
          label: 'Installationer eller inställningar',
          hint: 'Appinstallation eller enhetens inställningar.',
        },
        none: {
          label: 'Inget av detta',
          hint: 'Inget ovan stämmer.',
        },
      },
    },
    request: {
      title: 'Vad vill kunden?',
      help: 'Välj det närmaste.',
      options: {
        guidance: {
          label: 'Vägledning, gör själv',
          hint: 'Sköter ärendet själv med vägledning.',
        },
        'act-for-me': {
          label: 'Att jag sköter det åt kunden',
          hint: 'Du fyller i, skickar in eller betalar åt kunden.',
        },
        proxy: {
          label: 'Att en närstående sköter det',
          hint: 'En anhörig eller vän sköter kundens ärenden.',
        },
        repair: {
          label: 'Reparation eller stora uppdateringar',
          hint: 'Reparation, skadeprogram, operativsystem, stora uppdateringar.',
        },
      },
    },
    owner: {
      title: 'Vems tjänst är det?',
      help: 'Bibliotekets tjänster är dess egna, liksom tjänster i gemensam kundservice.',
      options: {
        own: {
          label: 'Min organisations egen',
          hint: 'Också genom avtal om gemensam kundservice.',
        },
        'other-authority': {
          label: 'En annan myndighets',
          hint: 'T.ex. FPA eller Skatteförvaltningen.',
        },
        'bank-insurer': {
          label: 'En banks eller ett försäkringsbolags',
          hint: 'Nätbank eller försäkringsbolagets e-tjänst.',
        },
        private: {
          label: 'Ett annat företags',
          hint: 'Butik, operatör eller annat företag.',
        },
        none: {
          label: 'Ingen tjänst: enhet eller färdigheter',
          hint: 'Bara enheten eller digitala färdigheter.',
        },
      },
    },
    task: {
      title: 'Är det ett ärende eller allmän användning?',
      help: 'Ett ärende gäller kundens egen sak; allmän användning gör det inte.',
      options: {
        transaction: {
          label: 'Ett ärende',
          hint: 'Ansöka, skicka in, se egna uppgifter, boka, betala.',
        },
        'general-use': {
          label: 'Allmän användning',
          hint: 'Hitta tjänsten, anvisningar, hur inloggningen fungerar.',
        },
      },
    },
    identification: {
      title: 'Krävs stark autentisering? Kan kunden logga in?',
      help: 'Stark autentisering: bankkoder, mobilcertifikat eller medborgarcertifikat.',
      options: {
        'not-needed': {
          label: 'Behövs inte',
          hint: 'T.ex. offentlig information eller en tom blankett.',
        },
        'customer-logs-in': {
          label: 'Behövs; kunden loggar in',
          hint: 'Med sitt eget identifieringsverktyg.',
        },
        'no-eid': {
          label: 'Behövs; saknar identifieringsverktyg',
          hint: 'Inga bankkoder eller certifikat.',
        },
        'cannot-use': {
          label: 'Behövs; kan inte använda det',
          hint: 'Har ett verktyg men kan inte använda det själv.',
        },
      },
    },
    device: {
      title: 'Vems enhet används?',
      help: 'Enheten där kunden loggar in.',
      options: {
        'customer-own': {
          label: 'Kundens egen',
          hint: 'Egen telefon, surfplatta eller dator.',
        },
        shared: {
          label: 'En gemensam kundenhet',
          hint: 'Kunderna använder den i tur och ordning.',
        },
        supporter: {
          label: 'Min arbetsenhet',
          hint: 'Din arbetsdator eller arbetstelefon.',
        },
      },
    },
  },

  outcomes: {
    'fraud-stop': {
      title: 'Misstänkt bedrägeri: stanna (god praxis)',
      action: 'Stanna, öppna inte länken och använd tjänstens kända officiella adress.',
      steps: [
        'Gör en paus; om någon pressar kunden, tala med kunden ensam.',
        'Om koder hamnade på en falsk webbplats, be kunden genast ringa bankens spärrtjänst.',
        'Om pengar eller koder har gått förlorade, föreslå en polisanmälan.',
      ],
      avoid: [
        'Logga inte in för att testa webbplatsen.',
        'Vidarebefordra inte länken.',
      ],
    },
    'decline-repair': {
      title: 'Avböj reparationer, hänvisa neutralt',
      action: 'Säg att reparationer och uppgraderingar inte är digitalt stöd, och hänvisa neutralt till en reparatör.',
      steps: [
        'Säg vänligt att reparationer, borttagning av skadeprogram och stora uppdateringar inte hör hit.',
        'Föreslå en reparationstjänst eller säljaren utan att nämna någon butik.',
        'Påminn kunden om att säkerhetskopiera data först.',
      ],
      avoid: [
        'Försök inte ”bara den här gången”.',
        'Ta inte med dig enheten.',
      ],
    },
    'keep-credentials-private': {
      title: 'Koderna är personliga',
      action: 'Vägra ta emot, skriva in, se eller anteckna kundens koder; kunden loggar in själv.',
      steps: [
        'Säg artigt att bara kunden får använda sina koder.',
        'Titta bort när kunden skriver; vägled muntligt.',
        'Om andra vill ha koderna, säg nej och nämn Suomi.fi-fullmakter.',
      ],
      avoid: [
        'Ta inte emot koder muntligt, på papper eller i meddelanden.',
        'Logga inte in åt kunden och behåll inte telefonen.',
      ],
    },
    'not-on-behalf': {
      title: 'Sköt inte ärendet åt kunden',
      action: 'Avböj att sköta ärendet åt kunden och erbjud vägledd självbetjäning eller en annan laglig väg.',
      steps: [
        'Säg vänligt att du inte kan sköta ärendet åt kunden.',
        'Erbjud vägledning steg för steg.',
        'Nämn Suomi.fi-fullmakter och icke-digitala kanaler.',
      ],
      avoid: [
        'Fyll inte i, skicka inte in och betala inte i kundens namn.',
        'Skriv inte kundens ansökningar eller besvär.',
      ],
    },
    'e-authorizations': {
      title: 'För någon annans räkning: Suomi.fi-fullmakter',
      action: 'Förklara Suomi.fi-fullmakter: en betrodd person använder sin egen identifiering.',
      steps: [
        'Förklara att en vuxen kan ge någon fullmakt för valda ärenden.',
        'Säg att fullmaktstagaren använder egen identifiering; en begäran om fullmakt är enklast.',
        'Om fullmakt inte kan ges elektroniskt, hänvisa till fullmakt genom ansökan.',
      ],
      avoid: [
        'Låt ingen använda kundens koder, ens med samtycke.',
        'Agera inte själv som kundens ombud.',
      ],
    },
    'no-eid-alternatives': {
      title: 'Identifiering går inte: erbjud alternativ',
      action: 'Hjälp där ingen identifiering krävs, förklara verktygen neutralt och erbjud en icke-digital kanal.',
      steps: [
        'Hjälp med offentlig information och tomma blanketter.',
        'Förklara typerna: bankkoder, mobilcertifikat, medborgarcertifikat.',
        'Erbjud tjänstens kanal per telefon, på papper eller på plats.',
      ],
      avoid: [
        'Logga inte in med dina egna koder.',
        'Rekommendera inte en viss bank eller operatör.',
      ],
    },
    'guide-own-service': {
      title: 'Vägled i er egen tjänst',
      action: 'Vägled kunden steg för steg medan kunden loggar in och sköter ärendet själv.',
      steps: [
        'Låt kunden själv använda enheten och logga in.',
        'Ge råd om förfarandet: vad man kan ansöka om, var och när.',
        'Visa tjänstens kontaktuppgifter för rådgivning.',
      ],
      avoid: [
        'Logga inte in och skriv inte åt kunden.',
        'Bestäm inte svaren och skriv inte besvär.',
      ],
    },
    'refer-service-owner': {
      title: 'Hänvisa till tjänsteägaren',
      action: 'Nämn tjänsteägarens rådgivningskanal och berätta vad kunden bör ha till hands.',
      steps: [
        'Visa rådgivningskanalen som anges i tjänsten.',
        'Om ägaren är oklar, föreslå Medborgarrådgivningen (kontrollera nuvarande namn).',
        'Be kunden ta med identifieringsverktyg, brevet och sina frågor.',
      ],
      avoid: [
        'Svara inte om en annan organisations regler.',
        'Ge inga råd i bankärenden.',
      ],
    },
    'refer-general-support': {
      title: 'Hänvisa till allmänt digitalt stöd',
      action: 'Hänvisa hjälp med enhet och färdigheter till allmänt digitalt stöd, som ett bibliotek.',
      steps: [
        'Förklara att ni stöder era egna tjänster, inte enheter eller färdigheter.',
        'Hänvisa till allmänt digitalt stöd i närheten, t.ex. biblioteket.',
        'Hjälp som vanligt med ärenden i er egen tjänst.',
      ],
      avoid: [
        'Åta dig inte handledning som ni inte erbjuder.',
        'Skicka inte iväg kunden utan att säga vart.',
      ],
    },
    'general-support': {
      title: 'Ge allmänt digitalt stöd',
      action: 'Hjälp med enheten och att hitta tjänsten; lämna ärendets innehåll till tjänsteägaren.',
      steps: [
        'Hjälp med enheten: inställningar, appbutik, e-post, webbläsare.',
        'Hjälp kunden hitta den officiella tjänsten och dess anvisningar.',
        'Lämna frågor om innehållet till tjänsteägaren.',
      ],
      avoid: [
        'Ge inga råd om vad kunden ska svara.',
        'Gör inga betalningar och rekommendera inga märken.',
      ],
    },
    'no-supporter-device-login': {
      title: 'Logga aldrig in kunden på din enhet',
      action: 'Låt kunden logga in på sin egen eller den gemensamma enheten, aldrig på din arbetsenhet.',
      steps: [
        'Be kunden använda sin egen eller den gemensamma enheten.',
        'Använd din skärm bara för offentliga sidor.',
        'Finns ingen enhet, erbjud en annan kanal eller tid.',
      ],
      avoid: [
        'Låt inte kunden logga in på din enhet.',
        'Spara inte kundens filer på din enhet.',
      ],
    },
    'shared-device-care': {
      title: 'Gemensam enhet: lämna inga spår',
      action: 'Se till att kunden loggar ut och att webbläsardata och nedladdningar raderas.',
      steps: [
        'Be kunden logga ut ur alla tjänster.',
        'Töm webbläsarens data enligt er lokala anvisning.',
        'Ta bort nedladdade filer medan kunden är kvar.',
      ],
      avoid: [
        'Lämna inte en session öppen.',
        'Bläddra inte i kundens öppna session.',
      ],
    },
    'customer-privacy': {
      title: 'Kunden bestämmer vad du ser',
      action: 'Låt kunden bestämma vad du ser, och titta bort från koder och känsliga uppgifter.',
      steps: [
        'Fråga vad kunden vill visa.',
        'Vägled muntligt utan att titta på skärmen.',
        'Håll det du ser konfidentiellt.',
      ],
      avoid: [
        'Läs inte skärmen utan att fråga.',
        'Berätta inte för någon vad du såg.',
      ],
    },
    'data-loss-risk': {
      title: 'Installationer: risk för dataförlust',
      action: 'Säg att enheten och data är kundens ansvar, och be kunden säkerhetskopiera först.',
      steps: [
        'Kom överens om exakt vad som ändras, och ändra bara det.',
        'Berätta att data kan gå förlorade.',
        'Be kunden använda sitt eget konto i appbutiken.',
      ],
      avoid: [
        'Använd inte ditt eget konto.',
        'Lova inte att inga data går förlorade.',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Målet är självständighet',
      text: 'Låt kunden göra stegen själv så att kunden lär sig klara sig.',
    },
    P3: {
      title: 'Stöd era egna tjänster',
      text: 'Myndigheten ska ge råd om sina egna tjänster (förvaltningslagen).',
    },
    P4: {
      title: 'Två slag av digitalt stöd',
      text: 'Stöd i servicesituationer omfattar egna ärenden; allmänt stöd gör det inte.',
    },
    P5: {
      title: 'Ärende eller allmänt bruk (vår tolkning)',
      text: 'Vår tolkning: allmänt stöd hjälper att hitta tjänsten, inte med ärendets innehåll.',
    },
    P8: {
      title: 'Hänvisa rätt',
      text: 'Hänvisa till behörig myndighet eller Medborgarrådgivningen (kontrollera nuvarande namn).',
    },
    P9: {
      title: 'Känn dina gränser',
      text: 'Känn dina gränser; vår tolkning: hänvisa då kunden vidare.',
    },
    P10: {
      title: 'Uträtta inte ärenden för kunden',
      text: 'Ärenden för annans räkning sköts med Suomi.fi-fullmakter, inte av stödgivaren.',
    },
    P11: {
      title: 'Kunden loggar in själv',
      text: 'Ingen får använda en annan persons identifieringsverktyg.',
    },
    P12: {
      title: 'Bankärenden hör till banken',
      text: 'Allmänt digitalt stöd lär inte ut nätbanken och ger inga råd i bankärenden.',
    },
    P13: {
      title: 'Kundens enhet, kundens ansvar',
      text: 'Kunden ansvarar för enhet och data; reparationer är inte digitalt stöd.',
    },
    P14: {
      title: 'Bara officiella kanaler',
      text: 'Bara officiella kanaler; god praxis: inga privata telefoner eller egna verktyg.',
    },
    P15: {
      title: 'Tystnadsplikt',
      text: 'Bibliotekens regler kräver tystnadsplikt; följ annars din organisations regler.',
    },
    P16: {
      title: 'Kunden bestämmer vad som visas',
      text: 'Vår tolkning: kunden bestämmer vilka personuppgifter som visas.',
    },
    P17: {
      title: 'Spara inga kunduppgifter',
      text: 'God praxis: anteckna eller spara inte kundens koder eller uppgifter.',
    },
    P18: {
      title: 'Lämna inget på gemensamma enheter',
      text: 'Logga ut och töm webbläsarens data; god praxis: kontrollera det.',
    },
    P19: {
      title: 'Se upp för nätfiske',
      text: 'Falska webbplatser stjäl bankkoder; god praxis: gör en paus vid misstänkt bedrägeri.',
    },
    P20: {
      title: 'Kommersiell neutralitet',
      text: 'God praxis: förklara typer, inte märken.',
    },
    P21: {
      title: 'Identifiering bara när det behövs',
      text: 'Offentlig information och tomma blanketter kräver ingen identifiering.',
    },
    P22: {
      title: 'Verktyg för stark autentisering',
      text: 'Bankkoder, mobilcertifikat eller medborgarcertifikatet på polisens identitetskort.',
    },
    P23: {
      title: 'Suomi.fi-fullmakter',
      text: 'En vuxen ger en betrodd person fullmakt; fullmaktstagaren loggar in med egen identifiering.',
    },
    L1: {
      title: 'Rådgivningsskyldighet',
      text: 'Förvaltningslagen (434/2003) 8 §: myndigheten ger avgiftsfria råd och hänvisar vid behov vidare.',
    },
    L2: {
      title: 'Lagen om digitala tjänster',
      text: 'En myndighets digitala tjänst ska ange en kontakt för rådgivning.',
    },
    L4: {
      title: 'Lagen om stark autentisering',
      text: 'Lag 617/2009 definierar stark autentisering.',
    },
    L5: {
      title: 'Rättslig grund för Suomi.fi-fullmakter',
      text: 'Suomi.fi-fullmakter grundar sig på lag 571/2016.',
    },
    L6: {
      title: 'Gemensam kundservice (vår tolkning)',
      text: 'Vår tolkning: gemensam kundservice kan räknas som egen; kontrollera lokalt.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Er tjänsts rådgivningskontakter',
      detail: 'Anges i er e-tjänst.',
    },
    'service-owner-advice': {
      name: 'Tjänsteägarens rådgivningskanal',
      detail: 'För frågor om ärendets innehåll.',
    },
    'bank-or-insurer': {
      name: 'Kundens bank eller försäkringsbolag',
      detail: 'Bank- och försäkringsärenden samt bankkoder.',
    },
    'public-service-info': {
      name: 'Medborgarrådgivningen',
      detail: 'Hänvisar till rätt myndighet; kontrollera nuvarande namn och tillgänglighet.',
    },
    'bank-blocking': {
      name: 'Bankens spärrtjänst',
      detail: 'Ring genast; ta numret från bankens egen webbplats.',
    },
    police: {
      name: 'Polisen',
      detail: 'Anmäl bedrägeri; ring 112 i nödsituationer.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi-fullmakter',
      detail: 'Fullmaktstagaren använder sin egen identifiering.',
    },
    'authorisation-by-application': {
      name: 'Fullmakt genom ansökan eller med hjälp',
      detail: 'Om fullmakt inte kan ges elektroniskt.',
    },
    'e-id-issuers': {
      name: 'Utfärdare av identifieringsverktyg',
      detail: 'Banker, teleoperatörer, polisen; inga märken.',
    },
    'non-digital-channel': {
      name: 'Tjänstens icke-digitala kanal',
      detail: 'Telefon, papper eller på plats.',
    },
    'general-digital-support': {
      name: 'Allmänt digitalt stöd',
      detail: 'Bibliotek och punkter för digitalt stöd.',
    },
    'repair-service': {
      name: 'Reparationstjänst eller säljare',
      detail: 'Hänvisa allmänt, utan att nämna någon butik.',
    },
  },
} as const satisfies TreeText;
