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
        text: "Rekommendera den datoraffär som du själv anlitar.",
        why: "Att nämna en favoritfirma är inte neutralt; beskriv hellre vilken sorts reparationstjänst han kan söka sig till.",
      },
      'run-a-free-cleaner': {
        text: "Ladda ner ett gratis rensningsprogram från nätet och kör det på hans dator.",
        why: "Att ta bort skadliga program är reparationsarbete, och ett okänt program kan göra saken värre och kosta honom hans filer.",
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
      'say-refunds-come-this-way': {
        text: "Säg att återbäringar ofta betalas ut så här och att han kan fortsätta.",
        why: "Falska webbplatser bakom länkar i meddelanden är ett vanligt sätt att stjäla bankkoder, så oron måste tas på allvar.",
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
        text: "Hjälp dem med överföringen som med vilket vanligt bankärende som helst.",
        why: "Press att flytta pengar i all hast tyder på ett möjligt bedrägeri, och bankärenden hör i vilket fall som helst till banken.",
      },
    },
  },
  SC25: {
    title: "Popup-annonser och en telefon som lämnas över",
    situation:
      "Vid det digitala stödet på ett invånarhus berättar en kund att hans telefon hela tiden visar popup-annonser och virusvarningar. Han räcker över telefonen, talar om sin skärmlåskod och sitt lösenord till appbutiken och ber stödgivaren rensa upp den.",
    distractors: {
      'clean-phone-with-his-codes': {
        text: "Gå igenom telefonen med hans koder och ta bort allt som ser misstänkt ut.",
        why: "Att rensa bort skadliga program är reparationsarbete, och hans koder är inte till för stödgivaren.",
      },
      'note-codes-for-later': {
        text: "Skriv upp hans koder så att du kan fortsätta efter träffen.",
        why: "Koder som personalen har skrivit upp kan hamna i fel händer; de hör bara till honom.",
      },
      'keep-phone-overnight': {
        text: "Behåll telefonen på invånarhuset över natten och jobba med den när det är lugnt.",
        why: "Att ta hand om hans apparat och uppgifter går utöver det digitala stödet och lämnar honom utan telefon.",
      },
      'factory-reset': {
        text: "Återställ telefonen till fabriksinställningarna så försvinner problemet säkert.",
        why: "En återställning kan radera hans uppgifter, och det är reparationsarbete utanför det digitala stödet.",
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
        text: "Be om hennes kortnummer och PIN-kod och förnya lånen åt henne vid disken.",
        why: "PIN-koden är bara hennes, och med handledning kan hon förnya lånen själv.",
      },
      'check-loan-list-together': {
        text: "Gå igenom lånelistan tillsammans med henne för att se att alla lån förnyades.",
        why: "Hon valde att hålla listan för sig själv; handled henne med ord och låt henne kontrollera den själv.",
      },
      'write-pin-on-card': {
        text: "Skriv hennes PIN-kod på baksidan av bibliotekskortet så att hon inte glömmer den.",
        why: "En PIN-kod som följer med kortet gör att vem som helst som hittar kortet kan använda det.",
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
  },
  SC29: {
    title: "För darriga händer för kodappen",
    situation:
      "En äldre kvinna på biblioteket har bankkoder, men darriga händer och dålig syn gör att hon inte kan använda kodappen. Hon borde svara på FPA:s begäran om tilläggsutredning och ber den anställda logga in och skriva svaret åt henne.",
    distractors: {
      'log-in-and-reply-for-her': {
        text: "Logga in med hennes koder och skriv svaret åt henne.",
        why: "Koderna är bara hennes, och att skicka ett svar till FPA i hennes namn är att uträtta ärendet för hennes räkning.",
      },
      'tell-her-to-learn-the-app': {
        text: "Säg att hon helt enkelt får lära sig använda appen.",
        why: "Hon har ett verkligt hinder, och det finns riktiga alternativ: en betrodd person med fullmakt, ett annat identifieringsverktyg eller FPA:s icke-digitala kanal.",
      },
      'suggest-what-to-write': {
        text: "Föreslå vad hon ska skriva i sitt svar till FPA.",
        why: "Innehållet i svaret är hennes ärende med FPA, och FPA:s egen rådgivning svarar på frågor om det.",
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
  },
  SC31: {
    title: "Installera bankens app",
    situation:
      "En kund har fått nya nätbankskoder och vill installera sin banks app på sin egen telefon. Hon ber en anställd på biblioteket hjälpa henne hitta rätt app i appbutiken; i bankens brev står det hur appen tas i bruk.",
    distractors: {
      'install-first-search-hit': {
        text: "Sök på bankens namn och installera den första app som dyker upp.",
        why: "Det finns falska appar och webbplatser som ser äkta ut; leta upp appen via bankens egen adress eller anvisningar.",
      },
      'activate-with-her-codes': {
        text: "Ta i bruk appen åt henne med koderna i brevet.",
        why: "Koderna är bara hennes, och hon ska själv ta appen i bruk enligt bankens anvisningar.",
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
      'tape-password-to-phone': {
        text: "Skriv hennes e-postlösenord på en lapp och tejpa fast den på telefonskalet.",
        why: "Ett lösenord som följer med telefonen kan användas av vem som helst som får tag i den.",
      },
      'change-whatever-helps': {
        text: "Ändra alla inställningar som du tror kan vara till nytta nu när du ändå har telefonen.",
        why: "Bara de ändringar hon har gått med på ska göras; hon ansvarar själv för sin apparat, och uppgifter kan gå förlorade.",
      },
    },
  },
  SC34: {
    title: "En första titt på en nätbutik",
    situation:
      "På en organisations drop-in för digitalt stöd vill en kund före sitt första köp lära sig hur en nätbutik fungerar: sökningen, leveranssätten och sidan för returer. Hon föreslår att stödgivaren loggar in henne på hennes kundkonto på stödgivarens egen bärbara dator, eftersom skärmen är större.",
    distractors: {
      'log-her-in-on-your-laptop': {
        text: "Logga in henne på hennes kundkonto på din bärbara dator.",
        why: "En kunds inloggning hör inte hemma på stödgivarens apparat, där den kan bli kvar.",
      },
      'recommend-a-shop': {
        text: "Rekommendera den nätbutik som du själv litar mest på.",
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
  },
  SC35: {
    title: "Ett samtal från ”banken”",
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
        text: "Säg till pappan vilken bank han ska skaffa koder från.",
        why: "Förklara vilka slags identifieringsverktyg det finns och var vart och ett fås, utan att rekommendera ett företag.",
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
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
