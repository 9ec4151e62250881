/** Swedish text of the general-support scenarios, keyed by scenario id. */
import type { ScenarioText } from '../../../../scenarios/scenario.types.js';

export const sv = {
  SC02: {
    title: "Vilka inkomster ska anges i ansökan om bostadsbidrag?",
    situation:
      "En kund fyller i en ansökan om allmänt bostadsbidrag från FPA på en av bibliotekets kunddatorer. Han har loggat in med sina egna bankkoder och frågar en anställd vilka inkomster han ska ange.",
    distractors: {
      'tell-which-income': {
        text: "Säg utifrån det han berättar om sin situation vilka inkomster han ska ange.",
        why: "Vad han ska fylla i hör till innehållet i hans ärende: allmänt digitalt stöd hjälper med själva tjänsten, och rätt svar får han av FPA.",
      },
      'fill-in-for-him': {
        text: "Ta över tangentbordet och fyll i inkomstuppgifterna åt honom.",
        why: "Att fylla i hans ansökan är att uträtta ärendet för hans räkning, och han lär sig ingenting till nästa gång.",
      },
      'refuse-all-help': {
        text: "Säg att biblioteket inte alls kan hjälpa till med FPA-ärenden och skicka i väg honom.",
        why: "Han kan ändå få hjälp att öppna FPA:s egna anvisningar och hitta FPA:s rådgivningskanal.",
      },
      'leave-application-open': {
        text: "Lämna ansökan öppen på datorn så att han kan fortsätta efter att ha ringt FPA.",
        why: "En session som lämnas öppen på en gemensam dator kan avslöja hans uppgifter för nästa användare.",
      },
    },
    right: {
      'refer-service-owner': {
        text: "Säg att FPA svarar på vilka inkomster som ska anges, och visa var FPA:s rådgivning finns i tjänsten.",
        why: "Vad han ska ange hör till innehållet i hans FPA-ärende, så rätt svar kommer från FPA och inte från biblioteket.",
      },
      'general-support': {
        text: "Hjälp honom öppna FPA:s egna anvisningar om inkomster för den här ansökan.",
        why: "Att hitta de officiella anvisningarna är allmänt digitalt stöd; blanketten fyller han ändå i själv.",
      },
    },
  },
  SC07: {
    title: "Nytt operativsystem och virusrensning",
    situation:
      "En kund tar med sig en långsam bärbar dator till bibliotekets digihjälp. Han ber personalen installera det senaste operativsystemet och ta bort ett virus som han tror gör datorn långsam.",
    distractors: {
      'start-the-upgrade': {
        text: "Starta uppgraderingen av operativsystemet genast, eftersom det finns tid kvar av handledningen.",
        why: "Uppgraderingar och virusborttagning hör inte till det digitala stödet, och uppgifterna på datorn kan gå förlorade på vägen.",
      },
      'take-laptop-home': {
        text: "Erbjud dig att ta hem datorn över veckoslutet och fixa den där.",
        why: "Då skulle stödgivaren ha kundens apparat och uppgifter i sin besittning utanför den officiella tjänsten, utan att någon ansvarar för vad som händer med dem.",
      },
      'recommend-your-shop': {
        text: "Rekommendera den datoraffär som du själv anlitar, eftersom den har varit pålitlig.",
        why: "Att nämna en favoritfirma är inte neutralt; beskriv hellre vilken sorts reparationstjänst han kan söka sig till.",
      },
      'run-a-free-cleaner': {
        text: "Ladda ner ett gratis rensningsprogram från nätet och kör det på hans dator.",
        why: "Att ta bort skadliga program är reparationsarbete, och ett okänt program kan göra saken värre och kosta honom hans filer.",
      },
    },
    right: {
      'decline-repair': {
        text: "Säg att uppgraderingar och virusrensning inte görs här, och föreslå en reparationstjänst.",
        why: "På bibliotek är reparationer, borttagning av skadliga program och byte av operativsystem inte digitalt stöd; det gör en reparationstjänst, som inte namnges, när uppgifterna först har säkerhetskopierats.",
      },
    },
  },
  SC08: {
    title: "Installera en myndighets app",
    situation:
      "På en drop-in-träff för digitalt stöd vill en kund installera en myndighets officiella app på sin egen telefon men vet inte hur hon hittar den. Hon ber en stödgivare visa hur man gör.",
    distractors: {
      'use-your-store-account': {
        text: "Logga in i appbutiken på hennes telefon med ditt eget konto så går det snabbare.",
        why: "Installationen ska vara hennes egen och göras med hennes eget konto, så att hon själv kan uppdatera och sköta appen senare.",
      },
      'suggest-paid-helper-app': {
        text: "Föreslå en avgiftsbelagd hjälpapp som du själv gillar och som samlar flera tjänster.",
        why: "Att styra henne till en betalprodukt är inte neutralt, och hon behöver bara den officiella appen.",
      },
      'tidy-other-settings': {
        text: "Städa samtidigt upp bland de andra inställningarna i hennes telefon.",
        why: "Ändringar som hon inte har bett om kan överraska henne eller göra att uppgifter försvinner från en apparat som hon själv ansvarar för.",
      },
      'install-it-yourself': {
        text: "Ta telefonen och installera appen själv medan hon väntar.",
        why: "Hon skulle inte lära sig hur det går till, och målet är att hon klarar det på egen hand nästa gång.",
      },
    },
    right: {
      'general-support': {
        text: "Visa henne vägen till appen från myndighetens egen webbplats.",
        why: "Att hitta den officiella appen via den kända adressen är allmänt digitalt stöd, och när hon gör det själv klarar hon det nästa gång.",
      },
      'data-loss-risk': {
        text: "Låt henne använda sitt eget konto i appbutiken, och ändra inget annat i telefonen.",
        why: "Telefonen, dess data och de installationer hon går med på är hennes ansvar, så bara den överenskomna ändringen görs.",
      },
    },
  },
  SC10: {
    title: "Betala en räkning i nätbanken",
    situation:
      "En kund har med sig sin surfplatta till biblioteket och ber en anställd betala hans elräkning i nätbanken åt honom. Han erbjuder sig att läsa upp sina bankkoder så att det går snabbt.",
    distractors: {
      'pay-while-he-reads-codes': {
        text: "Betala räkningen åt honom medan han läser upp sina koder.",
        why: "Bankkoder är personliga, och att betala för någon annans räkning innebär en risk för ekonomisk förlust som en stödgivare inte får ta.",
      },
      'teach-online-banking-from-scratch': {
        text: "Sätt dig ner med honom och lär honom använda nätbanken från grunden.",
        why: "Att komma i gång med nätbanken hör till bankens egen kundtjänst, inte till allmänt digitalt stöd.",
      },
      'keep-code-card-at-desk': {
        text: "Erbjud dig att förvara hans kodkort vid disken till nästa besök.",
        why: "Personalen förvarar aldrig en kunds koder; de stannar hos honom.",
      },
    },
    right: {
      'keep-credentials-private': {
        text: "Avbryt honom innan han läser upp koderna; han knappar in dem själv.",
        why: "Bankkoderna är bara hans: stödgivaren hör, ser eller knappar aldrig in dem.",
      },
      'not-on-behalf': {
        text: "Erbjud dig att handleda honom medan han betalar räkningen själv.",
        why: "Att betala i hans nätbank åt honom vore att uträtta ärendet för hans räkning; att handleda honom är stöd.",
      },
      'refer-service-owner': {
        text: "Ge honom bankens kontaktuppgifter för frågor om nätbanken.",
        why: "Bankärenden hör till banken, som känner sin egen tjänst; biblioteket ger bara enkel teknisk hjälp.",
      },
    },
  },
  SC23: {
    title: "Ett sms om skatteåterbäring",
    situation:
      "En äldre man visar en anställd på biblioteket ett sms som påstås komma från Skatteförvaltningen och utlovar skatteåterbäring via en länk. Sidan som öppnades ber om hans bankkoder, och han vill ha hjälp att fylla i den.",
    distractors: {
      'enter-codes-to-check': {
        text: "Låt honom skriva in sina koder på sidan så att ni tillsammans ser om återbäringen är äkta.",
        why: "Koder som skrivs in på en falsk sida går direkt till bedragaren.",
      },
      'open-link-on-library-computer': {
        text: "Öppna samma länk på en av bibliotekets datorer för att titta närmare på den.",
        why: "Att följa länken upprepar bara risken; den riktiga tjänsten nås via sin kända adress.",
      },
      'call-number-in-message': {
        text: "Ring numret som meddelandet kom från och fråga om återbäringen är äkta.",
        why: "Numret leder till avsändaren, inte till Skatteförvaltningen; skatteärenden kontrolleras i MinSkatt, som öppnas via sin kända adress.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Be honom stänga sidan utan att skriva något och öppna MinSkatt via dess kända adress.",
        why: "Skatteförvaltningen har i offentliga varningar sagt att dess meddelanden aldrig innehåller en direkt länk till MinSkatt; MinSkatt öppnas via sin kända adress.",
      },
    },
  },
  SC24: {
    title: "Ett barnbarn med bråttom",
    situation:
      "En äldre kvinna kommer till en drop-in med sitt vuxna barnbarn, som skyndar på henne att öppna nätbanken så att han kan flytta hennes sparpengar till ett ”säkrare konto”. Hon ser orolig ut och ber stödgivaren logga in med hennes koder så att det blir gjort snabbt.",
    distractors: {
      'log-in-to-calm-things': {
        text: "Logga snabbt in åt henne så att situationen lugnar sig.",
        why: "Stödgivaren använder aldrig en kunds koder, och att skynda på under press är just vad ett bedrägeri bygger på.",
      },
      'let-grandson-use-codes': {
        text: "Låt barnbarnet knappa in hennes koder, eftersom hon har gått med på det.",
        why: "Ingen får använda någon annans identifieringsverktyg, inte ens med samtycke, och pressen på henne är i sig ett varningstecken.",
      },
      'treat-as-normal-banking': {
        text: "Hjälp dem med överföringen som med ett vanligt bankärende, eftersom det är hennes egna pengar.",
        why: "Press att flytta pengar i all hast tyder på ett möjligt bedrägeri, och bankärenden hör i vilket fall som helst till banken.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Avbryt överföringen: ett ”säkrare konto” är ett känt bedrägeriknep.",
        why: "Press att snabbt flytta pengar är ett typiskt tecken på bedrägeri, och banken nås bara via sitt eget kända nummer.",
      },
      'safeguard-customer': {
        text: "Be att få tala med henne mellan fyra ögon, och ge henne tid att bestämma.",
        why: "Hon bestämmer över sina pengar; inget görs på ord av den som pressar henne, inte ens en släkting.",
      },
    },
  },
  SC25: {
    title: "Popup-fönster och en telefon som lämnas över",
    situation:
      "Vid det digitala stödet på ett invånarhus berättar en kund att det hela tiden dyker upp virusvarningar när han surfar på telefonen; en av dem anger ett supportnummer att ringa. Han räcker över telefonen, talar om sin skärmlåskod och sitt lösenord till appbutiken och ber stödgivaren rensa upp den.",
    distractors: {
      'call-number-in-warning': {
        text: "Ring supportnumret i varningen tillsammans med honom, så att experterna där tar bort viruset.",
        why: "Numret i en popup-varning leder till bedragarna, som vill ha betalning, koder eller en app för fjärrstyrning.",
      },
      'install-app-from-warning': {
        text: "Installera säkerhetsappen som varningen erbjuder, med lösenordet till appbutiken som han gav dig.",
        why: "Appar som falska varningar pressar på är ofta just det skadliga, och hans lösenord är inte till för stödgivaren.",
      },
      'clean-phone-with-his-codes': {
        text: "Gå igenom telefonen med hans koder och ta bort allt som ser misstänkt ut.",
        why: "Hans koder är inte till för stödgivaren, och att ta bort skadliga program är reparationsarbete, inte digitalt stöd här.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Säg att han inte ska trycka på varningarna eller ringa numret, och fråga om han redan har ringt.",
        why: "Virusvarningar som dyker upp med ett nummer att ringa är ett vanligt bedrägeri; har koder eller pengar lämnats ut kontaktar han banken och polisen.",
      },
      'keep-credentials-private': {
        text: "Ge tillbaka telefonen och säg att hans koder är bara för honom, inte heller för dig.",
        why: "Stödgivaren använder aldrig en kunds koder; han låser upp telefonen och skriver lösenorden själv.",
      },
    },
  },
  SC26: {
    title: "Lån och en reservation i bibliotekets egen tjänst",
    situation:
      "En kund på biblioteket vill förnya sina lån och reservera en bok i bibliotekets nättjänst på sin egen telefon. Hon loggar in med sitt bibliotekskort och sin PIN-kod och vill helst inte att den anställda ser hennes lånelista.",
    distractors: {
      'say-transactions-not-supported': {
        text: "Säg att det digitala stödet inte omfattar ärenden, så hon får klara det på egen hand.",
        why: "Lån och reservationer är bibliotekets egen tjänst, och biblioteket handleder sina kunder i att använda den.",
      },
      'renew-with-her-pin': {
        text: "Be om hennes PIN-kod och logga in på hennes bibliotekskonto på din arbetsdator för att förnya lånen.",
        why: "PIN-koden är bara hennes och hennes inloggning hör inte hemma på din dator; hon kan förnya lånen själv, eller personalen kan förnya dem vid disken i bibliotekets eget system.",
      },
      'check-loan-list-together': {
        text: "Gå igenom lånelistan tillsammans med henne för att se att alla lån förnyades.",
        why: "Hon valde att hålla listan för sig själv; handled henne med ord och låt henne kontrollera den själv.",
      },
      'renew-on-her-phone-yourself': {
        text: "Ta hennes telefon och förnya lånen själv, eftersom det går snabbare än att förklara.",
        why: "Hon skulle inte lära sig göra det, och du skulle se lånelistan som hon ville hålla för sig själv.",
      },
    },
    right: {
      'guide-own-service': {
        text: "Visa var man förnyar lån och reserverar, och låt henne göra stegen själv.",
        why: "Lånen är bibliotekets egen tjänst, och att handleda kunderna i den hör till bibliotekets uppgifter.",
      },
      'customer-privacy': {
        text: "Ställ dig så att du inte ser hennes skärm, och säg med ord vad hon ska trycka på.",
        why: "Hon bestämmer vad hon visar; lånen förblir hennes egen sak även när du handleder henne.",
      },
    },
  },
  SC27: {
    title: "Recept i MittKanta utan identifieringsverktyg",
    situation:
      "En äldre man sitter vid en av bibliotekets kunddatorer och vill se sina recept i MittKanta. Han har varken bankkoder, mobilcertifikat eller ett identitetskort med medborgarcertifikat.",
    distractors: {
      'show-with-your-own-codes': {
        text: "Logga in i MittKanta med dina egna bankkoder så att han ser hur tjänsten ser ut.",
        why: "En stödgivare använder inte sin egen identifiering i en kunds ärende, och det skulle visa dina hälsouppgifter, inte hans.",
      },
      'say-nothing-can-be-done': {
        text: "Säg att han inte kan göra något utan ett identifieringsverktyg för stark autentisering.",
        why: "Han kan skaffa ett identifieringsverktyg, använda tjänsteägarens icke-digitala kanal eller ge fullmakt åt en person han litar på.",
      },
      'name-a-bank': {
        text: "Säg vilken bank som lättast ger ut koder och skicka honom dit.",
        why: "Förklara vilka slags identifieringsverktyg det finns och var vart och ett fås, utan att välja ett företag.",
      },
      'borrow-spouse-codes': {
        text: "Föreslå att han den här enda gången använder sin frus bankkoder.",
        why: "Ingen får använda någon annans identifieringsverktyg, inte ens sin makas.",
      },
    },
    right: {
      'no-eid-alternatives': {
        text: "Berätta om identifieringsverktygen, vem som utfärdar dem och fullmakter för MittKanta.",
        why: "Också utan identifieringsverktyg har han vägar: skaffa ett, ge en betrodd person fullmakt för MittKanta eller använda tjänstens icke-digitala kanal.",
      },
      'refer-service-owner': {
        text: "Säg att MittKanta är FPA:s tjänst, och ge honom FPA:s rådgivningskanal.",
        why: "Frågor om MittKanta och om hur han får sina receptuppgifter hör till den organisation som ansvarar för tjänsten.",
      },
    },
  },
  SC28: {
    title: "Mammans ärenden på rätt sätt",
    situation:
      "En mamma och hennes vuxna dotter kommer till en drop-in på biblioteket. Dottern har skött mammans skatteärenden med mammans bankkoder, och nu vill de ordna det på rätt sätt; mamman har egna koder och en egen surfplatta.",
    distractors: {
      'carry-on-with-consent': {
        text: "Säg att det går bra att fortsätta använda mammans koder eftersom hon samtycker.",
        why: "Att använda någon annans identifieringsverktyg är inte tillåtet ens med samtycke; dottern ska logga in som sig själv.",
      },
      'write-paper-power-of-attorney': {
        text: "Råd dem att skriva en fullmakt på papper så att dottern kan fortsätta använda koderna.",
        why: "Ett papper gör det inte godtagbart att dela koder; e-tjänsterna kontrollerar elektroniska fullmakter.",
      },
      'promise-one-mandate-for-all': {
        text: "Säg att en enda fullmakt låter dottern sköta alla mammans ärenden överallt.",
        why: "Fullmakter ges för valda ärenden, och varje tjänst avgör om man kan uträtta ärenden för någon annans räkning i den.",
      },
      'offer-to-act-yourself': {
        text: "Erbjud dig att själv sköta mammans skatteärenden när dottern inte hinner.",
        why: "Stödgivaren uträttar inte ärenden för kundens räkning; det gör en person som kunden ger fullmakt.",
      },
    },
    right: {
      'e-authorizations': {
        text: "Förklara att mamman kan ge dottern fullmakt för sina skatteärenden med Suomi.fi-fullmakter.",
        why: "Ärenden för någon annans räkning i e-tjänster sköts med Suomi.fi-fullmakter och den betrodda personens egen identifiering.",
      },
      'general-support': {
        text: "Hjälp dem hitta Suomi.fi-fullmakter via den kända adressen, med anvisningarna.",
        why: "Att hitta den officiella tjänsten och dess offentliga anvisningar är allmänt digitalt stöd; fullmakten ger mamman själv.",
      },
    },
  },
  SC29: {
    title: "Darriga händer och kodappen",
    situation:
      "En äldre kvinna på biblioteket har bankkoder, men darriga händer och dålig syn gör att hon inte kan använda kodappen. Hon borde svara på FPA:s begäran om tilläggsutredning och ber den anställda logga in och skriva svaret åt henne.",
    distractors: {
      'log-in-and-reply-for-her': {
        text: "Logga in med hennes koder och skriv svaret åt henne, eftersom hon inte klarar det själv.",
        why: "Koderna är bara hennes, och att skicka ett svar till FPA i hennes namn är att uträtta ärendet för hennes räkning.",
      },
      'tell-her-to-learn-the-app': {
        text: "Säg att hon helt enkelt får lära sig appen, som alla andra.",
        why: "Hon har ett verkligt hinder, och det finns riktiga alternativ: en betrodd person med fullmakt, ett annat identifieringsverktyg eller FPA:s icke-digitala kanal.",
      },
      'suggest-what-to-write': {
        text: "Föreslå vad hon ska skriva i sitt svar till FPA, så att hon slipper oroa sig.",
        why: "Innehållet i svaret är hennes ärende med FPA, och FPA:s egen rådgivning svarar på frågor om det.",
      },
    },
    right: {
      'keep-credentials-private': {
        text: "Säg vänligt att du inte kan logga in med hennes koder, inte ens för att hjälpa henne.",
        why: "Bara hon får använda sina koder; hennes hinder löses på andra sätt än att stödgivaren loggar in.",
      },
      'not-on-behalf': {
        text: "Svara inte FPA i hennes namn; berätta om FPA:s andra sätt att svara.",
        why: "Att svara FPA i hennes namn vore att uträtta ärendet för hennes räkning; FPA:s egna kanaler står öppna för henne.",
      },
      'e-authorizations': {
        text: "Berätta att en person hon litar på kan sköta ärendet med fullmakt och egen identifiering.",
        why: "Med Suomi.fi-fullmakter sköter en betrodd person hennes ärenden lagligt och loggar in som sig själv.",
      },
    },
  },
  SC30: {
    title: "Säga upp en tilläggstjänst i abonnemanget",
    situation:
      "Vid det digitala stödet på en servicecentral vill en kund säga upp en tilläggstjänst i sitt mobilabonnemang via teleoperatörens webbkonto. Han föreslår att de använder stödgivarens bärbara arbetsdator: han loggar in med sina bankkoder och stödgivaren klickar igenom resten.",
    distractors: {
      'finish-the-cancellation': {
        text: "Gör uppsägningen åt honom när han har loggat in.",
        why: "Att ändra hans avtal är att uträtta ärendet för hans räkning; han ska själv klicka med handledning.",
      },
      'use-your-work-laptop': {
        text: "Låt honom logga in på din arbetsdator eftersom skärmen är större.",
        why: "En kunds inloggning hör inte hemma på stödgivarens arbetsapparat; använd hans egen telefon eller en gemensam kunddator.",
      },
      'suggest-cheaper-operator': {
        text: "Säg vilken operatör som har de billigaste abonnemangen och föreslå att han byter.",
        why: "Att styra en kund till ett visst företag är inte neutralt.",
      },
      'interpret-contract-terms': {
        text: "Förklara för honom vad uppsägningsvillkoren i hans avtal betyder.",
        why: "Frågor om avtalet hör till operatörens kundtjänst, som känner sina egna villkor.",
      },
    },
    right: {
      'not-on-behalf': {
        text: "Handled honom genom uppsägningen; klicken gör han själv.",
        why: "Att ändra hans avtal åt honom vore att uträtta ärendet för hans räkning; med handledning klarar han det själv.",
      },
      'no-supporter-device-login': {
        text: "Be honom logga in på sin egen telefon eller en gemensam kunddator.",
        why: "God praxis (vår tolkning): en kunds inloggning hör inte hemma på stödgivarens arbetsenhet.",
      },
    },
  },
  SC31: {
    title: "Installera bankens app",
    situation:
      "En kund har redan tagit i bruk sina nya nätbankskoder enligt anvisningarna i bankens brev. Nu vill hon installera bankens app på sin egen telefon och ber en anställd på biblioteket hjälpa henne hitta rätt app i appbutiken.",
    distractors: {
      'install-first-search-hit': {
        text: "Sök på bankens namn och installera den första app som dyker upp.",
        why: "Det finns falska appar och webbplatser som ser äkta ut; leta upp appen via bankens egen adress eller anvisningar.",
      },
      'activate-with-her-codes': {
        text: "Logga in i den nya appen åt henne med hennes koder för att se att den fungerar.",
        why: "Koderna är bara hennes; hon loggar in själv, och banken hjälper om appen inte godtar dem.",
      },
      'tour-bank-products': {
        text: "Gå samtidigt igenom bankens låne- och sparprodukter med henne.",
        why: "Råd i bankärenden ger banken, inte det allmänna digitala stödet.",
      },
      'suggest-another-bank': {
        text: "Säg att en annan banks app är enklare och att hon kunde byta bank.",
        why: "Att rekommendera en bank framför en annan är inte neutralt.",
      },
    },
    right: {
      'general-support': {
        text: "Hjälp henne hitta appen via bankens webbplats; frågor om koderna går till banken.",
        why: "Att installera appen är enkel teknisk hjälp; bankens egna anvisningar och kundtjänst svarar på bankfrågor.",
      },
    },
  },
  SC32: {
    title: "Ett beslut i Suomi.fi-meddelanden",
    situation:
      "En kund vill läsa ett beslut som hon har fått i Suomi.fi-meddelanden på en av bibliotekets kunddatorer. Hon loggar in med sina egna bankkoder, ber den anställda gå åt sidan medan brevet är öppet och undrar efteråt om hon borde överklaga.",
    distractors: {
      'read-decision-with-her': {
        text: "Stanna bredvid henne och läs beslutet tillsammans så att du kan förklara det.",
        why: "Hon bestämmer själv vad hon visar; respektera hennes önskan och handled henne med ord på avstånd.",
      },
      'judge-the-appeal': {
        text: "Säg om du tror att ett överklagande skulle lyckas.",
        why: "Om och hur hon överklagar hör till innehållet i hennes ärende; råd om det ger den myndighet som fattade beslutet.",
      },
      'save-to-desktop': {
        text: "Spara beslutet på datorns skrivbord så att hon kan skriva ut det senare.",
        why: "Filer som lämnas på en gemensam dator kan läsas av nästa användare.",
      },
      'let-session-time-out': {
        text: "Låt henne lämna datorn som den är, eftersom sessionen avslutas av sig själv.",
        why: "Hon ska logga ut från alla tjänster och webbläsarens uppgifter ska rensas innan hon lämnar en gemensam dator.",
      },
    },
    right: {
      'refer-service-owner': {
        text: "Säg att myndigheten som fattade beslutet ger råd om överklagande.",
        why: "Om hon ska överklaga hör till innehållet i hennes ärende; besvärsanvisningen i beslutet och myndigheten som fattade det svarar på det.",
      },
      'shared-device-care': {
        text: "Be henne logga ut och rensa webbläsaren innan hon går.",
        why: "Inget av hennes får bli kvar på en gemensam dator för nästa användare att se.",
      },
      'customer-privacy': {
        text: "Gå åt sidan som hon ber medan brevet är öppet, och handled henne med ord.",
        why: "Hon bestämmer vad du ser; du kan hjälpa utan att titta på hennes beslut.",
      },
    },
  },
  SC33: {
    title: "E-post på en ny telefon",
    situation:
      "Vid en kamratstödsträff på ett invånarhus vill en kund ta i bruk e-posten på sin nya telefon och göra texten större. Hon säger att hon helst inte vill att kamratstödjaren ser hennes meddelanden.",
    distractors: {
      'open-inbox-to-test': {
        text: "Öppna hennes inkorg själv och kontrollera att meddelandena kommer fram.",
        why: "Hon bad om att få hålla sina meddelanden för sig själv; låt henne kontrollera inkorgen själv.",
      },
      'type-password-for-her': {
        text: "Knappa själv in hennes e-postlösenord medan hon läser upp det, eftersom hennes fingrar är långsamma.",
        why: "Lösenordet är bara hennes; ge henne tid och handled henne med ord medan hon skriver det.",
      },
      'change-whatever-helps': {
        text: "Ändra alla inställningar som du tror kan vara till nytta nu när du ändå har telefonen.",
        why: "Bara de ändringar hon har gått med på ska göras; hon ansvarar själv för sin apparat, och uppgifter kan gå förlorade.",
      },
    },
    right: {
      'general-support': {
        text: "Handled henne med ord medan hon själv tar i bruk e-posten och ändrar textstorleken.",
        why: "Hjälp med den egna telefonen och dess inställningar är allmänt digitalt stöd, och hon lär sig genom att göra själv.",
      },
      'customer-privacy': {
        text: "Låt henne öppna inkorgen själv, med telefonen vänd bort från dig.",
        why: "Hon bad om att få hålla sina meddelanden för sig själv, och hon bestämmer vad du ser.",
      },
      'data-loss-risk': {
        text: "Kom överens om exakt vilka inställningar som ändras; telefonen och dess data är hennes.",
        why: "Hon ansvarar för sin enhet och dess data, och ändringar som inte är överenskomna kan överraska henne eller radera uppgifter.",
      },
    },
  },
  SC34: {
    title: "En första titt på en nätbutik",
    situation:
      "På en organisations drop-in för digitalt stöd vill en kund före sitt första köp lära sig hur en nätbutik fungerar: sökningen, leveranssätten och sidan för returer. Hon föreslår att hon loggar in på sitt kundkonto på stödgivarens egen bärbara dator, eftersom skärmen är större.",
    distractors: {
      'log-her-in-on-your-laptop': {
        text: "Låt henne logga in på sitt kundkonto på din bärbara dator, eftersom skärmen är större.",
        why: "En kunds inloggning hör inte hemma på stödgivarens apparat, där den kan bli kvar.",
      },
      'recommend-a-shop': {
        text: "Rekommendera den nätbutik som du själv litar mest på, så att hennes första köp går bra.",
        why: "Att styra en kund till ett visst företag är inte neutralt.",
      },
      'place-first-order-for-her': {
        text: "Gör hennes första beställning åt henne för att visa hur det går till.",
        why: "Att köpa åt henne är att uträtta ärendet för hennes räkning, och hon lär sig mer genom att göra det själv.",
      },
      'save-password-in-browser': {
        text: "Spara hennes lösenord i datorns webbläsare så att det går snabbare nästa gång.",
        why: "Hennes lösenord skulle bli kvar på en apparat som hon inte har kontroll över.",
      },
    },
    right: {
      'general-support': {
        text: "Visa sökningen, leveranssätten och returerna; hon väljer själv vad hon köper.",
        why: "Att visa hur en tjänst fungerar är allmänt digitalt stöd; vad och var hon köper bestämmer hon.",
      },
      'no-supporter-device-login': {
        text: "Använd din dator bara för offentliga sidor; hon loggar in på sin egen telefon.",
        why: "God praxis (vår tolkning): en kunds inloggning hör inte hemma på stödgivarens enhet, där den kan bli kvar.",
      },
    },
  },
  SC35: {
    title: "Ett samtal och en app att installera",
    situation:
      "En kund berättar för en anställd på biblioteket att någon som sade sig ringa från hennes bank bad henne installera en app för fjärrstyrning. Hon har skrivit ner uppringarens anvisningar och vill ha hjälp att installera appen genast.",
    distractors: {
      'install-as-told': {
        text: "Hjälp henne installera appen, eftersom det var hennes bank som bad om det.",
        why: "En app för fjärrstyrning skulle ge uppringaren kontroll över hennes telefon; det här är ett typiskt bedrägerimönster.",
      },
      'ring-the-callers-number': {
        text: "Ring numret som uppringaren gav för att kontrollera om begäran är äkta.",
        why: "Numret kan leda tillbaka till bedragaren; banken nås via sina kända kontaktuppgifter.",
      },
      'wait-for-next-call': {
        text: "Säg åt henne att vänta och se om uppringaren hör av sig igen.",
        why: "Om något redan har lämnats ut ger väntan bedragaren tid; hon bör genast kontakta sin bank via dess kända kanal.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Hjälp inte till att installera appen; be henne genast ringa bankens kända nummer.",
        why: "Banker ber inte kunder installera en app för fjärrstyrning på en uppringares ord; har något lämnats ut behövs bankens spärrtjänst genast.",
      },
    },
  },
  SC36: {
    title: "En son som vill hjälpa sin pappa",
    situation:
      "En vuxen son och hans äldre pappa kommer till en drop-in på biblioteket. Sonen vill sköta pappans skatteärenden på nätet med sin egen telefon, men pappan har varken bankkoder eller något annat identifieringsverktyg för stark autentisering.",
    distractors: {
      'get-codes-for-son': {
        text: "Föreslå att pappan skaffar bankkoder och lämnar över dem till sonen.",
        why: "Koderna är personliga; sonen måste uträtta ärendena med sin egen identifiering och en fullmakt från pappan.",
      },
      'say-no-eid-no-mandate': {
        text: "Säg att pappan inte kan ge någon fullmakt utan ett identifieringsverktyg.",
        why: "Det finns vägar för den som inte kan ge fullmakt elektroniskt, till exempel fullmakt med ansökan.",
      },
      'name-a-bank-for-codes': {
        text: "Säg till pappan vilken bank han ska skaffa koder från, så slipper de leta.",
        why: "Förklara vilka slags identifieringsverktyg det finns och var vart och ett fås, utan att rekommendera ett företag.",
      },
    },
    right: {
      'e-authorizations': {
        text: "Förklara att pappan kan godkänna sonens begäran om fullmakt vid ett serviceställe hos DVV.",
        why: "Också utan identifieringsverktyg kan kunden ge en betrodd person fullmakt; sonen loggar sedan in med sin egen identifiering.",
      },
      'no-eid-alternatives': {
        text: "Berätta neutralt om identifieringsverktygen och om Skatteförvaltningens service per telefon och på papper.",
        why: "Också utan identifieringsverktyg har pappan alternativ: skaffa ett, förklarat utan att nämna företag, eller Skatteförvaltningens icke-digitala service.",
      },
    },
  },
  SC38: {
    title: 'En partner som svarar åt henne',
    situation:
      'Vid bibliotekets drop in-verksamhet vill en kvinna ansöka om FPA:s allmänna bostadsbidrag i MittFPA, FPA:s e-tjänst, med sin egen telefon och loggar in själv. Hennes partner svarar på frågorna åt henne och säger åt den som ger stöd att snabbt fylla i allt; hon ser osäker ut och säger inte mycket.',
    distractors: {
      'fill-it-in-as-he-asks': {
        text: 'Fyll i ansökan som partnern ber om, så att det blir gjort.',
        why: 'Den som ger digitalt stöd sköter inte ärendet i kundens namn och handlar bara på kundens eget beslut, aldrig på den som pressar henne.',
      },
      'let-him-answer-for-her': {
        text: 'Låt partnern svara på frågorna, eftersom han känner till deras ekonomi.',
        why: 'Hon bestämmer vad som besvaras och visas. Tala med henne och ge henne tid.',
      },
      'let-him-use-her-codes': {
        text: 'Låt partnern logga in med hennes koder nästa gång så slipper hon besväret.',
        why: 'Ingen får använda någon annans koder. Han kan sköta hennes ärenden bara med en fullmakt som hon själv ger.',
      },
    },
    right: {
      'safeguard-customer': {
        text: "Fråga henne vad hon vill och ge henne tid; partnerns ord avgör inte.",
        why: "Det är hon som ansöker; stödgivaren handlar bara på hennes eget beslut, aldrig på ord av den som pressar henne.",
      },
      'not-on-behalf': {
        text: "Fyll inte i ansökan själv; handled henne så att hon svarar själv.",
        why: "Att fylla i den vore att uträtta ärendet i hennes namn; svaren är hennes att ge.",
      },
    },
  },
  SC40: {
    title: 'Större text, begärd per telefon',
    situation:
      'En kund ringer bibliotekets telefon för digitalt stöd: hon vill ha större text på sin egen surfplatta men hittar inte inställningen. Hon har hittat en app för fjärrstyrning på en webbplats och erbjuder sig att installera den så att den som ger stöd kan göra ändringen.',
    distractors: {
      'remote-app-from-her-link': {
        text: 'Be henne installera appen från webbplatsen så att du kan ändra inställningen själv.',
        why: 'Vid fjärrstöd används bara organisationens officiella verktyg, och en app från en slumpmässig webbplats är en risk för hennes enhet.',
      },
      'call-back-from-own-mobile': {
        text: 'Ring upp henne senare från din egen mobil, som har en bättre app för videosamtal.',
        why: 'Stöd ges bara via organisationens officiella kanaler, inte från en privat telefon.',
      },
      'change-more-while-at-it': {
        text: 'Säg åt henne att samtidigt ändra också andra inställningar.',
        why: 'Ändra bara det som hon bad om och som ni kom överens om: enheten och dess data är hennes.',
      },
    },
    right: {
      'general-support': {
        text: "Berätta steg för steg var inställningen för textstorlek finns medan hon ändrar den.",
        why: "Hjälp med inställningarna på hennes egen enhet är allmänt digitalt stöd, och hon behåller kontrollen över ändringen.",
      },
      'remote-support': {
        text: "Håll dig till bibliotekets telefonlinje och officiella verktyg; hon behöver inte installera något.",
        why: "Vid fjärrstöd används bara organisationens officiella verktyg, och kunden har kontroll över sin enhet.",
      },
    },
  },
  SC41: {
    title: "En långsam telefon och en stor uppdatering",
    situation:
      "Vid det digitala stödet på ett invånarhus berättar en kund att hans telefon har blivit långsam. Han ber stödgivaren installera den nya versionen av telefonens operativsystem och rensa bort allt som gör den långsam, och räcker över telefonen med en lapp där skärmlåskoden och lösenordet till appbutiken står.",
    distractors: {
      'note-codes-for-later': {
        text: "Behåll lappen med koderna så att du kan fortsätta efter träffen.",
        why: "Koder som personalen har kvar kan hamna i fel händer; de hör bara till honom.",
      },
      'keep-phone-overnight': {
        text: "Behåll telefonen på invånarhuset över natten och jobba med den när det är lugnt.",
        why: "Att ta hand om hans apparat och uppgifter går utöver det digitala stödet och lämnar honom utan telefon.",
      },
      'factory-reset': {
        text: "Återställ telefonen till fabriksinställningarna, så blir den säkert snabbare.",
        why: "En återställning kan radera hans uppgifter, och det är reparationsarbete som inte hör till det digitala stöd som ges här.",
      },
      'start-update-with-his-code': {
        text: "Lås upp telefonen med hans kod och starta systemuppdateringen medan han väntar.",
        why: "En ny systemversion är arbete för en reparationstjänst, och hans kod är inte till för stödgivaren.",
      },
    },
    right: {
      'decline-repair': {
        text: "Säg att en ny systemversion är arbete för en reparationstjänst, och påminn om säkerhetskopiering.",
        why: "En ny version av operativsystemet är en stor uppdatering, och stora uppdateringar och reparationer hör inte till det digitala stöd som ges här; det gör en reparationstjänst eller säljaren.",
      },
      'keep-credentials-private': {
        text: "Ge tillbaka lappen; koderna är hans, och telefonen låser han upp själv.",
        why: "Koder är personliga: stödgivaren tar aldrig emot, förvarar eller använder dem.",
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
