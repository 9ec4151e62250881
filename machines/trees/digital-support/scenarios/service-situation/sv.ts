/** Svenska texter för scenarierna i servicesituationer, ordnade efter scenariots id. */
import type { ScenarioText } from '../../../../scenarios/scenario.types.js';

export const sv = {
  SC01: {
    title: 'Tidsbokning i välfärdsområdets egen e-tjänst',
    situation:
      'På välfärdsområdets servicepunkt vill en kund boka en tid i områdets egen e-tjänst. Hon har sin egen telefon med sig och kan logga in med sina bankkoder.',
    distractors: {
      'log-in-with-read-out-codes': {
        text: 'Ta hennes telefon och logga in åt henne med koderna som hon läser upp för dig.',
        why: 'Koderna är personliga: hon loggar in själv, och du varken skriver in eller lyssnar på dem.',
      },
      'send-to-library': {
        text: 'Skicka henne till bibliotekets digitala stöd, eftersom tidsbokningen inte hör till dig.',
        why: 'Välfärdsområdet ska stödja användningen av sin egen e-tjänst, så hjälpen hör hemma just här.',
      },
      'note-username-on-slip': {
        text: 'Skriv hennes användarnamn på tidslappen så att nästa inloggning går snabbare.',
        why: 'Inloggningsuppgifter på papper kan missbrukas; de är hennes egna och ska stanna hos henne.',
      },
      'fill-in-then-let-her-confirm': {
        text: 'Fyll i bokningsformuläret åt henne och be henne bara bekräfta det till sist.',
        why: 'Att sköta ärendet åt henne är inte handledning; hon lär sig genom att själv göra stegen med din hjälp.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Vägled henne steg för steg i bokningen medan hon själv loggar in och trycker på telefonen.',
        why: 'Det är välfärdsområdets egen e-tjänst, så stödet i den hör till den här servicepunkten; hon gör stegen och loggar in själv.',
      },
    },
  },
  SC03: {
    title: 'Skattedeklaration på kommunens servicepunkt',
    situation:
      'På kommunens servicepunkt sitter en kund vid kunddatorn och ber om hjälp med sin skattedeklaration i Skatteförvaltningens MinSkatt. Hon kan logga in med sina egna bankkoder, och servicepunkten har inget samserviceavtal som omfattar skatteärenden.',
    distractors: {
      'advise-on-deductions': {
        text: 'Gå igenom hennes avdrag och säg vilka hon ska yrka på.',
        why: 'Det är Skatteförvaltningen som ger råd om beskattningen; kommunen skulle svara utanför sin egen behörighet.',
      },
      'log-in-to-check': {
        text: 'Logga in med hennes koder och se vad som står i den förhandsifyllda deklarationen.',
        why: 'Bara hon får använda sina koder, ingen annan, inte ens för att titta.',
      },
      'send-away-empty-handed': {
        text: 'Säg att skatteärenden inte hör till kommunen och avsluta samtalet där.',
        why: 'Hon kan ändå få hjälp att hitta den officiella tjänsten och veta var Skatteförvaltningen ger råd.',
      },
      'keep-printout-at-desk': {
        text: 'Skriv ut hennes deklaration och spara en kopia vid disken ifall hon kommer tillbaka.',
        why: 'Hennes skatteuppgifter ska inte förvaras på servicepunkten, och kopior som ligger framme är en risk.',
      },
    },
    right: {
      'refer-service-owner': {
        text: 'Säg att MinSkatt är Skatteförvaltningens och visa var den ger råd.',
        why: 'Skattefrågor hör till Skatteförvaltningen; kommunen hänvisar till dess rådgivning i stället för att svara i dess ställe.',
      },
      'shared-device-care': {
        text: 'Be henne logga ut ur MinSkatt och rensa webbläsaren innan hon går.',
        why: 'Inget av hennes får stanna kvar på kunddatorn åt nästa användare: ingen öppen session och inga skatteuppgifter i webbläsaren.',
      },
    },
  },
  SC04: {
    title: 'Saknar identifieringsverktyg men vill se sina hälsouppgifter',
    situation:
      'På välfärdsområdets servicepunkt vill en äldre man se sina hälsouppgifter och recept i MittKanta på sin surfplatta. Han har inga bankkoder, inget mobilcertifikat och inget certifikat på sitt identitetskort.',
    distractors: {
      'log-in-with-own-codes': {
        text: 'Logga in med dina egna bankkoder och försök öppna hans uppgifter.',
        why: 'Dina koder identifierar dig, inte honom: de får inte användas för någon annans ärenden, och hans uppgifter skulle inte ens synas.',
      },
      'nothing-can-be-done': {
        text: 'Säg till honom att ingenting kan göras utan identifieringsverktyg.',
        why: 'Det finns alternativ: att skaffa ett identifieringsverktyg, en kanal som inte är digital och Suomi.fi-fullmakter för en person han litar på.',
      },
      'recommend-a-bank': {
        text: 'Säg vilken bank som lättast ger koder och skicka honom dit.',
        why: 'Berätta vilka typer av identifieringsverktyg som finns och vem som utfärdar dem, utan att styra honom till ett visst företag.',
      },
      'companion-logs-in-to-show': {
        text: 'Låt grannen som följt med logga in med sina egna koder och visa honom uppgifterna.',
        why: 'Med grannens koder syns grannens egna uppgifter; att sköta någon annans ärenden kräver en Suomi.fi-fullmakt, om tjänsten tillåter det.',
      },
    },
    right: {
      'no-eid-alternatives': {
        text: 'Berätta neutralt om identifieringsverktyg och om möjligheten att ge fullmakt.',
        why: 'Också utan identifieringsverktyg finns det vägar: att skaffa ett hos den utfärdare han väljer, eller en Suomi.fi-fullmakt för hälsoärenden åt en person han litar på.',
      },
      'refer-service-owner': {
        text: 'Säg att MittKanta är FPA:s och visa dess anvisningar på kanta.fi.',
        why: 'MittKanta är inte välfärdsområdets egen tjänst: frågor om hur den används hör till dess egen rådgivning, som finns på kanta.fi.',
      },
    },
  },
  SC05: {
    title: 'En pappa, hans dotter och en ansökan',
    situation:
      'En pappa och hans vuxna dotter kommer till servicepunkten för välfärdsområdets socialtjänster. Pappan vill att dottern fyller i hans ansökan i områdets e-tjänst, så han räcker henne sin telefon med bankens kodapp öppen och berättar sin PIN-kod.',
    distractors: {
      'allow-with-consent': {
        text: 'Låt dottern logga in med pappans koder, eftersom han har gett sitt lov.',
        why: 'Samtycke ändrar ingenting: ingen får använda en annan persons identifieringsverktyg.',
      },
      'type-fathers-codes': {
        text: 'Ta telefonen och slå själv in pappans PIN-kod för att komma i gång.',
        why: 'Du skriver aldrig in en kunds koder; han loggar in själv medan du tittar bort.',
      },
      'paper-proxy-then-codes': {
        text: 'Be dem ta med en undertecknad fullmakt på papper, varefter dottern får använda hans koder.',
        why: 'En pappersfullmakt gör det inte godtagbart att lämna ut koder; i e-tjänsten agerar dottern med en Suomi.fi-fullmakt och sina egna koder.',
      },
      'fill-in-from-dictation': {
        text: 'Fyll i ansökan själv medan dottern dikterar svaren.',
        why: 'Att sköta ärendet åt dem är inte digitalt stöd; handled pappan att göra det själv eller dottern att agera med fullmakt.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Ge tillbaka telefonen till pappan: bara han får använda sina koder, samtycke eller inte.',
        why: 'Koderna är personliga: inte ens hans samtycke ger dottern, eller dig, rätt att logga in som han.',
      },
      'e-authorizations': {
        text: 'Förklara att han kan befullmäktiga dottern med Suomi.fi-fullmakter.',
        why: 'I en e-tjänst kan dottern sköta ärenden för honom bara med fullmakt och sina egna koder; varje tjänst avgör om den godtar fullmakter.',
      },
    },
  },
  SC06: {
    title: 'En bilaga och en buss att hinna med',
    situation:
      'På FPA:s servicepunkt fyller en kund i en ansökan i MittFPA, FPA:s e-tjänst, på kunddatorn i entréhallen. Han frågar kundrådgivaren hur han bifogar sitt hyresavtal, som han har laddat ner från sin e-post som pdf, och säger att han sedan måste skynda sig till bussen.',
    distractors: {
      'next-customer-closes-it': {
        text: 'Låt honom gå; nästa kund stänger fönstret ändå.',
        why: 'En öppen session visar hans personuppgifter för den som sätter sig vid datorn härnäst.',
      },
      'browse-open-session': {
        text: 'Klicka runt i den öppna sessionen för att se om ansökan gick fram.',
        why: 'Han har inte valt att visa dig uppgifterna, och du ska inte titta runt på hans konto.',
      },
      'save-decision-to-desktop': {
        text: 'Spara sammandraget av ansökan på skrivbordet så att han kan hämta det senare.',
        why: 'Filer som lämnas på en dator som även andra använder kan öppnas av nästa användare.',
      },
      'log-out-at-closing-time': {
        text: 'Låt det vara så länge och logga ut alla öppna sessioner vid stängningsdags.',
        why: 'Sessionen ska stängas och webbläsarens data rensas innan han går, inte flera timmar senare.',
      },
    },
    right: {
      'shared-device-care': {
        text: 'Be honom logga ut överallt och radera det nedladdade avtalet innan han springer.',
        why: 'Inget av hans får stanna kvar på en gemensam dator: en öppen session eller en nedladdad fil syns för nästa kund.',
      },
      'guide-own-service': {
        text: 'Visa steg för steg hur han bifogar avtalet medan han själv klickar.',
        why: 'MittFPA är FPA:s egen tjänst, så vägledningen i den hör till den här servicepunkten; han gör stegen själv.',
      },
    },
  },
  SC09: {
    title: 'Inloggningsproblem i stödtelefonen för boendeparkering',
    situation:
      'I stadens egen stödtelefon för e-tjänsten för boendeparkeringstillstånd har en uppringare fastnat i inloggningen. Han erbjuder sig att läsa upp sitt lösenord och engångskoden från sms:et så att rådgivaren kan logga in åt honom på distans.',
    distractors: {
      'accept-codes-to-save-time': {
        text: 'Ta emot koderna för att spara tid och logga in åt honom.',
        why: 'Koderna är bara hans; han loggar in själv medan du handleder honom steg för steg.',
      },
      'remote-tool-from-web': {
        text: 'Be honom ladda ner ett fjärrstyrningsprogram från nätet så att du kan ta över hans dator.',
        why: 'Stöd ges bara via organisationens officiella kanaler, inte med verktyg som hittats på nätet.',
      },
      'call-back-from-private-phone': {
        text: 'Ring upp honom senare från din privata mobil och gör klart ärendet då.',
        why: 'Hjälp ges via organisationens egna kanaler, inte från privata telefoner.',
      },
      'note-password-in-call-log': {
        text: 'Skriv in hans lösenord i samtalsanteckningarna ifall han glömmer det igen.',
        why: 'Den som ger digitalt stöd sparar aldrig kundens lösenord någonstans.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Stoppa honom innan han läser upp koderna, och vägled honom att knappa in dem själv.',
        why: 'Koder läses aldrig upp, inte ens för stadens egen rådgivare; han loggar in själv med din vägledning.',
      },
      'remote-support': {
        text: 'Vägled utifrån det han läser upp från skärmen, aldrig koder.',
        why: 'I telefon ser du inte hans skärm: god praxis är att utgå från det han läser upp för dig, i stadens officiella telefontjänst, och avbryta om han börjar läsa en kod.',
      },
    },
  },
  SC11: {
    title: 'Ett sms om skatteåterbäring',
    situation:
      'På Skatteförvaltningens servicepunkt visar en kund ett sms där det står att hon har skatteåterbäring att få. Enligt meddelandet får hon pengarna genom att logga in via länken, och hon ber om hjälp att logga in med sina bankkoder.',
    distractors: {
      'open-link-to-check': {
        text: 'Öppna länken på din arbetsdator och se om sidan ser äkta ut.',
        why: 'Länkar i sådana meddelanden leder till falska sidor som liknar de äkta; tjänsten nås bara via sin kända adress.',
      },
      'log-in-through-link': {
        text: 'Hjälp henne att logga in via länken, eftersom det är hon som skriver in koderna.',
        why: 'Koder som skrivs in på en falsk sida hamnar hos bedragare, oavsett vem som skriver.',
      },
      'trust-the-logo': {
        text: 'Försäkra henne om att meddelandet är äkta eftersom myndighetens logotyp finns med.',
        why: 'En logotyp är lätt att kopiera; enligt Skatteförvaltningen innehåller dess meddelanden aldrig en direkt länk till MinSkatt, så redan länken avslöjar bedrägeriet.',
      },
    },
    right: {
      'fraud-stop': {
        text: 'Be henne låta bli länken och öppna MinSkatt via dess kända adress.',
        why: 'Enligt Skatteförvaltningen innehåller dess meddelanden aldrig en direkt länk till MinSkatt; en verklig återbäring syns i MinSkatt.',
      },
    },
  },
  SC12: {
    title: 'Ett samtal under ett hembesök',
    situation:
      'Under ett hembesök av välfärdsområdets hemvård ringer en äldre kvinnas telefon, och uppringaren säger att han är från bankens säkerhetsavdelning. Han uppmanar henne att bekräfta sina koder på en sida som han just skickat länken till per sms, och hon ber hemvårdaren hjälpa till att skriva in dem.',
    distractors: {
      'read-codes-to-caller': {
        text: 'Läs upp koderna för uppringaren åt henne, eftersom hon är upprörd.',
        why: 'Banker och myndigheter frågar aldrig efter koder per telefon eller meddelande; att lämna ut dem ger uppringaren tillgång till hennes pengar.',
      },
      'type-codes-on-callers-site': {
        text: 'Skriv in koderna på sidan för att se om den är äkta.',
        why: 'Att skriva in koderna är precis vad bedrägeriet är ute efter; länken ska inte användas alls.',
      },
      'step-out-private-call': {
        text: 'Gå ut ur rummet, eftersom samtalet är hennes privata sak.',
        why: 'Påtryckningar att lämna ut koder är ett tecken på bedrägeri; stanna kvar och hjälp henne att avbryta samtalet.',
      },
      'call-number-caller-gave': {
        text: 'Ring tillbaka till numret som uppringaren gav för att kontrollera att han verkligen är från banken.',
        why: 'Numret leder tillbaka till bedragaren; banken nås bara på ett nummer hon känner till från annat håll, till exempel bankens egen webbplats.',
      },
    },
    right: {
      'fraud-stop': {
        text: 'Hjälp henne avsluta samtalet och låta bli att öppna sidan.',
        why: 'En uppringare som pressar på koder via en länk följer mönstret för bankbedrägerier: avbryt, och kontakta banken bara via ett känt nummer.',
      },
      'keep-credentials-private': {
        text: 'Säg att ingen bank ber om koder per telefon eller meddelande.',
        why: 'Koderna är personliga, och en bank ber aldrig om dem per telefon eller meddelande, så den som gör det är inte banken.',
      },
    },
  },
  SC13: {
    title: 'Ett långt formulär på en liten skärm',
    situation:
      'På kommunens servicepunkt vill en mamma ansöka om en plats inom småbarnspedagogiken i kommunens e-tjänst. Hon tycker att telefonskärmen är för liten för det långa formuläret och ber att få logga in med sina bankkoder på kundrådgivarens arbetsdator, fast servicepunkten också har en kunddator.',
    distractors: {
      'work-computer-then-log-out': {
        text: 'Låt henne logga in på din arbetsdator och logga bara ut efteråt.',
        why: 'Arbetsdatorn är inte till för kunders inloggningar; hennes uppgifter och session kan bli kvar i ditt system.',
      },
      'enter-in-case-system-for-her': {
        text: 'Logga in i e-tjänsten med dina egna koder och fyll i ansökan i hennes namn.',
        why: 'Ingen uträttar ärenden i e-tjänsten i hennes namn. Om hon inte kan göra det själv kan din organisation ta emot ansökan i sin egen kanal (vid servicepunkten, per telefon, på papper), eller så kan hon ge någon fullmakt.',
      },
      'send-to-library': {
        text: 'Skicka henne till bibliotekets digitala stöd, där man hjälper till med datorer.',
        why: 'Det gäller kommunens egen e-tjänst, så handledningen hör till den här servicepunkten.',
      },
      'come-back-another-day': {
        text: 'Be henne komma tillbaka en annan dag med en större apparat.',
        why: 'Servicepunkten har en kunddator just för detta, och stödet för den egna tjänsten ska ges nu.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Vägled henne steg för steg i ansökan om småbarnspedagogik medan hon fyller i den.',
        why: 'Det är kommunens egen e-tjänst: vägledningen i den hör till den här servicepunkten, här och nu.',
      },
      'no-supporter-device-login': {
        text: 'Erbjud henne kunddatorn för det långa formuläret i stället för din arbetsdator.',
        why: 'God praxis (vår tolkning): kunder loggar in på en egen eller gemensam enhet, så att inget av deras blir kvar på en arbetsdator.',
      },
    },
  },
  SC14: {
    title: 'Ny telefon efter besöket på FPA',
    situation:
      'På FPA:s servicepunkt ber en kund, när hans förmånsärende är klart, kundrådgivaren att flytta hans kontakter och bilder till den nya telefonen och ställa in e-posten på den. Ingen av FPA:s tjänster berörs, bara telefonen.',
    distractors: {
      'take-phones-to-back-office': {
        text: 'Ta med båda telefonerna till bakrummet och gör överföringen medan han väntar.',
        why: 'Han ansvarar själv för sina apparater och uppgifter och gör stegen själv; telefonen ska inte försvinna ur hans åsyn.',
      },
      'reset-old-phone': {
        text: 'Återställ den gamla telefonen till fabriksinställningarna när överföringen verkar klar.',
        why: 'En återställning kan radera uppgifter som inte säkerhetskopierats; sådana steg bestämmer kunden själv om.',
      },
      'set-up-email-quickly': {
        text: 'Ställ själv in åtminstone e-posten på den nya telefonen, eftersom det bara tar en minut.',
        why: 'Hans egen telefon är inte FPA:s tjänst, och du skulle få knappa in hans e-postlösenord; allmänt digitalt stöd hjälper honom att göra det själv.',
      },
      'recommend-a-shop': {
        text: 'Rekommendera den telefonaffär som du själv anlitar för överföringen.',
        why: 'Att styra kunden till ett visst företag är inte neutralt.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Berätta var och när närmaste bibliotek hjälper med att ta en ny telefon i bruk.',
        why: 'Hjälp med hans egen telefon är inte FPA:s tjänst; allmänt digitalt stöd ger den, och han ska gå härifrån med vetskap om var och när.',
      },
      'data-loss-risk': {
        text: 'Påminn honom om att säkerhetskopiera kontakter och bilder innan något flyttas.',
        why: 'Han ansvarar själv för sin telefon och dess data, och vid en flytt kan allt som inte säkerhetskopierats gå förlorat.',
      },
    },
  },
  SC15: {
    title: 'Ordbehandling på sysselsättningstjänsterna',
    situation:
      'På kommunens sysselsättningstjänster använder en arbetssökande kunddatorn och ber personalen lära henne att skriva och spara ett dokument i ett ordbehandlingsprogram. Frågan gäller bara grundläggande datorkunskaper, inte någon av sysselsättningstjänsternas e-tjänster.',
    distractors: {
      'save-cv-on-desktop': {
        text: 'Spara hennes dokument på kunddatorns skrivbord så att hon kan fortsätta nästa gång.',
        why: 'Filer som lämnas på en dator som även andra använder kan läsas av nästa användare.',
      },
      'log-in-to-her-email': {
        text: 'Logga in på hennes e-post med hennes lösenord och skicka filen till henne.',
        why: 'Lösenorden är bara hennes, och du sköter inte hennes konton åt henne.',
      },
      'finish-it-for-her-later': {
        text: 'Kopiera hennes dokument till ditt eget usb-minne och gör klart formateringen åt henne senare.',
        why: 'Hennes dokument ska inte följa med dig, och att göra arbetet åt henne lär henne ingenting.',
      },
      'teach-basics-while-quiet': {
        text: 'Lär henne grunderna i ordbehandling själv, eftersom ingen köar just nu.',
        why: 'Allmänna datorkunskaper hör inte till sysselsättningstjänsternas uppgifter; allmänt digitalt stöd lär ut dem ordentligt, och dit kan hon återkomma.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Berätta var och när ett bibliotek eller en punkt för digitalt stöd lär ut ordbehandling.',
        why: 'Grundläggande datorkunskaper hör inte till den här tjänstens uppgifter; allmänt digitalt stöd lär ut dem, och hon behöver plats och tider.',
      },
      'shared-device-care': {
        text: 'Be henne logga ut och ta bort sina filer från kunddatorn innan hon lämnar den.',
        why: 'Nästa användare av kunddatorn får inte hitta hennes dokument eller ett öppet konto.',
      },
    },
  },
  SC16: {
    title: 'Ombedd att betala en räkning i nätbanken',
    situation:
      'På kommunens servicepunkt ber en kund kundrådgivaren att betala en räkning i hennes nätbank åt henne. Hon räcker fram sin telefon med bankens kodapp öppen och berättar sin PIN-kod.',
    distractors: {
      'pay-while-she-watches': {
        text: 'Betala räkningen med hennes telefon, eftersom hon ser på och går med på det.',
        why: 'Att betala åt kunden är att uträtta ärenden för hennes räkning, och PIN-koden är bara hennes.',
      },
      'teach-online-banking-from-scratch': {
        text: 'Börja lära henne att använda nätbanken från grunden.',
        why: 'Det är hennes egen bank som hjälper henne i gång med nätbanken, eftersom den känner sin tjänst.',
      },
      'keep-invoice-and-phone': {
        text: 'Behåll räkningen och telefonen vid disken och betala när det blir lugnare.',
        why: 'Telefonen, koderna och betalningarna ska stanna i hennes egna händer.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Ge tillbaka telefonen och säg att PIN-koden bara är hennes, inte personalens.',
        why: 'PIN-koden är personlig: ingen annan knappar in den eller ens hör den, hur villig hon än är.',
      },
      'not-on-behalf': {
        text: 'Säg att du inte kan betala i hennes namn; banken hjälper med betalningar.',
        why: 'Att betala åt en kund är att sköta hennes ärende i hennes namn; banken har egna kanaler och fullmakter för betalningar.',
      },
    },
  },
  SC17: {
    title: 'Installera en apoteksapp',
    situation:
      'I kundtjänsten på välfärdsområdets hälsostation frågar en kund hur hon installerar appen för det apotek hon använder på sin egen telefon, så att hon kan beställa produkter på nätet. Apoteket har hon redan valt själv.',
    distractors: {
      'recommend-own-favourite-app': {
        text: 'Föreslå att hon hellre använder samma apoteksapp som du själv.',
        why: 'Att styra kunden till ett visst företag är inte neutralt; valet är hennes.',
      },
      'use-own-app-store-account': {
        text: 'Installera appen med ditt eget konto i appbutiken för att det ska gå snabbare.',
        why: 'Installationer görs med hennes eget konto på hennes egen apparat, så att hon har kontroll över dem.',
      },
      'install-it-while-quiet': {
        text: 'Installera appen på hennes telefon själv medan det är lugnt i väntrummet.',
        why: 'Hjälp med hennes egen telefon och ett apoteks app är inte hälsostationens tjänst; gör du det åt henne klarar hon det inte heller nästa gång.',
      },
      'log-in-to-app-for-her': {
        text: 'Logga in i appen åt henne med hennes bankkoder.',
        why: 'Hon loggar in själv; hennes koder är aldrig dina att använda.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Berätta var och när biblioteket hjälper med att installera appar.',
        why: 'Hjälp med hennes egen telefon är inte hälsostationens tjänst; allmänt digitalt stöd ger den.',
      },
      'refer-service-owner': {
        text: 'Hänvisa henne till apotekets egna anvisningar och kundtjänst för appen.',
        why: 'Appen är apotekets tjänst: apoteket, inte hälsostationen, känner den och svarar för den.',
      },
    },
  },
  SC18: {
    title: 'Sonen vill sköta sin mammas FPA-ärenden',
    situation:
      'På FPA:s servicepunkt berättar en äldre kvinna att hennes syn har blivit så dålig att hon inte längre kan använda sina bankkoder. Hennes vuxna son, som är med, vill i fortsättningen sköta hennes FPA-ärenden på nätet.',
    distractors: {
      'son-uses-mothers-codes': {
        text: 'Låt sonen använda sin mammas bankkoder, eftersom hon går med på det.',
        why: 'Ingen får logga in med en annan persons identifieringsverktyg, inte ens med lov.',
      },
      'clerk-acts-as-proxy': {
        text: 'Lova att själv fylla i hennes ansökningar på nätet i hennes namn framöver.',
        why: 'Kundrådgivaren uträttar inte ärenden i kundens namn; vägen är en fullmakt till en person hon litar på eller en kanal som inte är digital.',
      },
      'signed-note-is-enough': {
        text: 'Säg att en lapp som mamman skrivit under räcker för att sonen ska få använda hennes konto på nätet.',
        why: 'Att uträtta ärenden för någon annans räkning i e-tjänster bygger på elektroniska fullmakter, och sonen loggar in med sina egna koder.',
      },
      'she-must-manage-alone': {
        text: 'Säg att hon måste fortsätta använda e-tjänsten själv eftersom det inte finns något annat sätt.',
        why: 'Det finns alternativ: att ge sonen fullmakt, fullmakt med ansökan och en kanal som inte är digital.',
      },
    },
    right: {
      'own-channel': {
        text: 'Erbjud tills vidare FPA:s servicepunkt, telefontjänst och blanketter.',
        why: 'FPA:s egna kanaler står öppna för henne; när FPA sköter ärendet där är det FPA:s egen service, inget ombudskap.',
      },
      'e-authorizations': {
        text: 'Förklara hur hon kan befullmäktiga sonen med Suomi.fi-fullmakter för FPA-ärenden.',
        why: 'Sonen sköter då ärendena med sina egna koder; eftersom hon inte kan använda sina, kan hon godkänna begäran om fullmakt på ett av DVV:s serviceställen.',
      },
      'no-eid-alternatives': {
        text: 'Berätta neutralt om andra identifieringsverktyg och deras utfärdare.',
        why: 'Bankkoder är inte det enda starka identifieringsverktyget; alternativen och deras utfärdare förklaras utan att styra henne till ett företag.',
      },
    },
  },
  SC19: {
    title: 'Lära sig MinSkatt på kunddatorn',
    situation:
      'På Skatteförvaltningens servicepunkt vill en kund lära sig på kunddatorn hur inloggningen i MinSkatt fungerar och var sidorna om skattekortet finns. Hon vill helst inte att kundrådgivaren ser hennes personuppgifter på skärmen.',
    distractors: {
      'insist-on-seeing-screen': {
        text: 'Säg att du bara kan hjälpa om du får se hennes skärm hela tiden.',
        why: 'Hon bestämmer vad hon visar; muntlig handledning fungerar utan att du tittar på hennes uppgifter.',
      },
      'take-over-the-mouse': {
        text: 'Ta över musen och klicka dig själv igenom hennes sidor.',
        why: 'Hon lär sig genom att göra stegen själv, och om du tar över hamnar hennes uppgifter framför dig.',
      },
      'print-her-tax-details': {
        text: 'Skriv ut hennes skatteuppgifter på skrivaren vid disken så att ni kan gå igenom dem tillsammans.',
        why: 'Utskrifter går längre än hon ville visa, och de kan bli liggande vid disken.',
      },
    },
    right: {
      'customer-privacy': {
        text: 'Lova att hålla det du ser konfidentiellt och vägled med ord.',
        why: 'Hon bestämmer vad du ser, och vägledning med ord fungerar utan att du tittar på hennes uppgifter.',
      },
      'guide-own-service': {
        text: 'Vägled henne med ord till skattekortssidorna i MinSkatt medan hon klickar.',
        why: 'MinSkatt är Skatteförvaltningens egen tjänst, så vägledningen i den hör till den här servicepunkten.',
      },
    },
  },
  SC20: {
    title: 'Flyttanmälan utan finländskt identifieringsverktyg',
    situation:
      'På en servicepunkt hos Myndigheten för digitalisering och befolkningsdata vill en kund som nyligen flyttat till Finland göra en flyttanmälan. Han har inga finländska bankkoder eller andra identifieringsverktyg och ber kundrådgivaren göra den elektroniska anmälan åt honom på kundrådgivarens dator.',
    distractors: {
      'submit-with-own-codes': {
        text: 'Logga in med dina egna bankkoder och gör anmälan i hans namn.',
        why: 'Ditt identifieringsverktyg är bara ditt, och anmälan får inte göras under din identitet.',
      },
      'impossible-without-codes': {
        text: 'Säg att flytten inte kan anmälas utan finländska bankkoder.',
        why: 'Flytten kan anmälas också på myndighetens pappersblankett utan identifieringsverktyg, och han kan få veta vilka typer av identifieringsverktyg som finns.',
      },
      'recommend-quickest-bank': {
        text: 'Säg vilken bank som snabbast öppnar konto för nyinflyttade.',
        why: 'Berätta vilka typer av identifieringsverktyg som finns och vem som utfärdar dem, utan att rekommendera något företag.',
      },
      'friends-codes-on-work-computer': {
        text: 'Låt hans vän logga in med sina egna koder på din arbetsdator och skicka anmälan.',
        why: 'Någon annans koder får inte användas i hans ärende, och arbetsdatorn är inte till för kunders inloggningar.',
      },
    },
    right: {
      'own-channel': {
        text: 'Ge honom flyttanmälan på papper och ta emot den här på servicestället.',
        why: 'Myndighetens egen pappersblankett, som lämnas in på dess serviceställe, kräver inget identifieringsverktyg; när myndigheten själv sköter den är det dess egen service, inget ombudskap.',
      },
      'not-on-behalf': {
        text: 'Säg att du inte kan skicka den elektroniska anmälan i hans namn.',
        why: 'I e-tjänsten sköter ingen ärenden i hans namn, och hans anmälan får inte göras med din identitet.',
      },
      'no-eid-alternatives': {
        text: 'Berätta neutralt om finländska identifieringsverktyg och utfärdarna.',
        why: 'Många senare ärenden kräver ett identifieringsverktyg; när han känner till alternativen och utfärdarna kan han välja själv.',
      },
    },
  },
  SC21: {
    title: 'Anmälan till en kurs vid medborgarinstitutet',
    situation:
      'På kommunens servicepunkt ber en kund kundrådgivaren att anmäla henne till en kurs vid kommunens medborgarinstitut. Anmälan på nätet kräver bara namn och kontaktuppgifter, ingen stark autentisering, och hon har sin egen telefon med sig.',
    distractors: {
      'enrol-her-on-work-computer': {
        text: 'Logga in i kursernas e-tjänst som henne med koden hon läser upp och anmäl henne.',
        why: 'Ingen uträttar ärenden i e-tjänsten i hennes namn eller med hennes koder. Hon kan anmäla sig på sin egen telefon med din hjälp, eller så kan din organisation anmäla henne i sin egen kanal vid servicepunkten.',
      },
      'pick-course-for-her': {
        text: 'Välj en kurs åt henne från listan, eftersom hon verkar osäker.',
        why: 'Valet är hennes; ge henne information och låt henne bestämma själv.',
      },
      'send-to-library': {
        text: 'Skicka henne till biblioteket, där man hjälper till med e-tjänster.',
        why: 'Medborgarinstitutet är kommunens egen tjänst, så handledningen hör till den här servicepunkten.',
      },
      'keep-details-to-enrol-later': {
        text: 'Skriv upp hennes uppgifter och anmäl henne senare när du hinner.',
        why: 'Att spara hennes uppgifter för att senare göra ärendet åt henne är både att lagra kunduppgifter och att agera i hennes ställe.',
      },
    },
    right: {
      'own-channel': {
        text: 'Erbjud att anmäla henne vid disken, om medborgarinstitutet tillåter det.',
        why: 'När medborgarinstitutet tillåter det är en anmälan som kommunen tar emot i sin egen kanal kommunens egen service, inget ombudskap.',
      },
      'not-on-behalf': {
        text: 'Säg att du inte fyller i webbanmälan i hennes namn, fast hon ber om det.',
        why: 'I e-tjänsten sköter hon själv sitt ärende: du vägleder, eller så tar kommunen emot anmälan i sin egen kanal.',
      },
      'guide-own-service': {
        text: 'Vägled henne i webbanmälan på telefonen medan hon skriver själv.',
        why: 'Medborgarinstitutet är kommunens egen tjänst och formuläret är kort: hon klarar det själv med din hjälp.',
      },
    },
  },
  SC22: {
    title: 'FPA-ansökan på en samservicepunkt',
    situation:
      'En kommunal servicepunkt sköter FPA-ärenden enligt ett avtal om samservice. En kund vill ansöka om allmänt bostadsbidrag i MittFPA, FPA:s e-tjänst, på sin egen telefon och loggar in med mobilcertifikat, men ber kundrådgivaren att inte titta på hennes inkomstuppgifter.',
    distractors: {
      'not-our-service': {
        text: 'Säg att MittFPA inte hör till kommunen och skicka henne till FPA:s byrå.',
        why: 'Genom samserviceavtalet stöder servicepunkten FPA:s tjänst som om den vore dess egen.',
      },
      'hand-me-the-phone': {
        text: 'Be henne räcka över telefonen så att du kan kontrollera vad hon fyllt i.',
        why: 'Hon bestämmer vad hon visar; handled henne muntligt och titta bort när hon ber om det.',
      },
      'photograph-application': {
        text: 'Fotografera hennes ifyllda ansökan för servicepunktens arkiv.',
        why: 'Kopior av hennes uppgifter ska inte förvaras på servicepunkten, och hon har inte valt att visa dem.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Vägled henne steg för steg när hon fyller i ansökan om bostadsbidrag i MittFPA.',
        why: 'Enligt samserviceavtalet hjälper servicepunkten till med FPA:s tjänst som med sin egen; beslutet om bidraget fattar ändå FPA.',
      },
      'customer-privacy': {
        text: 'Titta bort så fort inkomstuppgifterna syns på skärmen och vägled henne med ord.',
        why: 'Hon bestämmer vad du ser; du kan vägleda henne utan att se hennes inkomster.',
      },
    },
  },
  SC37: {
    title: 'En granne vill ha fullmakt för FPA-ärenden',
    situation:
      'Till välfärdsområdets servicepunkt kommer en äldre man med sin granne, som vill att han ger henne fullmakt i Suomi.fi-fullmakter att sköta hans FPA-ärenden. Han har sin telefon och sina bankkoder, men frågar gång på gång vad en fullmakt är och om han håller på att köpa något.',
    distractors: {
      'approve-mandate-now': {
        text: 'Hjälp honom att godkänna fullmakten nu, eftersom grannen har förklarat saken för honom.',
        why: 'En fullmakt kräver att personen förstår vad hen ger. Så länge det är oklart ska du inte hjälpa honom att ge fullmakt.',
      },
      'neighbour-logs-in-for-him': {
        text: 'Låt grannen logga in med hans bankkoder, eftersom han litar på henne.',
        why: 'Koderna är personliga: ingen annan får använda dem, inte ens med hans samtycke.',
      },
      'decide-what-is-best': {
        text: 'Bestäm åt honom att grannens hjälp är bäst och fortsätt.',
        why: 'Den som ger digitalt stöd bestämmer inte åt kunden. Fråga om en intressebevakare eller en intressebevakningsfullmakt och följ organisationens anvisning.',
      },
    },
    right: {
      'capacity-concern': {
        text: 'Hjälp inte med fullmakten nu, utan följ organisationens rutin.',
        why: 'En fullmakt kräver att den som ger den förstår vad han ger; hans frågor gör det osäkert.',
      },
      'refer-service-owner': {
        text: 'Säg att hans FPA-ärenden hör till FPA och var FPA ger råd.',
        why: 'FPA:s förmåner är inte välfärdsområdets tjänst: FPA ger själv råd om dem.',
      },
    },
  },
  SC39: {
    title: 'En ansökan om färdtjänst och en tråd som tappas',
    situation:
      'Vid välfärdsområdets servicepunkt vill en äldre kvinna ansöka om områdets färdtjänst i dess e-tjänst med sin egen telefon. Hon loggar in med sina bankkoder, men glömmer gång på gång vad hon kom för och frågar två gånger om hon redan har betalat något.',
    distractors: {
      'submit-it-for-her': {
        text: 'Fyll i ansökan och skicka den åt henne, eftersom hon är förvirrad.',
        why: 'Den som ger digitalt stöd sköter inte ärendet i kundens namn. Så länge det är oklart om hon förstår vad hon ansöker om ska hon inte föras igenom ärendet.',
      },
      'ask-for-her-pin': {
        text: 'Be om hennes PIN-kod så att du kan logga in igen om hon tappar bort sig.',
        why: 'Koderna är personliga: den som ger digitalt stöd tar aldrig emot, skriver in eller antecknar dem.',
      },
      'send-her-home': {
        text: 'Säg åt henne att komma tillbaka med en anhörig och låt det stanna där.',
        why: 'Tjänsten är organisationens egen och kunden får inte skickas iväg tomhänt. Följ organisationens anvisning och fråga om en intressebevakare eller en intressebevakningsfullmakt.',
      },
    },
    right: {
      'capacity-concern': {
        text: 'Gör en paus innan något skickas och följ organisationens rutin för sådana fall.',
        why: 'En ansökan binder henne; så länge det är oklart om hon förstår den, hjälper man henne inte att göra den.',
      },
      'guide-own-service': {
        text: 'Förklara enkelt vad färdtjänsten är, medan hon håller telefonen.',
        why: 'Det är välfärdsområdets egen tjänst, så rådgivningen hör till den här servicepunkten; telefonen och besluten stannar hos henne.',
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
