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
      help: 'I din organisations kundservice stöder du dess egna tjänster; allmänt digitalt stöd hjälper alla.',
      options: {
        'service-situation': {
          label: 'Min organisations kundservice',
          hint: 'Dess servicepunkt, egen telefon- eller chattjänst eller egna hembesök.',
        },
        'general-support': {
          label: 'En punkt för allmänt digitalt stöd',
          hint: 'Bibliotek, invånar- eller servicecenter, organisation, kamratstöd eller drop in-tillfälle.',
        },
      },
    },
    circumstances: {
      title: 'Gäller något av detta?',
      help: 'Välj alla som stämmer, eller ”Inget av detta”.',
      options: {
        codes: {
          label: 'Koder eller inloggning åt kunden',
          hint: 'Kunden erbjuder koder eller ber dig se, skriva in eller anteckna dem, eller logga in åt kunden.',
        },
        fraud: {
          label: 'Tecken på bedrägeri eller påtryckning',
          hint: 'En länk i ett meddelande, någon som utger sig för bank eller myndighet, en falsk webbplats, någon som pressar.',
        },
        'keep-private': {
          label: 'Vill hålla uppgifterna för sig själv',
          hint: 'Kunden vill inte att du ser skärmen eller personuppgifterna.',
        },
        'install-settings': {
          label: 'Installationer eller inställningar',
          hint: 'Hjälpen innebär att installera en app eller ändra inställningar på enheten.',
        },
        none: {
          label: 'Inget av detta',
          hint: 'Inga koder erbjuds, inga varningstecken, ingen önskan om avskildhet, inga installationer.',
        },
      },
    },
    request: {
      title: 'Vad vill kunden?',
      help: 'Välj det alternativ som ligger närmast kundens önskemål.',
      options: {
        guidance: {
          label: 'Vägledning, gör själv',
          hint: 'Kunden vill bli vägledd och sköta ärendet själv.',
        },
        'act-for-me': {
          label: 'Att jag sköter det åt kunden',
          hint: 'Att du fyller i, skickar in eller betalar något åt kunden.',
        },
        proxy: {
          label: 'Att en närstående sköter det',
          hint: 'Att en anhörig eller vän kunde sköta kundens ärenden.',
        },
        repair: {
          label: 'Reparation eller stora uppdateringar',
          hint: 'Reparation, borttagning av skadlig programvara, byte av operativsystem eller stora uppdateringar.',
        },
      },
    },
    owner: {
      title: 'Vems tjänst är det?',
      help: 'Bibliotekets egna tjänster (lånekort, lån, lokalbokning) räknas som egna, likaså tjänster inom gemensam kundservice.',
      options: {
        own: {
          label: 'Min organisations egen',
          hint: 'Din organisations tjänst, eller en som ett avtal om gemensam kundservice gör till er.',
        },
        'other-authority': {
          label: 'En annan myndighets',
          hint: 'En annan myndighets e-tjänst, till exempel FPA:s eller Skatteförvaltningens.',
        },
        'bank-insurer': {
          label: 'En banks eller ett försäkringsbolags',
          hint: 'En nätbank eller ett försäkringsbolags e-tjänst.',
        },
        private: {
          label: 'Ett annat företags',
          hint: 'En tjänst eller app som drivs av en butik, en operatör eller ett annat företag.',
        },
        none: {
          label: 'Ingen tjänst: enhet eller färdigheter',
          hint: 'Hjälp med enheten eller digitala färdigheter, inte med någon viss tjänst.',
        },
      },
    },
    task: {
      title: 'Är det ett ärende eller allmän användning?',
      help: 'Ett ärende gäller kundens egen sak; allmän användning är att hitta och använda tjänsten i allmänhet.',
      options: {
        transaction: {
          label: 'Ett ärende',
          hint: 'Ansöka, skicka in, se egna ärende- eller hälsouppgifter, boka tid eller betala.',
        },
        'general-use': {
          label: 'Allmän användning',
          hint: 'Hitta tjänsten, offentliga anvisningar, hur inloggningen fungerar, inställningar.',
        },
      },
    },
    identification: {
      title: 'Krävs stark autentisering, och kan kunden logga in?',
      help: 'Stark autentisering sker med bankkoder, mobilcertifikat eller medborgarcertifikatet på identitetskortet.',
      options: {
        'not-needed': {
          label: 'Behövs inte',
          hint: 'Steget kräver ingen stark autentisering, t.ex. offentlig information eller en tom blankett.',
        },
        'customer-logs-in': {
          label: 'Behövs; kunden loggar in',
          hint: 'Kunden har ett eget identifieringsverktyg och kan logga in med det.',
        },
        'no-eid': {
          label: 'Behövs; saknar identifieringsverktyg',
          hint: 'Kunden har inga bankkoder, inget mobilcertifikat och inget medborgarcertifikat.',
        },
        'cannot-use': {
          label: 'Behövs; kan inte använda det',
          hint: 'Kunden har ett identifieringsverktyg men kan inte använda det själv.',
        },
      },
    },
    device: {
      title: 'Vems enhet används?',
      help: 'Tänk på den enhet där kunden loggar in eller sköter ärendet.',
      options: {
        'customer-own': {
          label: 'Kundens egen',
          hint: 'Kundens egen telefon, surfplatta eller dator.',
        },
        shared: {
          label: 'En gemensam kundenhet',
          hint: 'En dator eller terminal på servicepunkten som kunderna använder i tur och ordning.',
        },
        supporter: {
          label: 'Min arbetsenhet',
          hint: 'Din egen arbetsdator eller arbetstelefon.',
        },
      },
    },
  },

  outcomes: {
    'fraud-stop': {
      title: 'Misstänkt bedrägeri: stanna och skydda (god praxis)',
      action: 'Stanna, låt den misstänkta länken vara oöppnad och gå till tjänsten endast via dess kända officiella adress.',
      steps: [
        'Gör en paus: god praxis är att inte fortsätta när bedrägeri eller påtryckning misstänks.',
        'Öppna inte länken och ring inte numret i meddelandet; öppna tjänsten via dess kända officiella adress.',
        'Om koder kan ha matats in på en falsk webbplats, be kunden genast ringa bankens spärrtjänst.',
        'Om pengar eller koder har gått förlorade, föreslå att kunden gör en polisanmälan.',
        'Om någon verkar pressa kunden, fortsätt med kunden ensam och följ er lokala anvisning.',
      ],
      avoid: [
        'Logga inte in och slutför inte steget bara för att kontrollera webbplatsen.',
        'Vidarebefordra eller kopiera inte den misstänkta länken.',
        'Avfärda inte kundens oro och stressa inte kunden.',
      ],
    },
    'decline-repair': {
      title: 'Avböj reparationer och hänvisa neutralt',
      action: 'Förklara att reparationer, borttagning av skadlig programvara och systemuppgraderingar inte hör till digitalt stöd, och hänvisa kunden neutralt till en reparationstjänst.',
      steps: [
        'Berätta vänligt att reparationer, borttagning av skadlig programvara, byte av operativsystem och stora uppdateringar inte hör till digitalt stöd.',
        'Förklara varför: data kan gå förlorade, och enheten och dess data är kundens ansvar.',
        'Föreslå en reparationstjänst eller enhetens säljare i allmänna ordalag, utan att nämna någon butik.',
        'Påminn kunden om att säkerhetskopiera foton, dokument och andra data före reparation eller uppgradering.',
        'Berätta vad det digitala stödet kan hjälpa med i stället, till exempel att använda enheten eller hitta en tjänst.',
      ],
      avoid: [
        'Försök inte reparera, ta bort skadlig programvara eller uppgradera ”bara den här gången”.',
        'Ta inte med dig enheten och behåll den inte över natten.',
        'Rekommendera inte någon viss butik, något visst märke eller någon avgiftsbelagd produkt.',
      ],
    },
    'keep-credentials-private': {
      title: 'Koderna är personliga: håll dig borta från dem',
      action: 'Vägra att ta emot, skriva in, se eller anteckna kundens koder, och låt kunden logga in själv.',
      steps: [
        'Avbryt artigt och förklara att koder och lösenord är personliga och att bara kunden får använda dem.',
        'Titta bort eller stig åt sidan när kunden skriver in koder, lösenord eller engångskoder.',
        'Vägled muntligt medan kunden loggar in själv.',
        'Om någon annan vill använda kundens koder, säg att det inte är tillåtet ens med samtycke och nämn Suomi.fi-fullmakter.',
        'Påminn kunden om att aldrig ge sina koder till någon: myndigheter frågar aldrig efter dem.',
      ],
      avoid: [
        'Ta inte emot koder som läses upp, skrivs på papper eller skickas i ett meddelande.',
        'Skriv inte in, fotografera inte och anteckna inte några koder.',
        'Logga inte in åt kunden och behåll inte kundens telefon för att slutföra senare.',
      ],
    },
    'not-on-behalf': {
      title: 'Sköt inte ärendet åt kunden',
      action: 'Avböj att sköta ärendet åt kunden och erbjud i stället vägledd självbetjäning eller en annan laglig väg.',
      steps: [
        'Förklara vänligt att du inte kan fylla i, skicka in eller betala något åt kunden.',
        'Erbjud dig att vägleda steg för steg medan kunden gör det själv.',
        'Om kunden vill att en närstående sköter ärendet, berätta om Suomi.fi-fullmakter.',
        'Om kunden inte kan använda e-tjänsten, hänvisa till tjänstens icke-digitala kanal.',
        'Om tjänsten är din organisations egen, ge råd om förfarandet: vad man kan ansöka om, var och när.',
      ],
      avoid: [
        'Fyll inte i, skicka inte in och betala inte något i kundens namn.',
        'Skriv inte kundens ansökningar, utredningar eller besvär åt kunden.',
        'Välj inte svaren åt kunden.',
      ],
    },
    'e-authorizations': {
      title: 'Ärenden för någon annans räkning: Suomi.fi-fullmakter',
      action: 'Förklara att kunden kan ge en betrodd person fullmakt i Suomi.fi-fullmakter, och att den personen sedan sköter ärenden med sin egen identifiering.',
      steps: [
        'Förklara att kunden kan ge en vuxen person som kunden litar på fullmakt för valda ärenden; någon allmän fullmakt finns inte.',
        'Berätta att fullmaktstagaren loggar in med sitt eget identifieringsverktyg och därefter väljer vems ärenden som ska skötas.',
        'Nämn det enklaste sättet: fullmaktstagaren skickar en begäran om fullmakt och kunden godkänner den.',
        'Om kunden inte kan ge fullmakt elektroniskt, hänvisa till fullmakt genom ansökan eller hjälp att ge fullmakt på plats, där det erbjuds.',
        'Säg att varje e-tjänst avgör om ärenden kan skötas för någon annan i den, och att vårdnadshavare sköter minderårigas ärenden.',
      ],
      avoid: [
        'Låt inte en anhörig använda kundens koder, ens med samtycke.',
        'Agera inte själv som kundens ombud.',
        'Lova inte att alla tjänster godtar fullmakter.',
        'Se inte en fullmakt på papper som lov att använda kundens koder.',
      ],
    },
    'no-eid-alternatives': {
      title: 'Inget användbart identifieringsverktyg: erbjud lagliga alternativ',
      action: 'Hjälp med det som inte kräver identifiering, förklara typerna av stark autentisering neutralt och erbjud tjänstens icke-digitala kanal.',
      steps: [
        'Hjälp med det som inte kräver identifiering, till exempel offentlig information och tomma blanketter.',
        'Förklara typerna av stark autentisering: bankkoder, mobilcertifikat och medborgarcertifikatet på polisens identitetskort.',
        'Berätta vem som utfärdar dem (banker, teleoperatörer, polisen) utan att rekommendera något företag.',
        'Erbjud tjänsteägarens kanal för att sköta ärendet per telefon, på papper eller på plats.',
        'Om en närstående kunde sköta ärendet, berätta om Suomi.fi-fullmakter.',
      ],
      avoid: [
        'Logga inte in med dina egna eller en kollegas koder för att visa kunden.',
        'Låt ingen använda en annan persons koder.',
        'Säg inte till kunden att inget kan göras.',
        'Rekommendera inte någon viss bank eller operatör.',
      ],
    },
    'guide-own-service': {
      title: 'Vägled i er egen tjänst – kunden gör själv',
      action: 'Vägled kunden steg för steg medan kunden loggar in och sköter ärendet själv.',
      steps: [
        'Förklara stegen och låt kunden själv använda enheten och logga in.',
        'Ge råd om förfarandet enligt din rådgivningsskyldighet: vad man kan ansöka om, var och när.',
        'Låt kunden välja sina svar; förklara vad en fråga betyder om kunden är osäker.',
        'Visa var tjänstens egna kontaktuppgifter för rådgivning finns, för senare frågor.',
        'Uppmuntra kunden att pröva varje steg, så att kunden klarar sig själv nästa gång.',
      ],
      avoid: [
        'Logga inte in åt kunden och skriv inte in kundens identifiering.',
        'Bestäm inte svaren och skriv inte besvär eller fritextutredningar åt kunden.',
        'För inga anteckningar om kundens uppgifter.',
        'Skicka inte kunden någon annanstans för att få hjälp med er egen tjänst.',
      ],
    },
    'refer-service-owner': {
      title: 'Hänvisa ärendet till tjänsteägaren',
      action: 'Nämn tjänsteägarens rådgivningskanal och berätta vad kunden bör ha till hands vid kontakten.',
      steps: [
        'Berätta vems tjänst det är: den myndighet, bank, det försäkringsbolag eller företag som driver den.',
        'Leta upp rådgivningskanalen som anges i tjänsten (chatt, telefon, servicepunkt) och visa den för kunden.',
        'I bank- och försäkringsärenden, hänvisa till bankens eller försäkringsbolagets egen kundservice.',
        'Om det är oklart vem som ansvarar, föreslå Medborgarrådgivningen; kontrollera först dess nuvarande namn och tillgänglighet.',
        'Berätta vad kunden bör ha till hands: eget identifieringsverktyg, brevet eller beslutet och sina frågor.',
      ],
      avoid: [
        'Svara inte för en annan organisations räkning om dess regler eller ärendets innehåll.',
        'Skicka inte iväg kunden tomhänt: hjälp kunden att hitta rätt kanal.',
        'Lär inte ut nätbanken från början och ge inga råd i bankärenden.',
      ],
    },
    'refer-general-support': {
      title: 'Hänvisa till allmänt digitalt stöd',
      action: 'Hänvisa kunden till allmänt digitalt stöd, till exempel ett bibliotek eller en punkt för digitalt stöd, för hjälp med enheten eller färdigheterna.',
      steps: [
        'Förklara att din servicepunkt hjälper med din organisations egna tjänster, inte med enheter eller allmänna färdigheter.',
        'Hänvisa till allmänt digitalt stöd i närheten, till exempel biblioteket eller en punkt för digitalt stöd.',
        'Ge plats, öppettider eller bokningsuppgifter om du har dem.',
        'Om kunden också har ett ärende hos din organisation, hjälp med det som vanligt.',
      ],
      avoid: [
        'Åta dig inte handledning i enheter eller färdigheter som din servicepunkt inte erbjuder.',
        'Skicka inte iväg kunden utan att berätta var det finns hjälp.',
      ],
    },
    'general-support': {
      title: 'Ge allmänt digitalt stöd',
      action: 'Hjälp med enheten, digitala färdigheter och att hitta den officiella tjänsten och dess offentliga anvisningar, och lämna ärendets innehåll till tjänsteägaren.',
      steps: [
        'Hjälp med enheten och färdigheterna: inställningar, appbutik, e-post, webbläsare.',
        'Hjälp kunden att hitta den officiella tjänsten via dess kända adress och öppna dess offentliga anvisningar.',
        'Lämna frågor om innehållet, som vad man ska ansöka om eller svara, till tjänsteägaren och visa dess rådgivningskanal.',
        'Installera bara det som avtalats, på kundens egen enhet och med kundens eget konto i appbutiken.',
        'Låt kunden göra stegen själv, så att kunden klarar sig på egen hand nästa gång.',
      ],
      avoid: [
        'Ge inga råd om innehållet i kundens ärende, till exempel vad kunden ska svara.',
        'Gör inga betalningar eller annat som kan leda till ekonomisk förlust för kunden.',
        'Rekommendera inte något visst företag, märke eller någon avgiftsbelagd app.',
        'Hjälp inte via privat telefon, privat chattapp eller tillfälligt fjärrstyrningsverktyg.',
      ],
    },
    'no-supporter-device-login': {
      title: 'Logga aldrig in kunden på din arbetsenhet',
      action: 'Låt kunden logga in på sin egen enhet eller på den gemensamma kundenheten, aldrig på din arbetsenhet.',
      steps: [
        'Be kunden använda sin egen telefon eller dator, eller den gemensamma kundenheten.',
        'Använd din egen skärm bara för att visa offentliga sidor och anvisningar, utan att logga in.',
        'Förklara varför: din enhet kan spara kundens uppgifter, och identifieringen är kundens egen.',
        'Om ingen annan enhet finns, erbjud tjänstens icke-digitala kanal eller en ny tid.',
      ],
      avoid: [
        'Låt inte kunden logga in på din arbetsdator eller arbetstelefon.',
        'Logga inte in med dina egna koder för att visa kunden dennes uppgifter.',
        'Spara inte kundens filer eller dokument på din enhet.',
      ],
    },
    'shared-device-care': {
      title: 'Gemensam enhet: lämna inga spår',
      action: 'Se till att kunden loggar ut ur alla tjänster och att webbläsardata och nedladdningar raderas innan kunden lämnar den gemensamma enheten.',
      steps: [
        'Vägled kunden på den gemensamma enheten som vanligt: kunden loggar in och använder den själv.',
        'Be kunden logga ut ur alla tjänster som använts innan kunden går.',
        'Töm webbläsarens data, till exempel historik och cacheminne, enligt er lokala anvisning.',
        'Ta bort nedladdade eller sparade filer medan kunden ännu är på plats.',
        'Kontrollera att enheten är tömd innan nästa kund.',
      ],
      avoid: [
        'Lämna inte en session öppen åt nästa person.',
        'Bläddra inte i en öppen session för att kontrollera kundens ärende.',
        'Spara inte kundens dokument på den gemensamma enheten eller på din egen.',
      ],
    },
    'customer-privacy': {
      title: 'Kunden bestämmer vad du ser',
      action: 'Låt kunden bestämma vad du ser: vägled muntligt och titta bort från känsliga vyer och när koder skrivs in.',
      steps: [
        'Fråga vad kunden vill visa, och respektera det.',
        'Vägled muntligt, eller med hjälp av en offentlig sida, i stället för att titta på kundens skärm.',
        'Titta bort när kunden skriver in koder eller öppnar känsliga uppgifter.',
        'Berätta att du kan se personuppgifter när du hjälper och att du behandlar dem konfidentiellt.',
      ],
      avoid: [
        'Ta inte enheten och läs inte skärmen utan att fråga.',
        'Läs inte upp och kommentera inte kundens personuppgifter.',
        'Berätta inte för någon vad du såg.',
      ],
    },
    'data-loss-risk': {
      title: 'Installationer och inställningar: risk för dataförlust',
      action: 'Påminn kunden om att enheten, dess data och de avtalade installationerna är kundens ansvar, och be kunden säkerhetskopiera först.',
      steps: [
        'Kom överens med kunden om exakt vad som ska installeras eller ändras.',
        'Berätta att enheten, dess data och installationerna är kundens ansvar och att data kan gå förlorade.',
        'Föreslå att viktiga data säkerhetskopieras före ändringar.',
        'Låt kunden göra stegen själv, med sitt eget konto i appbutiken och sina egna lösenord.',
        'Ändra bara det som avtalats.',
      ],
      avoid: [
        'Logga inte in i appbutiken med ditt eget konto.',
        'Ändra inte andra inställningar för att städa upp.',
        'Lova inte att inga data går förlorade.',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Målet är självständighet',
      text: 'Digitalt stöd hjälper människor att använda e-tjänster och enheter så att de senare klarar sig tryggt på egen hand. Uppmuntra kunden att göra stegen själv.',
    },
    P2: {
      title: 'Former av digitalt stöd',
      text: 'Stöd ges som fjärrstöd, närstöd (servicepunkter, kamratstöd, stöd i hemmet) och utbildningar. Anvisningen rekommenderar att varje organisation fastställer vilket stöd den erbjuder.',
    },
    P3: {
      title: 'Stöd era egna tjänster',
      text: 'Enligt förvaltningslagen ska en myndighet ge kunderna råd om hur dess egna tjänster används, och varje e-tjänst ska visa var man får hjälp.',
    },
    P4: {
      title: 'Två slag av digitalt stöd',
      text: 'Digitalt stöd i servicesituationer är myndighetens hjälp med dess egna ärenden och tjänster som hör till dem, också på en gemensam kundenhet. Allmänt digitalt stöd, t.ex. på bibliotek, omfattar inte ärenden; det bygger på offentliga anvisningar och öppna tjänster, till exempel kundens egen telefon.',
    },
    P5: {
      title: 'Ärende eller allmän användning (vår tolkning)',
      text: 'Vår tolkning, ännu inte bekräftad av DVV: vid en punkt för allmänt digitalt stöd kan du hjälpa med enheten och med att hitta och öppna den officiella tjänsten och dess offentliga anvisningar. Innehållet i kundens ärende hör till tjänsteägaren.',
    },
    P6: {
      title: 'Tjänster som hör till (vår tolkning)',
      text: 'Vår tolkning av materialet bakom kompetensmärket: till er egen tjänst hör sannolikt inloggningen i den, Suomi.fi-meddelanden i kundens ärende och Suomi.fi-fullmakter i tjänsten. Inte bekräftat av DVV.',
    },
    P7: {
      title: 'Rådgivning i myndighetsärenden är en offentlig uppgift',
      text: 'Experter vid finansministeriet ser hjälp med myndighetsärenden som en offentlig uppgift som i princip inte lämnas till utomstående. En privat aktör får ge teknisk support för en digital tjänst bara om en lag tillåter det.',
    },
    P8: {
      title: 'Hänvisa rätt',
      text: 'Om ärendet inte hör till din organisations behörighet, hänvisa kunden till den behöriga myndigheten. Medborgarrådgivningen hjälper att hitta rätt tjänst; kontrollera dess nuvarande namn och tillgänglighet.',
    },
    P9: {
      title: 'Känn dina gränser',
      text: 'Enligt den etiska anvisningen behöver du inte kunna allt, och du ska känna igen gränserna för ditt kunnande. Vår tolkning av det sammanfattade materialet: när ärendet går utöver ditt kunnande, hänvisa kunden vidare.',
    },
    P10: {
      title: 'Uträtta inte ärenden för kundens räkning',
      text: 'Den som ger digitalt stöd sköter inte kundens ärende, till exempel fyller i, skickar in eller betalar. Ärenden för någon annans räkning sköts med Suomi.fi-fullmakter av en person som kunden har gett fullmakt.',
    },
    P11: {
      title: 'Kunden loggar in själv',
      text: 'I tjänster som kräver stark autentisering loggar kunden in själv och ger inga lösenord eller bankkoder till den som ger stöd. Ingen får använda en annan persons identifieringsverktyg.',
    },
    P12: {
      title: 'Bankärenden hör till banken',
      text: 'Punkter för allmänt digitalt stöd, som bibliotek, lär inte ut nätbanken från början och ger inga råd i bankärenden som lån; de hjälper bara med enkla tekniska saker. Resten sköts med banken.',
    },
    P13: {
      title: 'Kundens enhet, kundens ansvar',
      text: 'Kunden ansvarar för sin enhet, dess data och de installationer som avtalas, och data kan gå förlorade. Reparationer, borttagning av skadlig programvara, byte av operativsystem och stora uppdateringar hör inte till digitalt stöd.',
    },
    P14: {
      title: 'Bara officiella kanaler',
      text: 'Stöd ges bara via organisationens egna kanaler och annonserade tillfällen. God praxis: inga privata telefonnummer, privata chattappar eller tillfälliga fjärrskrivbordsverktyg.',
    },
    P15: {
      title: 'Tystnadsplikt',
      text: 'Bibliotekens regler för digitalt stöd ålägger personalen tystnadsplikt om det de ser. På andra håll följer du din organisations egna regler om sekretess och tystnadsplikt.',
    },
    P16: {
      title: 'Kunden bestämmer vad som visas',
      text: 'Vår tolkning av det sammanfattade materialet: kunden bestämmer vilka personuppgifter som visas, och du anpassar dig genom att vägleda muntligt och titta bort. Kunden bör veta att personalen kan se personuppgifter under stödet.',
    },
    P17: {
      title: 'Spara inga kunduppgifter',
      text: 'God praxis: anteckna, fotografera eller spara inte kundens koder, personuppgifter eller dokument. Det följer av principerna om koder och konfidentialitet.',
    },
    P18: {
      title: 'Lämna inget på gemensamma enheter',
      text: 'På en dator som även andra har tillgång till ska man logga ut ur alla tjänster och tömma webbläsarens data innan man går. God praxis: kontrollera att det görs på er organisations gemensamma enhet.',
    },
    P19: {
      title: 'Se upp för nätfiske',
      text: 'Bedragare stjäl bankkoder med falska webbplatser som liknar myndigheternas och som nås via länkar och sökresultat; öppna tjänster via deras kända officiella adress. God praxis: gör en paus när du misstänker bedrägeri eller påtryckning.',
    },
    P20: {
      title: 'Kommersiell neutralitet',
      text: 'God praxis: styr inte kunden till en viss bank, operatör, enhet eller avgiftsbelagd app; förklara typer, inte märken. Bibliotekens yrkesetik kräver redan opartiskhet.',
    },
    P21: {
      title: 'Identifiering bara när det behövs',
      text: 'En myndighet får kräva elektronisk identifiering bara när åtkomsträtt eller rättsverkningar kräver det, inte för offentlig information eller tomma blanketter. En kund utan identifieringsverktyg kan alltså få hjälp med dem.',
    },
    P22: {
      title: 'Verktyg för stark autentisering',
      text: 'Stark autentisering sker med bankkoder, mobilcertifikat eller medborgarcertifikatet på polisens identitetskort. Medborgarcertifikatet måste aktiveras och kräver kortläsare, kortläsarprogram och PIN-koder.',
    },
    P23: {
      title: 'Suomi.fi-fullmakter',
      text: 'En vuxen kan ge en betrodd person fullmakt för valda ärenden; fullmaktstagaren loggar in med sin egen identifiering, och varje e-tjänst avgör om ärenden kan skötas för någon annan i den. Den som inte kan ge fullmakt elektroniskt kan få den registrerad genom ansökan; vårdnadshavare sköter minderårigas ärenden.',
    },
    L1: {
      title: 'Rådgivningsskyldighet (förvaltningslagen)',
      text: 'Enligt 8 § i förvaltningslagen (434/2003) ger myndigheten inom sin behörighet avgiftsfritt råd om hur ett ärende sköts och hänvisar vid behov till behörig myndighet. Att skriva kundens handlingar hör inte till rådgivningen.',
    },
    L2: {
      title: 'Lagen om tillhandahållande av digitala tjänster',
      text: 'Lagen kräver att en myndighets digitala tjänst anger en kontakt för råd om hur tjänsten används. Icke-bindande anvisningar säger att myndigheter bör ordna tillräckligt stöd och erbjuda det aktivt.',
    },
    L3: {
      title: 'Digitalt först',
      text: 'Regeringens mål är att stegvis göra digitala tjänster till den primära kanalen i kontakten med myndigheter. Lagförslag i ämnet var under behandling 2025–2026; kontrollera vad som gäller innan du stöder dig på dem.',
    },
    L4: {
      title: 'Lagen om stark autentisering',
      text: 'Lagen om stark autentisering och betrodda elektroniska tjänster (617/2009) definierar stark autentisering. Enligt Suomi.fi:s anvisningar får ingen använda en annan persons identifieringsverktyg.',
    },
    L5: {
      title: 'Rättslig grund för Suomi.fi-fullmakter',
      text: 'DVV tillhandahåller Suomi.fi-fullmakter med stöd av lagen om förvaltningens gemensamma stödtjänster för e-tjänster (571/2016).',
    },
    L6: {
      title: 'Gemensam kundservice (vår tolkning)',
      text: 'Vår tolkning, som ska bekräftas med din organisation: om din servicepunkt sköter en annan myndighets ärenden inom gemensam kundservice i den offentliga förvaltningen kan de tjänsterna räknas som era egna.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Er tjänsts egna kontaktuppgifter för rådgivning',
      detail: 'Telefon, chatt eller servicepunkt som anges i er organisations e-tjänst; ge dem för senare frågor.',
    },
    'service-owner-advice': {
      name: 'Tjänsteägarens rådgivningskanal',
      detail: 'Chatt, telefon eller servicepunkt som anges i den andra organisationens tjänst; för frågor om ärendets innehåll.',
    },
    'bank-or-insurer': {
      name: 'Kundens bank eller försäkringsbolag',
      detail: 'Dess egen kundservice, för bank- och försäkringsärenden, att komma i gång med nätbanken och bankkoder.',
    },
    'public-service-info': {
      name: 'Medborgarrådgivningen',
      detail: 'Rådgivning som hänvisar till rätt myndighet och hjälper med Suomi.fi-fullmakter; kontrollera nuvarande namn och tillgänglighet.',
    },
    'bank-blocking': {
      name: 'Bankens spärrtjänst',
      detail: 'Ring genast om koderna kan ha hamnat hos en bedragare; ta numret från bankens egen webbplats, inte från ett meddelande.',
    },
    police: {
      name: 'Polisen',
      detail: 'Anmäl bedrägeri eller bedrägeriförsök till polisen; ring 112 i nödsituationer.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi-fullmakter',
      detail: 'Elektronisk fullmakt för valda ärenden; fullmaktstagaren använder sin egen identifiering. När en närstående ska sköta ärenden.',
    },
    'authorisation-by-application': {
      name: 'Fullmakt genom ansökan eller med hjälp på plats',
      detail: 'För kunder som inte kan ge fullmakt elektroniskt; vissa välfärdsområden hjälper på plats. Se Suomi.fi.',
    },
    'e-id-issuers': {
      name: 'Utfärdare av verktyg för stark autentisering',
      detail: 'Banker (bankkoder), teleoperatörer (mobilcertifikat), polisen (identitetskort, medborgarcertifikat); inga märken.',
    },
    'non-digital-channel': {
      name: 'Tjänstens icke-digitala kanal',
      detail: 'Tjänsteägarens telefon, pappersblankett eller servicepunkt, för kunder som inte kan använda e-tjänsten.',
    },
    'general-digital-support': {
      name: 'Allmänt digitalt stöd',
      detail: 'Bibliotek och punkter för digitalt stöd hjälper med enheter och allmänna färdigheter; kontrollera lokala platser och tider.',
    },
    'repair-service': {
      name: 'En reparationstjänst eller enhetens säljare',
      detail: 'För reparationer, borttagning av skadlig programvara och systemuppgraderingar; hänvisa allmänt, utan att nämna någon butik.',
    },
  },
} as const satisfies TreeText;
