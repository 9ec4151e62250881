/**
 * Standardträdets texter på svenska, med id:na i `../digital-support.tree.ts` som nycklar.
 * Swedish text of the default digital-support tree. Follows tree contract version 2
 * (shared/domain/tree-contract.md: each outcome says at least its "in short" column) and the
 * content review (shared/domain/content-review.md: the verified official names of §1, the
 * Swedish findings of §4.2). Complete and correct comes before short: nothing is cut to fit a
 * byte budget. A step that rests only on INFERRED grounds says so ("vår tolkning", "god praxis").
 */
import type { TreeText } from '../../../tree/tree.types.js';

export const sv = {
  title: 'Digitalt stöd: rätt tillvägagångssätt',

  questions: {
    setting: {
      title: 'Var hjälper jag?',
      help: 'Din organisations kundservice för sina egna tjänster, eller allmänt digitalt stöd? Bibliotekets digitala stöd är allmänt digitalt stöd.',
      options: {
        'service-situation': {
          label: 'Min organisations kundservice',
          hint: 'För organisationens egna tjänster: servicepunkt, egen telefon- eller chattjänst, egna hembesök.',
        },
        'general-support': {
          label: 'Allmänt digitalt stöd',
          hint: 'Bibliotek, förening, kamratstöd, drop in-verksamhet eller en myndighets allmänna digitala stöd, t.ex. stadens handledare för digitalt stöd.',
        },
      },
    },
    circumstances: {
      title: 'Gäller något av detta?',
      help: 'Välj alla som stämmer. Tecken på bedrägeri är en sak; en person som pressar kunden är en annan.',
      options: {
        codes: {
          label: 'Koder eller inloggning åt kunden',
          hint: 'Kunden erbjuder sina koder eller ber dig logga in, eller någon annan använder kundens koder.',
        },
        fraud: {
          label: 'Tecken på bedrägeri',
          hint: 'Länk eller nummer i ett meddelande, bluffsamtal från ”banken”, ”myndigheten” eller ”supporten”, falsk webbplats, krav på att installera en fjärrstyrningsapp, virusvarning som dyker upp.',
        },
        pressure: {
          label: 'Någon pressar kunden',
          hint: 'En anhörig eller någon annan som är med driver på eller bestämmer över kunden.',
        },
        capacity: {
          label: 'Kunden verkar inte kunna förstå eller bestämma själv',
          hint: 'T.ex. minnesproblem eller förvirring.',
        },
        'keep-private': {
          label: 'Vill hålla uppgifterna för sig själv',
          hint: 'Vill inte att du ser skärmen eller personuppgifterna.',
        },
        'install-settings': {
          label: 'Installationer eller inställningar',
          hint: 'En app installeras eller enhetens inställningar ändras.',
        },
        remote: {
          label: 'Jag hjälper på distans',
          hint: 'Per telefon, chatt eller skärmdelning; du ser inte kundens skärm direkt.',
        },
        none: {
          label: 'Inget av detta',
          hint: 'Inget av det ovan stämmer.',
        },
      },
    },
    request: {
      title: 'Vad vill kunden?',
      help: 'Välj det som ligger närmast.',
      options: {
        guidance: {
          label: 'Vill ha vägledning och sköta saken själv',
          hint: 'Kunden gör det själv och du vägleder.',
        },
        'act-for-me': {
          label: 'Vill att jag sköter saken åt kunden',
          hint: 'Du fyller i, skickar in eller betalar åt kunden.',
        },
        proxy: {
          label: 'Vill att en närstående sköter kundens ärenden',
          hint: 'En anhörig eller vän ska sköta kundens ärenden.',
        },
        repair: {
          label: 'Vill ha reparation eller stora uppdateringar',
          hint: 'Reparation, borttagning av skadliga program, byte av operativsystem, stora uppdateringar.',
        },
      },
    },
    owner: {
      title: 'Vems tjänst är det?',
      help: 'Bibliotekets egna tjänster (lånekort, lån, lokalbokning) är dess egna. Tjänster som hör till organisationens eget ärende räknas som egna (vår tolkning). En avliden persons ärenden hör till respektive organisation, som har sitt eget förfarande för dödsbon.',
      options: {
        own: {
          label: 'Min organisations egen',
          hint: 'Också identifiering till tjänsten, organisationens beslut i Suomi.fi-meddelanden och fullmakter för tjänsten (vår tolkning), och för vägledning tjänster enligt ett samserviceavtal.',
        },
        'other-authority': {
          label: 'En annan myndighets',
          hint: 'T.ex. FPA (MittFPA) eller Skatteförvaltningen (MinSkatt). MittKanta är FPA:s, också vid välfärdsområdets disk, om inget lokalt avtal säger annat.',
        },
        'bank-insurer': {
          label: 'En banks eller ett försäkringsbolags',
          hint: 'Nätbanken eller försäkringsbolagets e-tjänst.',
        },
        private: {
          label: 'Ett annat företags',
          hint: 'Butik, teleoperatör eller annat företag.',
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
          hint: 'Ansöka, skicka in, se sitt eget ärende eller sina hälsouppgifter, boka, betala.',
        },
        'general-use': {
          label: 'Allmän användning',
          hint: 'Hitta tjänsten, offentliga anvisningar, hur inloggningen fungerar, inställningar.',
        },
      },
    },
    identification: {
      title: 'Krävs stark autentisering? Kan kunden logga in?',
      help: 'Stark autentisering (stark elektronisk identifiering): bankkoder, mobilcertifikat eller medborgarcertifikat.',
      options: {
        'not-needed': {
          label: 'Behövs inte',
          hint: 'T.ex. offentlig information eller en tom blankett.',
        },
        'customer-logs-in': {
          label: 'Behövs; kunden loggar in själv',
          hint: 'Med sitt eget identifieringsverktyg.',
        },
        'no-eid': {
          label: 'Behövs; kunden saknar identifieringsverktyg',
          hint: 'Inga bankkoder och inget certifikat.',
        },
        'cannot-use': {
          label: 'Behövs; kunden kan inte använda sitt verktyg',
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
          label: 'En kunddator som kunderna delar',
          hint: 'Kunderna använder den i tur och ordning.',
        },
        supporter: {
          label: 'Min arbetsdator eller arbetstelefon',
          hint: 'Enheten du använder i ditt arbete.',
        },
      },
    },
  },

  outcomes: {
    'fraud-stop': {
      title: 'Misstänkt bedrägeri: avbryt',
      action: 'Avbryt, öppna inte länken och ring inte numret i meddelandet, utan gå till tjänsten via dess kända adress.',
      steps: [
        'Gör en paus och berätta för kunden vad som ser misstänkt ut (att avbryta på grund av tecknen är vår tolkning).',
        'Gå till tjänsten via dess kända adress som ni skriver in själva, inte via länkar eller sökresultat.',
        'Har koder lämnats ut (på en webbplats, per telefon eller via en fjärrstyrningsapp), be kunden genast ringa bankens spärrtjänst.',
        'Har kunden förlorat pengar eller koder, föreslå en brottsanmälan till polisen.',
        'På en delad enhet: avsluta sessionen, logga ut och töm webbläsarens data.',
        'Påminn om att myndigheter och banker aldrig ber om koder per telefon, sms eller e-post.',
      ],
    },
    'decline-repair': {
      title: 'Avböj reparationer, hänvisa neutralt',
      action: 'Förklara att reparationer och stora uppdateringar inte ingår i digitalt stöd hos myndigheter och bibliotek, och hänvisa neutralt vidare.',
      steps: [
        'Säg vänligt att reparationer, borttagning av skadliga program, byte av operativsystem och stora uppdateringar inte ingår i digitalt stöd hos myndigheter och bibliotek.',
        'Hänvisa till en reparationstjänst eller till säljaren, utan att nämna någon butik.',
        'Påminn kunden om att säkerhetskopiera sina data först.',
        'Små uppdateringar och appinstallationer som ni kommer överens om är däremot digitalt stöd.',
      ],
    },
    'capacity-concern': {
      title: 'Kunden kanske inte förstår eller kan bestämma',
      action: 'Hjälp inte kunden att ge fullmakt eller göra åtaganden så länge det är oklart om kunden förstår dem, och bestäm inte åt kunden.',
      steps: [
        'Kom ihåg att en fullmakt förutsätter att kunden förstår vad den innebär (Suomi.fi); för avtal och betalningar gäller detsamma (vår tolkning).',
        'Vänta med fullmakter, avtal och betalningar så länge det är oklart.',
        'Fråga om kunden redan har en intressebevakare eller en intressebevakningsfullmakt som Myndigheten för digitalisering och befolkningsdata (DVV) har fastställt; då sköter den personen saken inom sitt uppdrag.',
        'Följ din organisations förfarande eller rådgör med socialtjänsten.',
      ],
    },
    'safeguard-customer': {
      title: 'Kunden bestämmer själv',
      action: 'Tala med kunden mellan fyra ögon, ge tid och gör bara det som kunden själv bestämmer.',
      steps: [
        'Be vänligt den som är med att vänta en stund, och tala med kunden mellan fyra ögon (god praxis).',
        'Ge kunden tid; inget behöver avgöras i dag.',
        'Fråga vad kunden själv vill, och gör bara det.',
        'Vill kunden själv att någon sköter saken, berätta om lagliga vägar som Suomi.fi-fullmakter.',
        'Kan en äldre person bli utnyttjad: följ din organisations förfarande, t.ex. en orosanmälan (anmälan om en äldre persons servicebehov) till socialtjänsten.',
      ],
    },
    'keep-credentials-private': {
      title: 'Koderna är personliga',
      action: 'Ta inte emot, skriv inte in, titta inte på och anteckna inte kundens koder; kunden loggar in själv.',
      steps: [
        'Säg vänligt att bara kunden själv får använda sina koder; inte heller en anhörig eller en tolk får använda dem.',
        'På plats: titta bort när kunden skriver in koderna, och vägled med ord.',
        'Per telefon eller skärmdelning: be aldrig kunden läsa upp koder, och be kunden pausa delningen medan koderna skrivs in (god praxis).',
        'Påminn om att myndigheter och banker aldrig ber om koder per telefon eller i meddelanden.',
        'Vill någon annan sköta ärendet, berätta om Suomi.fi-fullmakter.',
      ],
    },
    'own-channel': {
      title: 'Organisationens egen kanal',
      action: 'Erbjud att ärendet sköts i organisationens egen kanal (vid disken, per telefon eller på papper) där tjänsten tillåter det.',
      steps: [
        'Ärendet är organisationens eget: kontrollera vilka kanaler tjänsten har (besök, telefon, blankett).',
        'Ett ärende inleds skriftligen, men med myndighetens samtycke också muntligt (förvaltningslagen 19 §).',
        'Ett ombud med skriftlig fullmakt kan sköta ärendet i organisationens kanal (kontrollera lokalt).',
        'Sköt ärendet som organisationens egen service, i organisationens eget system.',
        'Vid en samservicepunkt hjälper servicerådgivaren till, men avgör inte ärendet.',
      ],
    },
    'not-on-behalf': {
      title: 'Sköt inte ärendet i kundens namn i e-tjänsten',
      action: 'Sköt inte ärendet i kundens namn i en e-tjänst; erbjud vägledning, Suomi.fi-fullmakter eller tjänstens icke-digitala kanal.',
      steps: [
        'Säg vänligt att du inte fyller i, skickar in eller betalar i kundens namn i en e-tjänst.',
        'Erbjud vägledning steg för steg medan kunden gör det själv, eller förklara Suomi.fi-fullmakter.',
        'Gäller det organisationens egen tjänst, erbjud dess pappers-, telefon- eller besöksservice; när organisationen själv sköter ärendet är det inget ombudskap.',
        'Gäller det någon annans tjänst, hänvisa till tjänstens egen icke-digitala kanal.',
        'Ber kunden dig läsa upp ett brev (t.ex. i MittFPA eller Suomi.fi-meddelanden) eller det som står på skärmen, kan du göra det; det är inte att agera för kunden (vår tolkning). Frågor om innehållet går till avsändaren.',
      ],
    },
    'e-authorizations': {
      title: 'För någon annans räkning: Suomi.fi-fullmakter',
      action: 'Förklara att ärenden för någon annans räkning i e-tjänster sköts med Suomi.fi-fullmakter, aldrig av stödgivaren: den betrodda personen loggar in med sin egen identifiering.',
      steps: [
        'En vuxen kan ge en betrodd person fullmakt för valda ärenden; varje e-tjänst avgör om fullmakter fungerar i den.',
        'Den betrodda personen loggar in med sin egen identifiering och skickar en begäran om fullmakt; kunden godkänner den på nätet eller, utan identifieringsverktyg, vid ett serviceställe hos Myndigheten för digitalisering och befolkningsdata (DVV).',
        'Kan kunden inte besöka ett serviceställe: fullmakt med ansökan.',
        'Vårdnadshavare sköter i regel sina minderåriga barns ärenden utan fullmakt; vissa tjänster har begränsningar.',
        'Har kunden en intressebevakare: vad kunden och intressebevakaren får göra beror på intressebevakningen, så kontrollera det.',
        'Banker och försäkringsbolag har egna fullmakter: fråga banken eller försäkringsbolaget.',
        'Efter ett dödsfall hör ärendena till dödsboet: använd aldrig den avlidnas koder och lita inte på fullmakter som den avlidna gav (Skatteförvaltningen godtar dem till exempel inte efter dödsfallet). Varje organisation har sitt eget förfarande för dödsbon: hänvisa dit.',
      ],
    },
    'no-eid-alternatives': {
      title: 'Inget användbart identifieringsverktyg: erbjud alternativ',
      action: 'Hjälp med det som inte kräver identifiering, förklara identifieringsverktygen neutralt och erbjud andra vägar.',
      steps: [
        'Hjälp med offentlig information och tomma blanketter; de kräver ingen identifiering.',
        'Förklara typerna och vem som utfärdar dem: bankkoder (banker), mobilcertifikat (teleoperatörer), medborgarcertifikat på identitetskortet (kortet utfärdas av polisen).',
        'En kund från utlandet kan kanske logga in med ett annat EU-lands anmälda (eIDAS) identifieringsverktyg eller, utan finländsk personbeteckning, med appen Finnish Authenticator, men bara i tjänster som godtar dem: kontrollera i tjänsten.',
        'Erbjud tjänstens kanal per telefon, på papper eller på plats.',
        'Berätta att kunden kan ge en betrodd person fullmakt (Suomi.fi-fullmakter), om kunden förstår vad det innebär.',
      ],
    },
    'guide-own-service': {
      title: 'Vägled i organisationens egen tjänst',
      action: 'Vägled kunden steg för steg medan kunden själv använder enheten och sköter ärendet.',
      steps: [
        'Låt kunden själv använda enheten och logga in.',
        'Ge råd om förfarandet: vad man kan ansöka om, var och när (rådgivningsskyldigheten inom myndighetens behörighet).',
        'Förklara vad en fråga betyder och låt kunden själv välja svaret.',
        'Hos en statlig myndighet och hos myndigheter i tvåspråkiga kommuner och välfärdsområden får kunden använda finska eller svenska (språklagen 423/2003, 10 §): fråga vid behov vilket språk kunden vill använda. För samiska gäller samiska språklagen: kontrollera praxis lokalt.',
        'Är en tolk med, tala till kunden och inte till tolken; kunden gör stegen själv (god praxis).',
        'Visa tjänstens kontaktuppgifter för rådgivning.',
      ],
    },
    'refer-service-owner': {
      title: 'Hänvisa till den som ansvarar för tjänsten',
      action: 'Säg vems tjänsten är, ge dess officiella adress och rådgivningskanal och säg vad kunden ska ha till hands.',
      steps: [
        'Säg vilken organisation tjänsten hör till: myndighet, bank, försäkringsbolag eller företag.',
        'Ge tjänstens officiella adress och den rådgivningskanal som anges i själva tjänsten.',
        'Be kunden ha till hands sitt eget identifieringsverktyg, brevet eller beslutet och sina frågor.',
        'Är det oklart vem som ansvarar, föreslå Medborgarrådgivningen (kontrollera nuvarande namn).',
      ],
    },
    'refer-general-support': {
      title: 'Hänvisa till allmänt digitalt stöd',
      action: 'Hänvisa hjälp med kundens egen enhet, allmänna färdigheter och allmän användning av andras tjänster till allmänt digitalt stöd.',
      steps: [
        'Förklara att organisationen stöder sina egna tjänster, inte kundens egen enhet, allmänna färdigheter eller allmän användning av andra organisationers tjänster.',
        'Hänvisa till allmänt digitalt stöd, t.ex. bibliotek eller punkter för digitalt stöd, och ge plats och tider (se din organisations kontaktuppgifter).',
        'Hjälp som vanligt med organisationens egna ärenden, också på organisationens kunddator.',
      ],
    },
    'general-support': {
      title: 'Ge allmänt digitalt stöd',
      action: 'Hjälp med enheten, färdigheterna och att hitta den officiella tjänsten; ärendets innehåll hör till den som ansvarar för tjänsten.',
      steps: [
        'Hjälp med enheten och digitala färdigheter: inställningar, appbutik, e-post, webbläsare.',
        'Hjälp kunden hitta den officiella tjänsten via dess kända adress och dess offentliga anvisningar.',
        'Hänvisa frågor om ärendets innehåll till den som ansvarar för tjänsten.',
        'Enkel teknisk hjälp med nätbanken går bra; råd i bankärenden ger banken.',
        'Är en tolk med, tala till kunden och inte till tolken; kunden gör stegen själv (god praxis).',
      ],
    },
    'remote-support': {
      title: 'Stöd på distans: telefon, chatt, skärmdelning',
      action: 'Använd bara organisationens officiella verktyg och låt kunden ha kontrollen över skärmdelningen.',
      steps: [
        'Kontrollera vem du talar med innan ni går in på kundens ärende.',
        'Använd bara organisationens officiella kanaler och verktyg.',
        'Kunden startar och avslutar skärmdelningen och behåller kontrollen.',
        'Be kunden pausa delningen medan koder skrivs in.',
        'Be kunden läsa upp text på skärmen, men aldrig koder.',
      ],
    },
    'no-supporter-device-login': {
      title: 'God praxis: kunden loggar inte in på din arbetsdator eller arbetstelefon',
      action: 'Låt kunden logga in på sin egen enhet eller på kunddatorn, aldrig på din arbetsdator eller arbetstelefon (god praxis).',
      steps: [
        'Be kunden använda sin egen enhet eller kunddatorn.',
        'Använd din skärm bara för offentliga sidor.',
        'Finns ingen enhet, erbjud en annan kanal eller tid.',
        'Skälet (vår tolkning): kundens inloggning och filer ska inte bli kvar på din enhet.',
      ],
    },
    'shared-device-care': {
      title: 'Delad enhet: lämna inga spår',
      action: 'Hjälp kunden använda den delade enheten för ärendet och se till att inget blir kvar på den.',
      steps: [
        'Hjälp kunden använda den delade enheten för ärendet.',
        'Be kunden logga ut ur alla tjänster.',
        'Töm webbläsarens data (historik, cacheminne, kakor) enligt din lokala anvisning innan kunden går.',
        'Ta bort nedladdningar, skanningar och utskriftsjobb innan kunden går (skanningar och utskrifter: vår tolkning).',
        'Kontrollera att enheten är ren innan nästa kund (god praxis).',
      ],
    },
    'customer-privacy': {
      title: 'Kunden bestämmer vad du ser',
      action: 'Låt kunden bestämma vad som visas, och håll det du ser konfidentiellt.',
      steps: [
        'Säg att du kan komma att se personuppgifter och att du håller dem konfidentiella.',
        'Myndigheternas personal har tystnadsplikt; frivilliga följer sin organisations regler (kontrollera grunden lokalt).',
        'Fråga vad kunden vill visa, och vägled med ord.',
        'Titta bort från känsliga skärmar och när kunden skriver in koder; på distans låter du kunden välja vad som delas.',
      ],
    },
    'data-loss-risk': {
      title: 'Installationer och inställningar: risk för dataförlust',
      action: 'Säg att kunden ansvarar för enheten, dess data och installationerna ni kommer överens om, och be kunden säkerhetskopiera först.',
      steps: [
        'Berätta att data kan gå förlorade.',
        'Be kunden säkerhetskopiera viktiga data först.',
        'Kom överens om exakt vad som ändras, och ändra bara det.',
        'Låt kunden använda sitt eget konto i appbutiken.',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Målet är självständighet',
      text: 'Låt kunden göra stegen själv och lära sig klara sig på egen hand.',
    },
    P3: {
      title: 'Stöd organisationens egna tjänster',
      text: 'Myndigheten ska ge råd om sina egna tjänster (förvaltningslagen), och varje tjänst ska ange var man får hjälp.',
    },
    P4: {
      title: 'Två slag av digitalt stöd',
      text: 'Stöd i servicesituationer gäller främst egna ärenden, tjänster som hör till dem och användning av en delad kunddator; allmänt digitalt stöd omfattar inte ärenden.',
    },
    P5: {
      title: 'Ärende eller allmän användning (vår tolkning)',
      text: 'Vår tolkning: allmänt stöd hjälper kunden hitta och öppna tjänsten och dess anvisningar, men ärendets innehåll hör till den som ansvarar för tjänsten.',
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
      text: 'I e-tjänster sköts ärenden för någon annans räkning med Suomi.fi-fullmakter, aldrig av stödgivaren.',
    },
    P11: {
      title: 'Kunden loggar in själv',
      text: 'Kunden loggar in själv och lämnar inte ut sina koder; ingen får använda en annan persons identifieringsverktyg.',
    },
    P12: {
      title: 'Bankärenden hör till banken',
      text: 'Allmänt digitalt stöd lär inte ut nätbanken från grunden och ger inga bankråd; enkel teknisk hjälp går bra.',
    },
    P13: {
      title: 'Kundens enhet, kundens ansvar',
      text: 'Kunden ansvarar för enheten, sina data och avtalade installationer; reparationer ingår inte i digitalt stöd hos myndigheter och bibliotek.',
    },
    P14: {
      title: 'Bara officiella kanaler',
      text: 'Stöd ges bara i organisationens egna kanaler; god praxis: inga privata telefoner eller egna fjärrverktyg.',
    },
    P15: {
      title: 'Tystnadsplikt',
      text: 'Bibliotekens regler kräver tystnadsplikt; myndigheternas personal har lagstadgad tystnadsplikt (kontrollera grunden lokalt); frivilliga följer organisationens regler.',
    },
    P16: {
      title: 'Kunden bestämmer vad som visas',
      text: 'Kunden bestämmer vilka personuppgifter som visas, och stödgivaren anpassar sig, t.ex. genom att titta bort.',
    },
    P17: {
      title: 'Spara inga kunduppgifter',
      text: 'God praxis: anteckna eller spara inte kundens koder eller uppgifter.',
    },
    P18: {
      title: 'Lämna inget på delade enheter',
      text: 'Logga ut ur alla tjänster och töm webbläsarens data; god praxis: kontrollera att det är gjort.',
    },
    P19: {
      title: 'Se upp för nätfiske',
      text: 'Falska webbplatser som liknar myndigheternas stjäl bankkoder; gå till tjänsten via dess kända adress. Vår tolkning: avbryt vid misstänkt bedrägeri.',
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
      text: 'Bankkoder, mobilcertifikat eller medborgarcertifikatet på det identitetskort som polisen utfärdar.',
    },
    P23: {
      title: 'Suomi.fi-fullmakter',
      text: 'En vuxen ger en betrodd person fullmakt för valda ärenden, och fullmaktstagaren loggar in med egen identifiering. Varje tjänst avgör om fullmakter gäller; vårdnadshavare sköter minderårigas ärenden; vid intressebevakning: kontrollera om kunden själv kan ge fullmakt.',
    },
    L1: {
      title: 'Rådgivningsskyldighet',
      text: 'Förvaltningslagen (434/2003) 8 §: myndigheten ger inom sin behörighet avgiftsfria råd och hänvisar vid behov vidare.',
    },
    L2: {
      title: 'Lagen om tillhandahållande av digitala tjänster',
      text: 'En myndighets digitala tjänst ska ange var man får råd om hur tjänsten används.',
    },
    L4: {
      title: 'Lagen om stark autentisering och betrodda elektroniska tjänster',
      text: 'Lag 617/2009 definierar stark autentisering: minst två av tre slag av faktorer (något man vet, har eller är).',
    },
    L5: {
      title: 'Rättslig grund för Suomi.fi-fullmakter',
      text: 'Suomi.fi-fullmakter grundar sig på lag 571/2016.',
    },
    L6: {
      title: 'Samservice (vår tolkning)',
      text: 'Vår tolkning: tjänster enligt ett samserviceavtal kan räknas som egna när det gäller vägledning och råd; samservicen bistår men avgör inte ärenden. Kontrollera lokalt.',
    },
    L7: {
      title: 'Hur ett ärende inleds',
      text: 'Förvaltningslagen (434/2003) 19 §: ärenden inleds skriftligen, eller muntligt om myndigheten går med på det. När organisationen själv tar emot ärendet vid disken, per telefon eller på papper är det dess egen service, inte stödgivaren som agerar för kunden.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Rådgivningskontakter för organisationens tjänst',
      detail: 'Anges i tjänsten.',
    },
    'service-owner-advice': {
      name: 'Rådgivningen hos den som ansvarar för tjänsten',
      detail: 'För frågor om ärendets innehåll; kanalen anges i själva tjänsten.',
    },
    'bank-or-insurer': {
      name: 'Kundens bank eller försäkringsbolag',
      detail: 'Bank- och försäkringsärenden samt bankkoder.',
    },
    'public-service-info': {
      name: 'Medborgarrådgivningen',
      detail: 'Hänvisar till rätt myndighet och hjälper med Suomi.fi-fullmakter; kontrollera nuvarande namn och tillgänglighet.',
    },
    'bank-blocking': {
      name: 'Bankens spärrtjänst',
      detail: 'Ring genast; ta numret från bankens egen webbplats.',
    },
    police: {
      name: 'Polisen',
      detail: 'Brottsanmälan om bedrägeri; ring 112 i nödsituationer.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi-fullmakter',
      detail: 'Fullmaktstagaren använder sin egen identifiering.',
    },
    'authorisation-by-application': {
      name: 'Fullmakt med ansökan, assisterat befullmäktigande',
      detail: 'Om kunden inte kan ge fullmakt på nätet och inte kan godkänna en begäran om fullmakt vid DVV:s serviceställe; assisterat befullmäktigande finns bara på vissa orter.',
    },
    'e-id-issuers': {
      name: 'Utfärdare av identifieringsverktyg',
      detail: 'Banker, teleoperatörer, polisen (identitetskort med medborgarcertifikat); inga märken.',
    },
    'non-digital-channel': {
      name: 'Tjänstens icke-digitala kanal',
      detail: 'Telefon, papper eller på plats.',
    },
    'general-digital-support': {
      name: 'Allmänt digitalt stöd',
      detail: 'Bibliotek och punkter för digitalt stöd; plats och tider finns i din organisations kontaktuppgifter.',
    },
    'repair-service': {
      name: 'Reparationstjänst eller säljare',
      detail: 'Hänvisa allmänt, utan att nämna någon butik.',
    },
    'social-services': {
      name: 'Organisationens förfarande eller socialtjänsten',
      detail: 'Följ först din organisations förfarande; annars kommunens eller välfärdsområdets socialtjänst, t.ex. med en orosanmälan om en äldre person.',
    },
    guardianship: {
      name: 'Intressebevakning',
      detail: 'Intressebevakningen vid Myndigheten för digitalisering och befolkningsdata (DVV) eller en allmän intressebevakare vid en intressebevakningsbyrå; en intressebevakningsfullmakt gäller när DVV har fastställt den.',
    },
  },

  never: {
    'open-message-link': 'Öppna inte länken i ett misstänkt meddelande och tryck inte på en varning som dyker upp.',
    'call-number-in-message': 'Ring inte ett nummer i ett misstänkt meddelande eller i en varning som dyker upp, inte ens för att kontrollera.',
    'install-app-on-request': 'Installera ingen app, till exempel en fjärrstyrningsapp, som en uppringare eller ett meddelande ber om.',
    'log-in-to-suspect-site': 'Logga inte in på en misstänkt webbplats, inte ens för att testa den.',
    'forward-suspect-link': 'Vidarebefordra inte en misstänkt länk eller ett misstänkt meddelande.',
    'help-grant-mandate-or-commit-in-doubt': 'Hjälp inte kunden att ge fullmakt, godkänna en begäran om fullmakt eller binda sig (ansöka, skriva under, betala) medan det är oklart om kunden förstår det.',
    'decide-for-customer': 'Bestäm ingenting åt kunden, inte ens svaren i ett formulär.',
    'act-on-word-of-person-pushing': 'Agera inte på det som den som pressar kunden säger, inte ens om det är en anhörig: agera bara på kundens eget beslut.',
    'let-others-use-customer-codes': 'Låt ingen annan använda kundens koder, varken en anhörig eller en tolk, inte ens med kundens samtycke eller med en fullmakt på papper.',
    'take-or-see-customer-codes': 'Ta inte emot, titta inte på och anteckna inte kundens koder i någon form: muntligt, på papper, som bild, per telefon eller i meddelanden.',
    'log-in-or-type-for-customer': 'Logga inte in åt kunden och skriv inte in kundens koder eller svar: kunden använder enheten själv.',
    'keep-customer-phone-or-code-card': 'Håll inte i och behåll inte kundens telefon eller kodkort, varken medan kunden loggar in eller för att slutföra något senare.',
    'act-in-their-name-in-e-service': 'Sköt inte kundens ärende i en e-tjänst i kundens namn: fyll inte i, skicka inte in och betala inte åt kunden, och logga inte in i tjänsten med kundens eller dina egna koder.',
    'become-customer-proxy': 'Agera inte själv som kundens ombud, varken med fullmakt eller på annat sätt.',
    'log-in-with-own-or-colleague-id': 'Logga inte in med dina egna eller en kollegas koder för att visa kunden tjänsten eller kundens uppgifter.',
    'make-payments-for-customer': 'Gör inga betalningar åt kunden.',
    'take-control-of-customer-login': 'Ta inte över styrningen av kundens enhet medan kunden loggar in.',
    'attempt-repair-or-upgrade': 'Gör inga reparationer, borttagningar av skadliga program, byten av operativsystem eller stora uppdateringar, inte ens ”bara den här gången”.',
    'take-device-away': 'Ta inte med dig kundens enhet och behåll den inte hos dig.',
    'assess-customer-health': 'Ställ ingen diagnos och bedöm inte kundens hälsa högt: bedöm bara om kunden verkar förstå just det här, och berätta om din oro bara för dem som din rutin anger.',
    'turn-away-from-own-channel': 'Avvisa inte kunden för att kunden inte kan använda e-tjänsten, när ärendet kan skötas i organisationens egen kanal: det är organisationens egen service, inte att uträtta ärenden för kundens räkning.',
    'write-customer-documents': 'Skriv inte kundens ansökningar, besvär eller yttranden åt kunden.',
    'send-away-with-nothing': 'Skicka aldrig iväg kunden tomhänt och säg aldrig att ingenting kan göras: nämn alltid en laglig väg vidare och vart och när kunden kan vända sig.',
    'send-elsewhere-for-own-service': 'Skicka inte kunden någon annanstans för att få hjälp med organisationens egen tjänst.',
    'give-binding-answers-on-others-rules': 'Ge inga bindande svar om en annan organisations regler.',
    'advise-on-banking-or-insurance': 'Ge inga råd om innehållet i bank- eller försäkringsärenden: det hör till banken eller försäkringsbolaget.',
    'advise-on-matter-content': 'Ge inga råd om innehållet i en annan organisations ärende (vad kunden ska ansöka om, svara eller fylla i): det hör till dess rådgivning.',
    'use-unofficial-channel-or-tool': 'Använd ingen privat telefon eller chattapp och inga tillfälliga fjärrverktyg, och be inte kunden installera något annat fjärrverktyg än organisationens officiella: ge stöd bara i organisationens officiella kanaler (god praxis).',
    'customer-login-on-work-device': 'Låt inte kunden logga in på din arbetsdator eller arbetstelefon (god praxis).',
    'save-customer-files': 'Spara inte kundens filer eller uppgifter på din enhet eller på en gemensam enhet, inte ens för att kunden ska hämta dem senare.',
    'leave-session-open': 'Lämna inte kundens session öppen för nästa kund.',
    'browse-customer-session-or-files': 'Bläddra inte i kundens öppna session eller filer.',
    'read-screen-unasked': 'Läs inte kundens skärm utan att fråga.',
    'tell-what-you-saw': 'Berätta inte för någon vad du såg av kundens uppgifter.',
    'use-own-account-on-customer-device': 'Använd inte ditt eget konto, till exempel ditt konto i appbutiken, på kundens enhet.',
    'change-beyond-agreed': 'Installera eller ändra ingenting utöver det du har kommit överens om med kunden.',
    'brush-off-worry': 'Avfärda inte kundens oro.',
    'recommend-company-or-brand': 'Rekommendera inte ett visst företag eller märke, till exempel en bank, en operatör, en butik eller en reparationsverkstad.',
    'rush-customer-decision': 'Skynda inte på kundens beslut.',
    'promise-mandates-work-everywhere': 'Lova inte att alla tjänster godtar fullmakter: varje e-tjänst avgör själv.',
    'take-on-teaching-outside-role': 'Åta dig inte handledning i enheter eller digitala färdigheter som din organisation inte erbjuder.',
    'promise-no-data-loss': 'Lova inte att inga data går förlorade.',
  },
} as const satisfies TreeText;
