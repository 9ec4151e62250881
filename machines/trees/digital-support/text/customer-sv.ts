/**
 * Standardträdets texter för kunden på svenska och varje regels "eftersom"-motivering.
 * Swedish customer-facing texts of the default digital-support tree, and the "because" phrase of
 * each rule of tree contract version 2 (shared/domain/tree-contract.md, R1–R22).
 *
 * `outcomes`: for each course of action, what the supporter can show the customer on a tablet or
 * read out. It tells the customer what happens now and why, kindly. Plain-language rules followed
 * (klarspråk, lättläst-friendly): two to five short sentences (at most about 15 words each, about
 * 60 words in all); common words ("apparat", "koder", "fullmakt"), no jargon; addressed to the
 * customer with "du", the supporter speaks as "jag", the organisation as "vi"; active verbs; no rule
 * or principle ids, no VERIFIED/INFERRED labels and nothing staff-internal (no "hänvisa",
 * "tjänsteägare", "princip" or "organisationens linje"). Every fact is the one the supporter text
 * (`sv.ts`) gives; our own reading is never worded as a law, and what depends on the service is
 * hedged ("om tjänsten tillåter det", "ofta", "du kan fråga"). Official names as the tree uses
 * them: Suomi.fi-fullmakter, DVV.
 *
 * `because`: completes "… eftersom …" next to a course of action, as the supporter sees it. It
 * names, in the supporter's words, the answers that make the rule apply; it starts in lower case,
 * leaves out "eftersom" (the UI adds it) and keeps subordinate-clause word order ("kunden inte kan").
 */
import type { DigitalSupportOutcomeId } from '../digital-support.tree.js';

export const customerSv = {
  outcomes: {
    'fraud-stop':
      'Det här ser ut som ett bedrägeri, så vi avbryter nu. Tryck inte på länken och ring inte numret i meddelandet eller varningen. Öppna tjänsten bara genom att själv skriva in dess adress. Om någon har fått dina koder, ring genast din banks spärrtjänst. Har du förlorat pengar eller har någon fått dina koder, gör också en polisanmälan.',
    'decline-repair':
      'Här reparerar vi inte telefoner, surfplattor eller datorer. Vi tar inte heller bort virus, byter operativsystem eller gör stora uppdateringar. En reparationstjänst eller butiken där du köpte apparaten kan hjälpa dig. Spara först en kopia av dina bilder och filer. Jag kan ändå hjälpa dig med små uppdateringar och appar som vi kommer överens om.',
    'capacity-concern':
      'En betalning, en underskrift och en fullmakt åt någon annan binder dig. Det är viktigt att du förstår dem väl, så vi väntar med dem nu. Jag bestämmer ingenting åt dig. Har du redan en intressebevakare eller någon annan som sköter dina ärenden? Jag kan ta reda på var du kan få mer hjälp.',
    'safeguard-customer':
      'Du bestämmer själv över dina ärenden. Jag skulle vilja tala med dig i enrum en stund. Du får tänka i lugn och ro, och vi kan också träffas en annan dag. Jag gör bara det som du själv vill. Vill du ha hjälp av någon närstående, finns det ett säkert sätt som du väljer.',
    'keep-credentials-private':
      'Dina koder är personliga, så bara du får använda dem. Ge dem inte till någon, inte ens till mig eller en anhörig. Skriv in dem själv; jag tittar inte utan vägleder dig med ord. Banker och myndigheter ber aldrig om dina koder per telefon eller i meddelanden. En närstående kan sköta dina ärenden på ett säkert sätt, utan dina koder.',
    'own-channel':
      'Det här är vår egen tjänst, så e-tjänsten är inte det enda sättet. Om tjänsten tillåter det kan vi sköta ärendet på plats, per telefon eller på papper. Vi gör det i vårt eget system, aldrig med dina koder. Fråga oss om någon du litar på kan sköta det med en fullmakt.',
    'not-on-behalf':
      'Jag kan inte fylla i, skicka eller betala något åt dig i en e-tjänst. Men jag kan vägleda dig medan du gör det själv. En närstående kan sköta det åt dig på ett säkert sätt med Suomi.fi-fullmakter. Ofta går det också per telefon, på papper eller på plats. Jag kan läsa upp ett brev; fråga avsändaren vad det betyder.',
    'e-authorizations':
      'Med Suomi.fi-fullmakter kan någon du litar på sköta valda ärenden åt dig på nätet. Personen loggar in med sina egna koder, aldrig med dina. Du godkänner personens begäran på nätet eller vid DVV:s serviceställe. Kan du inte ta dig dit, kan du skicka en ansökan i stället. Alla e-tjänster godtar inte fullmakter, och banker har egna fullmakter.',
    'no-eid-alternatives':
      'Offentlig information och tomma blanketter kräver ingen inloggning. Du kan logga in med bankkoder, ett mobilcertifikat eller ett identitetskort. Du får dem av en bank, ett telefonbolag eller polisen. Ofta kan du också sköta ärendet per telefon, på papper eller på plats. I många tjänster kan också någon du litar på sköta ärendet åt dig med Suomi.fi-fullmakter.',
    'guide-own-service':
      'Det här är vår egen tjänst, så jag hjälper dig med den. Du gör stegen och loggar in själv, och jag vägleder dig. Jag kan berätta vad du kan ansöka om, var och senast när. Om en fråga är oklar förklarar jag den, och du väljer svaret. Jag visar också var du kan få hjälp senare.',
    'refer-service-owner':
      'Det här är en annan myndighets eller ett annat företags tjänst. Jag visar dig tjänstens egen webbadress och var du kan få råd där. Ett säkert svar om deras regler kan bara de själva ge. Ha detta till hands: dina egna koder för inloggning, brevet eller beslutet och dina frågor.',
    'refer-general-support':
      'Här hjälper vi till med våra egna tjänster. Bibliotek och punkter för digitalt stöd hjälper dig med dina egna apparater och andra tjänster. Jag berättar var närmaste ställe finns och när du kan gå dit. Gäller ditt ärende oss, hjälper jag dig gärna med det.',
    'general-support':
      'Jag kan hjälpa dig att använda din apparat och hitta rätt tjänst. Vi öppnar tjänsten via dess egen adress, inte via en länk i ett meddelande. Fråga tjänsten själv vad du kan ansöka om och hur du ska svara. Jag kan hjälpa med enkla problem i nätbanken; bankråd ger banken. Jag betalar inte åt dig och rekommenderar inga produkter.',
    'remote-support':
      'Innan vi pratar om ditt ärende kontrollerar jag vem jag talar med. Jag använder bara våra officiella kanaler: telefon, chatt eller skärmdelning. Om du delar din skärm, startar och stoppar du delningen själv och behåller kontrollen. Pausa delningen medan du skriver in koder. Du kan läsa upp texten på skärmen för mig, men läs aldrig upp koder.',
    'no-supporter-device-login':
      'Logga in på din egen telefon eller dator, eller på vår kunddator. Logga inte in på min arbetsdator eller arbetstelefon. Då blir inget av ditt kvar på min apparat. Finns det ingen apparat att använda, hittar vi en annan väg eller tid.',
    'shared-device-care':
      'Du kan sköta ditt ärende på den här gemensamma datorn, och jag hjälper dig. Logga ut ur alla tjänster när du är klar. Innan du går tömmer vi webbläsaren och tar bort dina nedladdningar, skanningar och utskrifter. Då kan nästa kund inte se dina uppgifter.',
    'customer-privacy':
      'Du bestämmer vad du visar mig. Jag kan få se dina personuppgifter, men jag för dem inte vidare. Jag kan vägleda dig med ord, så jag behöver inte se din skärm. Jag tittar bort när du skriver in koder eller öppnar privata uppgifter. Om jag hjälper dig på distans väljer du själv vad du delar.',
    'data-loss-risk':
      'Du ansvarar för din apparat, dess innehåll och apparna som vi kommer överens om. När vi installerar en app eller ändrar inställningar kan uppgifter ibland försvinna. Spara därför först en kopia av viktiga bilder och filer. Vi kommer överens om exakt vad vi ändrar, och vi ändrar bara det. Använd ditt eget konto i appbutiken.',
  },
  because: {
    R1: 'det finns tecken på bedrägeri',
    R2: 'kunden erbjuder sina koder eller ber dig logga in, eller någon annan använder kundens koder',
    R3: 'kunden vill ha reparation, borttagning av skadliga program, byte av operativsystem eller stora uppdateringar',
    R4: 'kunden vill att en närstående sköter kundens ärenden',
    R5: 'kunden ber dig sköta saken åt sig',
    R6: 'du arbetar i din organisations kundservice och kunden bara behöver hjälp med en enhet eller digitala färdigheter',
    R7: 'du ger allmänt digitalt stöd och kunden bara behöver hjälp med en enhet eller digitala färdigheter',
    R8: 'det gäller allmän användning av din organisations egen tjänst',
    R9: 'det gäller ett ärende i din organisations egen tjänst och kunden loggar in själv eller inte behöver logga in',
    R10: 'det gäller ett ärende i en annan organisations tjänst',
    R11: 'du ger allmänt digitalt stöd och det gäller allmän användning av en annan organisations tjänst',
    R12: 'ärendet kräver stark autentisering och kunden saknar identifieringsverktyg',
    R13: 'ärendet kräver stark autentisering och kunden inte kan använda sitt identifieringsverktyg',
    R14: 'kunden använder en kunddator som kunderna delar',
    R15: 'kunden skulle logga in på din arbetsdator eller arbetstelefon',
    R16: 'hjälpen gäller att installera en app eller ändra inställningar',
    R17: 'kunden vill hålla sin skärm eller sina personuppgifter för sig själv',
    R18: 'någon som är med kunden pressar kunden',
    R19: 'du hjälper per telefon, chatt eller skärmdelning',
    R20: 'ärendet är din organisations eget och kunden vill att du eller en närstående sköter det, eller inte kan logga in själv',
    R21: 'du arbetar i din organisations kundservice och tjänsten är en annan organisations',
    R22: 'kunden kanske inte kan förstå eller bestämma själv',
  },
} as const satisfies {
  readonly outcomes: Record<DigitalSupportOutcomeId, string>;
  readonly because: Record<`R${number}`, string>;
};
