/** Palvelutilanteen skenaarioiden suomenkieliset tekstit skenaarion tunnisteen mukaan. */
import type { ScenarioText } from '../../../../scenarios/scenario.types.js';

export const fi = {
  SC01: {
    title: 'Ajanvaraus hyvinvointialueen omassa asiointipalvelussa',
    situation:
      'Hyvinvointialueen asiointipisteessä asiakas haluaa varata ajan alueen omassa sähköisessä asiointipalvelussa. Hänellä on oma puhelin mukanaan, ja hän pystyy kirjautumaan pankkitunnuksillaan.',
    distractors: {
      'log-in-with-read-out-codes': {
        text: 'Ota hänen puhelimensa ja kirjaudu hänen puolestaan tunnuksilla, jotka hän lukee sinulle ääneen.',
        why: 'Tunnukset ovat henkilökohtaiset: asiakas kirjautuu itse, etkä sinä näppäile tai kuuntele niitä.',
      },
      'send-to-library': {
        text: 'Ohjaa hänet kirjaston digitukeen, koska ajanvarauksessa opastaminen ei kuulu sinulle.',
        why: 'Hyvinvointialueen on tuettava oman asiointipalvelunsa käyttöä, joten apu kuuluu juuri tähän pisteeseen.',
      },
      'note-username-on-slip': {
        text: 'Kirjoita hänen käyttäjätunnuksensa ajanvarauslapulle, niin seuraava kirjautuminen sujuu nopeammin.',
        why: 'Paperille kirjoitettuja kirjautumistietoja voidaan käyttää väärin; ne ovat hänen omiaan ja pysyvät hänellä.',
      },
      'fill-in-then-let-her-confirm': {
        text: 'Täytä varauslomake valmiiksi hänen puolestaan ja pyydä häntä vain vahvistamaan se lopuksi.',
        why: 'Asian tekeminen asiakkaan puolesta ei ole opastusta; hän oppii, kun tekee vaiheet itse neuvojesi avulla.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Opasta häntä ajanvarauksessa vaihe vaiheelta, kun hän kirjautuu ja etenee puhelimellaan itse.',
        why: 'Kyse on hyvinvointialueen omasta asiointipalvelusta, joten sen käytön tukeminen kuuluu tälle pisteelle; asiakas tekee vaiheet ja kirjautuu itse.',
      },
    },
  },
  SC03: {
    title: 'Veroilmoitus kunnan asiointipisteessä',
    situation:
      'Kunnan asiakaspalvelupisteessä asiakas istuu pisteen asiakaskoneella ja pyytää apua veroilmoitukseensa Verohallinnon OmaVerossa. Hän pystyy kirjautumaan omilla pankkitunnuksillaan, eikä pisteellä ole veroasiat kattavaa yhteispalvelusopimusta.',
    distractors: {
      'advise-on-deductions': {
        text: 'Käy hänen vähennyksensä läpi ja kerro, mitä niistä hänen kannattaa vaatia.',
        why: 'Verotuksen sisällöstä neuvoo Verohallinto; kunta vastaisi asiassa, joka ei kuulu sen toimivaltaan.',
      },
      'log-in-to-check': {
        text: 'Kirjaudu hänen tunnuksillaan ja katso, mitä esitäytetyssä veroilmoituksessa lukee.',
        why: 'Tunnuksia saa käyttää vain asiakas itse, ei kukaan muu edes pelkkään katsomiseen.',
      },
      'send-away-empty-handed': {
        text: 'Sano, etteivät veroasiat kuulu kunnalle, ja lopeta keskustelu siihen.',
        why: 'Häntä voi silti auttaa löytämään virallisen palvelun ja kertoa, mistä Verohallinto antaa neuvontaa.',
      },
      'keep-printout-at-desk': {
        text: 'Tulosta hänen veroilmoituksensa ja säilytä kopio tiskillä siltä varalta, että hän palaa.',
        why: 'Hänen verotietonsa eivät kuulu asiointipisteen säilytettäviksi, ja esillä lojuvat kopiot ovat riski.',
      },
    },
    right: {
      'refer-service-owner': {
        text: 'Kerro, että OmaVero on Verohallinnon palvelu, ja näytä, mistä Verohallinto neuvoo.',
        why: 'Veroasiat kuuluvat Verohallinnolle; kunta ohjaa sen neuvontaan eikä vastaa sen puolesta.',
      },
      'shared-device-care': {
        text: 'Pyydä häntä kirjautumaan ulos OmaVerosta ja tyhjentämään selain ennen lähtöä.',
        why: 'Asiakaskoneelle ei saa jäädä seuraavalle käyttäjälle mitään hänen tietojaan: ei avointa istuntoa eikä verotietoja selaimeen.',
      },
    },
  },
  SC04: {
    title: 'Ei tunnistusvälinettä, mutta haluaa nähdä terveystietonsa',
    situation:
      'Hyvinvointialueen asiointipisteessä iäkäs mies haluaa katsoa tabletillaan terveystietojaan ja reseptejään OmaKannasta. Hänellä ei ole pankkitunnuksia, mobiilivarmennetta eikä varmennetta henkilökortissaan.',
    distractors: {
      'log-in-with-own-codes': {
        text: 'Kirjaudu omilla pankkitunnuksillasi ja yritä avata hänen tietonsa.',
        why: 'Tunnuksesi tunnistavat sinut, eivät häntä: niitä ei saa käyttää toisen asioihin, eivätkä hänen tietonsa edes näkyisi.',
      },
      'nothing-can-be-done': {
        text: 'Kerro hänelle, ettei ilman tunnistusvälinettä voi tehdä mitään.',
        why: 'Vaihtoehtoja on: tunnistusvälineen hankkiminen, muu kuin sähköinen asiointikanava ja Suomi.fi-valtuudet luotetulle henkilölle.',
      },
      'recommend-a-bank': {
        text: 'Kerro, mistä pankista tunnukset saa helpoimmin, ja ohjaa hänet sinne.',
        why: 'Kerro tunnistusvälineiden tyypit ja niiden myöntäjät ohjaamatta häntä tiettyyn yritykseen.',
      },
      'companion-logs-in-to-show': {
        text: 'Anna mukana tulleen naapurin kirjautua omilla tunnuksillaan ja näyttää hänelle tiedot.',
        why: 'Naapurin tunnuksilla näkyvät naapurin omat tiedot; toisen puolesta asiointi vaatii Suomi.fi-valtuuden, jos palvelu sen sallii.',
      },
    },
    right: {
      'no-eid-alternatives': {
        text: 'Kerro puolueettomasti tunnistusvälineistä ja valtuuttamisen mahdollisuudesta.',
        why: 'Ilman tunnistusvälinettäkin keinoja on: hän voi hankkia sellaisen valitsemaltaan myöntäjältä tai antaa luottamalleen henkilölle Suomi.fi-valtuuden terveysasioihin.',
      },
      'refer-service-owner': {
        text: 'Kerro, että OmaKanta on Kelan, ja näytä sen ohjeet kanta.fi-sivustolla.',
        why: 'OmaKanta ei ole hyvinvointialueen oma palvelu: sen käyttöä koskevat kysymykset kuuluvat sen omaan neuvontaan, jonka tiedot ovat kanta.fi-sivustolla.',
      },
    },
  },
  SC05: {
    title: 'Isä, tytär ja hakemus',
    situation:
      'Isä ja hänen aikuinen tyttärensä tulevat hyvinvointialueen sosiaalipalvelujen asiointipisteeseen. Isä haluaa tyttären täyttävän hänen hakemuksensa alueen asiointipalvelussa, joten hän ojentaa tyttärelle puhelimensa pankin tunnuslukusovellus auki ja kertoo PIN-koodinsa.',
    distractors: {
      'allow-with-consent': {
        text: 'Anna tyttären kirjautua isän tunnuksilla, koska isä on antanut siihen luvan.',
        why: 'Lupa ei muuta asiaa: toisen henkilön tunnistusvälinettä ei saa käyttää.',
      },
      'type-fathers-codes': {
        text: 'Ota puhelin ja näppäile isän PIN-koodi itse, jotta päästään alkuun.',
        why: 'Et koskaan syötä asiakkaan tunnuksia; hän kirjautuu itse, ja sinä katsot sillä aikaa muualle.',
      },
      'paper-proxy-then-codes': {
        text: 'Pyydä heitä tuomaan allekirjoitettu paperinen valtakirja, minkä jälkeen tytär saa käyttää isän tunnuksia.',
        why: 'Paperinen valtakirja ei tee tunnusten luovuttamisesta hyväksyttävää; asiointipalvelussa tytär toimii Suomi.fi-valtuudella ja omilla tunnuksillaan.',
      },
      'fill-in-from-dictation': {
        text: 'Täytä hakemus itse tyttären sanellessa vastaukset.',
        why: 'Asian hoitaminen heidän puolestaan ei ole digitukea; opasta isää tekemään se itse tai tytärtä toimimaan valtuudella.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Ojenna puhelin takaisin isälle: vain hän saa käyttää tunnuksiaan, suostumuksesta huolimatta.',
        why: 'Tunnukset ovat henkilökohtaiset: suostumuskaan ei anna tyttärelle tai sinulle lupaa kirjautua hänenä.',
      },
      'e-authorizations': {
        text: 'Kerro, että isä voi valtuuttaa tyttärensä Suomi.fi-valtuuksilla hoitamaan asian.',
        why: 'Asiointipalvelussa tytär voi toimia isän puolesta vain valtuudella ja omilla tunnuksillaan; kukin palvelu päättää, hyväksyykö se valtuudet.',
      },
    },
  },
  SC06: {
    title: 'Liite ja kiire bussiin',
    situation:
      'Kelan palvelupisteessä asiakas täyttää hakemusta OmaKela-asiointipalvelussa aulan asiakaskoneella. Hän kysyy virkailijalta, miten vuokrasopimus liitetään hakemukseen – hän on ladannut sen sähköpostistaan PDF-tiedostona – ja kertoo, että sitten hänen on kiirehdittävä bussiin.',
    distractors: {
      'next-customer-closes-it': {
        text: 'Anna hänen kiirehtiä bussiin; seuraava asiakas sulkee ikkunan kuitenkin.',
        why: 'Auki jäänyt istunto ja ladattu tiedosto näyttävät hänen henkilötietonsa sille, joka istuu koneelle seuraavaksi.',
      },
      'browse-open-session': {
        text: 'Selaa avointa istuntoa ja tarkista, menikö hakemus perille.',
        why: 'Hän ei ole valinnut näyttää sinulle näitä tietoja, eikä hänen tilillään pidä katsella.',
      },
      'save-decision-to-desktop': {
        text: 'Tallenna hakemuksen yhteenveto työpöydälle, niin hän voi hakea sen myöhemmin.',
        why: 'Yhteiskäyttöiselle koneelle jätetyt tiedostot voi avata kuka tahansa seuraava käyttäjä.',
      },
      'log-out-at-closing-time': {
        text: 'Jätä asia toistaiseksi ja kirjaa kaikki avoimet istunnot ulos sulkemisaikaan.',
        why: 'Istunto suljetaan ja selaimen tiedot tyhjennetään ennen kuin asiakas lähtee, ei tunteja myöhemmin.',
      },
    },
    right: {
      'shared-device-care': {
        text: 'Pyydä häntä ennen lähtöä kirjautumaan kaikesta ulos ja poistamaan ladattu sopimus.',
        why: 'Yhteiskäyttöiselle koneelle ei saa jäädä mitään hänen tietojaan: auki jäänyt istunto tai ladattu tiedosto on seuraavan asiakkaan nähtävillä.',
      },
      'guide-own-service': {
        text: 'Näytä vaihe vaiheelta, miten sopimus liitetään, ja anna hänen klikata itse.',
        why: 'OmaKela on Kelan oma palvelu, joten sen käytössä opastaminen kuuluu tälle pisteelle; asiakas tekee vaiheet itse.',
      },
    },
  },
  SC09: {
    title: 'Kirjautumisongelma asukaspysäköinnin tukipuhelimessa',
    situation:
      'Asiakas soittaa kaupungin asukaspysäköinnin verkkopalvelun tukipuhelimeen, koska hän ei pääse kirjautumaan. Hän tarjoutuu lukemaan ääneen salasanansa ja tekstiviestillä tulleen kertakäyttöisen koodin, jotta neuvoja voisi kirjautua hänen puolestaan etänä.',
    distractors: {
      'accept-codes-to-save-time': {
        text: 'Ota tunnukset vastaan ajan säästämiseksi ja kirjaudu hänen puolestaan.',
        why: 'Tunnukset ovat vain hänen; hän kirjautuu itse, ja sinä opastat vaihe vaiheelta.',
      },
      'remote-tool-from-web': {
        text: 'Pyydä häntä lataamaan netistä etäkäyttöohjelma, jotta voit ohjata hänen konettaan.',
        why: 'Tukea annetaan vain organisaation virallisten kanavien kautta, ei netistä löydetyillä työkaluilla.',
      },
      'call-back-from-private-phone': {
        text: 'Soita hänelle myöhemmin omasta yksityisestä puhelimestasi ja hoida asia silloin loppuun.',
        why: 'Apua annetaan organisaation omien kanavien kautta, ei yksityisistä puhelimista.',
      },
      'note-password-in-call-log': {
        text: 'Kirjaa hänen salasanansa puhelun muistiinpanoihin siltä varalta, että hän unohtaa sen taas.',
        why: 'Digituen antaja ei tallenna asiakkaan salasanoja mihinkään.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Keskeytä hänet ennen kuin hän lukee tunnuksia, ja opasta häntä näppäilemään ne itse.',
        why: 'Tunnuksia ei lueta ääneen edes kaupungin omalle neuvojalle; hän kirjautuu itse, ja sinä opastat.',
      },
      'remote-support': {
        text: 'Opasta sen perusteella, mitä hän lukee sinulle näytöltä – koskaan ei tunnuksia.',
        why: 'Puhelimessa et näe hänen näyttöään: hyvä käytäntö on edetä sen mukaan, mitä hän lukee sinulle, kaupungin virallisessa puhelinpalvelussa, ja keskeyttää, jos hän alkaa lukea koodia.',
      },
    },
  },
  SC11: {
    title: 'Tekstiviesti veronpalautuksesta',
    situation:
      'Verohallinnon palvelupisteessä asiakas näyttää tekstiviestiä, jossa kerrotaan häntä odottavasta veronpalautuksesta. Viestin mukaan palautuksen saa kirjautumalla linkin kautta, ja asiakas pyytää apua kirjautumiseen pankkitunnuksillaan.',
    distractors: {
      'open-link-to-check': {
        text: 'Avaa linkki työkoneellasi ja katso, näyttääkö sivu aidolta.',
        why: 'Tällaisten viestien linkit vievät aidon näköisille valesivustoille; palveluun mennään vain sen tunnetusta osoitteesta.',
      },
      'log-in-through-link': {
        text: 'Auta häntä kirjautumaan linkin kautta, koska hän näppäilee tunnukset itse.',
        why: 'Valesivustolle syötetyt tunnukset päätyvät huijareille riippumatta siitä, kuka ne näppäilee.',
      },
      'trust-the-logo': {
        text: 'Vakuuta hänelle, että viesti on aito, koska siinä on viraston logo.',
        why: 'Logon voi kopioida helposti; Verohallinnon mukaan sen viesteissä ei koskaan ole suoraa linkkiä OmaVeroon, joten jo linkki paljastaa huijauksen.',
      },
    },
    right: {
      'fraud-stop': {
        text: 'Kehota jättämään linkki avaamatta ja avaamaan OmaVero sen tunnetusta osoitteesta.',
        why: 'Verohallinnon mukaan sen viesteissä ei koskaan ole suoraa linkkiä OmaVeroon; todellinen palautus näkyy OmaVerossa.',
      },
    },
  },
  SC12: {
    title: 'Puhelu kotihoidon käynnillä',
    situation:
      'Hyvinvointialueen kotihoidon käynnillä iäkkään naisen puhelin soi, ja soittaja sanoo olevansa pankin turvallisuusosastolta. Hän hoputtaa naista vahvistamaan tunnuksensa sivulla, jonka linkin hän juuri lähetti tekstiviestillä, ja nainen pyytää kotihoidon työntekijää auttamaan tunnusten näppäilyssä.',
    distractors: {
      'read-codes-to-caller': {
        text: 'Lue tunnukset soittajalle hänen puolestaan, koska hän on hätääntynyt.',
        why: 'Pankit ja viranomaiset eivät koskaan kysy tunnuksia puhelimessa tai viestillä; niiden kertominen avaa soittajalle pääsyn hänen rahoihinsa.',
      },
      'type-codes-on-callers-site': {
        text: 'Näppäile tunnukset sivulle ja katso, onko se aito.',
        why: 'Tunnusten syöttäminen on juuri sitä, mitä huijari tavoittelee; linkkiä ei käytetä lainkaan.',
      },
      'step-out-private-call': {
        text: 'Poistu huoneesta, koska puhelu on hänen yksityisasiansa.',
        why: 'Painostus tunnusten luovuttamiseen on huijauksen merkki; jää paikalle ja auta häntä katkaisemaan puhelu.',
      },
      'call-number-caller-gave': {
        text: 'Soita soittajan antamaan numeroon ja tarkista, onko hän todella pankista.',
        why: 'Numero vie takaisin huijarille; pankkiin otetaan yhteys vain numerosta, jonka hän tietää muualta, esimerkiksi pankin omilta sivuilta.',
      },
    },
    right: {
      'fraud-stop': {
        text: 'Auta häntä lopettamaan puhelu ja jättämään linkin sivu avaamatta.',
        why: 'Soittaja, joka hoputtaa syöttämään tunnukset linkin kautta, toimii pankkihuijauksen kaavalla: keskeytä, ja ota pankkiin yhteys vain tunnetusta numerosta.',
      },
      'keep-credentials-private': {
        text: 'Kerro, ettei pankki kysy tunnuksia puhelimessa eikä viestillä.',
        why: 'Tunnukset ovat henkilökohtaiset, eikä pankki koskaan kysy niitä puhelimessa tai viestillä, joten kysyjä ei ole pankki.',
      },
    },
  },
  SC13: {
    title: 'Pitkä lomake pienellä näytöllä',
    situation:
      'Kunnan asiakaspalvelupisteessä äiti haluaa hakea lapselleen varhaiskasvatuspaikkaa kunnan asiointipalvelussa. Hänen mielestään puhelimen näyttö on liian pieni pitkälle lomakkeelle, joten hän haluaisi kirjautua pankkitunnuksillaan virkailijan työkoneella, vaikka pisteessä on myös asiakaskone.',
    distractors: {
      'work-computer-then-log-out': {
        text: 'Anna hänen kirjautua työkoneellasi ja kirjaudu lopuksi vain ulos.',
        why: 'Työkone ei ole asiakkaiden kirjautumista varten; hänen tietojaan ja istuntoaan voisi jäädä järjestelmääsi.',
      },
      'enter-in-case-system-for-her': {
        text: 'Kirjaudu asiointipalveluun omilla tunnuksillasi ja täytä hakemus hänen nimissään.',
        why: 'Kukaan ei asioi asiointipalvelussa hänen nimissään. Jos hän ei pysty tekemään sitä itse, organisaatiosi voi ottaa hakemuksen vastaan omassa kanavassaan (palvelupisteessä, puhelimessa, paperilla), tai hän voi valtuuttaa jonkun.',
      },
      'send-to-library': {
        text: 'Ohjaa hänet kirjaston digitukeen, jossa autetaan tietokoneiden kanssa.',
        why: 'Kyse on kunnan omasta asiointipalvelusta, joten sen käytössä opastaminen kuuluu tälle pisteelle.',
      },
      'come-back-another-day': {
        text: 'Pyydä häntä palaamaan toisena päivänä isomman laitteen kanssa.',
        why: 'Pisteessä on asiakaskone juuri tätä varten, ja oman palvelun tuki kuuluu antaa nyt.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Opasta häntä vaihe vaiheelta varhaiskasvatushakemuksessa, kun hän täyttää sen itse.',
        why: 'Kyse on kunnan omasta asiointipalvelusta: sen käytössä opastaminen kuuluu tälle pisteelle, tässä ja nyt.',
      },
      'no-supporter-device-login': {
        text: 'Tarjoa hänelle pitkää lomaketta varten asiakaskonetta työkoneesi sijaan.',
        why: 'Hyvä käytäntö (oppaan tulkinta): asiakas kirjautuu omalla tai yhteiskäyttöisellä laitteella, jotta työkoneelle ei jää mitään hänen tietojaan.',
      },
    },
  },
  SC14: {
    title: 'Uuden puhelimen käyttöönotto Kelan asioinnin jälkeen',
    situation:
      'Kelan palvelupisteessä asiakas pyytää etuusasiansa hoidettuaan, että virkailija siirtäisi hänen yhteystietonsa ja kuvansa uuteen puhelimeen ja ottaisi siinä sähköpostin käyttöön. Asiaan ei liity mitään Kelan palvelua, vain puhelin.',
    distractors: {
      'take-phones-to-back-office': {
        text: 'Vie molemmat puhelimet takahuoneeseen ja tee siirto hänen odottaessaan.',
        why: 'Hän vastaa itse laitteistaan ja tiedoistaan ja tekee vaiheet itse; puhelin ei katoa hänen näkyvistään.',
      },
      'reset-old-phone': {
        text: 'Palauta vanha puhelin tehdasasetuksiin, kun siirto näyttää valmiilta.',
        why: 'Palautus voi pyyhkiä tiedot, joista ei ole varmuuskopiota; tällaisista vaiheista päättää asiakas itse.',
      },
      'set-up-email-quickly': {
        text: 'Määritä uuteen puhelimeen itse ainakin sähköposti, koska se vie vain hetken.',
        why: 'Hänen oma puhelimensa ei ole Kelan palvelua, ja joutuisit näppäilemään hänen sähköpostinsa salasanan; yleinen digituki auttaa häntä tekemään sen itse.',
      },
      'recommend-a-shop': {
        text: 'Suosittele siirtoon puhelinliikettä, jossa itse asioit.',
        why: 'Asiakkaan ohjaaminen tiettyyn yritykseen ei ole puolueetonta.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Kerro, missä ja milloin lähin kirjasto auttaa uuden puhelimen käyttöönotossa.',
        why: 'Apu hänen omaan puhelimeensa ei ole Kelan palvelua; sitä antaa yleinen digituki, ja hänen pitää lähteä tietäen, minne ja milloin.',
      },
      'data-loss-risk': {
        text: 'Muistuta häntä varmuuskopioimaan yhteystiedot ja kuvat ennen kuin mitään siirretään.',
        why: 'Hän vastaa itse puhelimestaan ja sen tiedoista, ja siirrossa voi kadota kaikki, mitä ei ole varmuuskopioitu.',
      },
    },
  },
  SC15: {
    title: 'Tekstinkäsittelyn opetusta työllisyyspalveluissa',
    situation:
      'Kunnan työllisyyspalveluissa työnhakija käyttää asiakaskonetta ja pyytää henkilökuntaa opettamaan, miten tekstinkäsittelyohjelmalla kirjoitetaan ja tallennetaan asiakirja. Kysymys koskee vain tietokoneen perustaitoja, ei mitään työllisyyspalvelujen asiointipalvelua.',
    distractors: {
      'save-cv-on-desktop': {
        text: 'Tallenna hänen asiakirjansa asiakaskoneen työpöydälle, niin hän voi jatkaa ensi kerralla.',
        why: 'Yhteiskäyttöiselle koneelle jätetyt tiedostot voi lukea seuraava käyttäjä.',
      },
      'log-in-to-her-email': {
        text: 'Kirjaudu hänen sähköpostiinsa hänen salasanallaan ja lähetä tiedosto hänelle.',
        why: 'Salasanat ovat vain hänen, etkä hoida hänen tilejään hänen puolestaan.',
      },
      'finish-it-for-her-later': {
        text: 'Kopioi hänen asiakirjansa omalle muistitikullesi ja viimeistele muotoilu hänen puolestaan myöhemmin.',
        why: 'Hänen asiakirjansa ei kuulu lähteä mukaasi, eikä työn tekeminen hänen puolestaan opeta hänelle mitään.',
      },
      'teach-basics-while-quiet': {
        text: 'Opeta hänelle tekstinkäsittelyn perusteet itse, koska jonoa ei juuri nyt ole.',
        why: 'Yleiset tietokonetaidot eivät kuulu työllisyyspalvelujen tehtäviin; yleinen digituki opettaa niitä kunnolla, ja sinne hän voi palata uudelleen.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Kerro, missä ja milloin kirjasto tai digitukipiste opettaa tekstinkäsittelyn perusteita.',
        why: 'Tietokoneen perustaidot eivät kuulu tämän palvelun tehtäviin; niitä opettaa yleinen digituki, ja hän tarvitsee paikan ja ajat.',
      },
      'shared-device-care': {
        text: 'Pyydä häntä kirjautumaan ulos ja poistamaan tiedostonsa asiakaskoneelta ennen lähtöä.',
        why: 'Asiakaskoneen seuraava käyttäjä ei saa löytää hänen asiakirjojaan eikä auki jäänyttä tiliä.',
      },
    },
  },
  SC16: {
    title: 'Pyyntö maksaa lasku verkkopankissa',
    situation:
      'Kunnan asiakaspalvelupisteessä asiakas pyytää virkailijaa maksamaan laskun hänen verkkopankissaan. Hän ojentaa puhelimensa pankin tunnuslukusovellus auki ja kertoo PIN-koodinsa.',
    distractors: {
      'pay-while-she-watches': {
        text: 'Maksa lasku hänen puhelimellaan, koska hän katsoo vieressä ja suostuu siihen.',
        why: 'Maksun tekeminen asiakkaan puolesta on puolesta-asiointia, ja PIN-koodi on vain hänen.',
      },
      'teach-online-banking-from-scratch': {
        text: 'Ala opettaa hänelle verkkopankin käyttöä aivan alusta.',
        why: 'Verkkopankin käytön aloittamisessa auttaa hänen oma pankkinsa, joka tuntee palvelunsa.',
      },
      'keep-invoice-and-phone': {
        text: 'Pidä lasku ja puhelin tiskillä ja maksa lasku, kun on hiljaisempaa.',
        why: 'Puhelimen, tunnusten ja maksujen on pysyttävä hänen omissa käsissään.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Anna puhelin takaisin ja kerro, että tunnusluku on vain hänen, ei henkilökunnan.',
        why: 'Tunnusluku on henkilökohtainen: kukaan muu ei näppäile eikä edes kuule sitä, vaikka hän itse haluaisi.',
      },
      'not-on-behalf': {
        text: 'Kerro, ettet voi maksaa hänen nimissään; pankki auttaa maksuissa.',
        why: 'Laskun maksaminen asiakkaan puolesta on asiointia hänen nimissään; pankilla on maksamiseen omat kanavansa ja valtakirjansa.',
      },
    },
  },
  SC17: {
    title: 'Apteekin sovelluksen asentaminen',
    situation:
      'Hyvinvointialueen terveysaseman asiakaspalvelussa asiakas kysyy, miten hän asentaa omaan puhelimeensa käyttämänsä apteekin sovelluksen tilatakseen tuotteita verkosta. Apteekin hän on jo valinnut itse.',
    distractors: {
      'recommend-own-favourite-app': {
        text: 'Ehdota, että hän käyttäisi mieluummin samaa apteekkisovellusta kuin sinä.',
        why: 'Asiakkaan ohjaaminen tiettyyn yritykseen ei ole puolueetonta; valinta on hänen.',
      },
      'use-own-app-store-account': {
        text: 'Asenna sovellus omalla sovelluskauppatililläsi, niin se käy nopeammin.',
        why: 'Asennukset tehdään hänen omalla tilillään hänen omaan laitteeseensa, jotta ne pysyvät hänen hallinnassaan.',
      },
      'install-it-while-quiet': {
        text: 'Asenna sovellus hänen puhelimeensa itse, kun odotustilassa on hiljaista.',
        why: 'Apu omaan puhelimeen ja apteekin sovellukseen ei ole terveysaseman palvelua; kun teet sen hänen puolestaan, hän ei myöskään osaa ensi kerralla.',
      },
      'log-in-to-app-for-her': {
        text: 'Kirjaudu sovellukseen hänen puolestaan hänen pankkitunnuksillaan.',
        why: 'Hän kirjautuu itse; hänen tunnuksensa eivät ole koskaan sinun käytettävissäsi.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Kerro, missä ja milloin kirjasto auttaa sovellusten asentamisessa.',
        why: 'Apu hänen omaan puhelimeensa ei ole terveysaseman palvelua; sitä antaa yleinen digituki.',
      },
      'refer-service-owner': {
        text: 'Kerro apteekin omista ohjeista ja asiakaspalvelusta sovellusta varten.',
        why: 'Sovellus on apteekin palvelu: apteekki, ei terveysasema, tuntee sen ja vastaa siitä.',
      },
    },
  },
  SC18: {
    title: 'Poika haluaa hoitaa äitinsä Kela-asiat',
    situation:
      'Kelan palvelupisteessä iäkäs nainen kertoo, että hänen näkönsä on heikentynyt niin, ettei hän enää pysty käyttämään pankkitunnuksiaan. Mukana oleva aikuinen poika haluaisi jatkossa hoitaa äitinsä Kela-asiat verkossa.',
    distractors: {
      'son-uses-mothers-codes': {
        text: 'Anna pojan käyttää äitinsä pankkitunnuksia, koska äiti suostuu siihen.',
        why: 'Toisen henkilön tunnistusvälineellä ei saa kirjautua, ei luvan kanssakaan.',
      },
      'clerk-acts-as-proxy': {
        text: 'Lupaa täyttää hänen verkkohakemuksensa jatkossa itse hänen nimissään.',
        why: 'Virkailija ei asioi asiakkaan nimissä; oikea reitti on valtuus luotetulle henkilölle tai muu kuin sähköinen asiointikanava.',
      },
      'signed-note-is-enough': {
        text: 'Kerro, että äidin allekirjoittama lappu riittää siihen, että poika voi käyttää äidin verkkotiliä.',
        why: 'Puolesta-asiointi verkkopalvelussa perustuu sähköiseen valtuuteen, ja poika kirjautuu omilla tunnuksillaan.',
      },
      'she-must-manage-alone': {
        text: 'Sano, että hänen on jatkettava asiointipalvelun käyttöä itse, koska muuta keinoa ei ole.',
        why: 'Vaihtoehtoja on: pojan valtuuttaminen, hakemuksella valtuuttaminen ja muu kuin sähköinen asiointikanava.',
      },
    },
    right: {
      'own-channel': {
        text: 'Tarjoa toistaiseksi Kelan palvelupistettä, puhelinta ja paperilomakkeita.',
        why: 'Kelan omat kanavat ovat hänen käytössään; kun Kela hoitaa asian niissä, se on Kelan omaa palvelua eikä asiointia hänen puolestaan.',
      },
      'e-authorizations': {
        text: 'Kerro, miten äiti voi valtuuttaa poikansa Suomi.fi-valtuuksilla hoitamaan Kela-asiat.',
        why: 'Poika asioi silloin omilla tunnuksillaan; koska äiti ei pysty käyttämään omiaan, hän voi hyväksyä valtuuspyynnön DVV:n palvelupisteessä.',
      },
      'no-eid-alternatives': {
        text: 'Kerro puolueettomasti muista tunnistusvälineistä ja niiden myöntäjistä.',
        why: 'Pankkitunnukset eivät ole ainoa vahva tunnistusväline; vaihtoehdot ja niiden myöntäjät kerrotaan ohjaamatta mihinkään yritykseen.',
      },
    },
  },
  SC19: {
    title: 'OmaVeron opettelua asiakaskoneella',
    situation:
      'Verohallinnon palvelupisteessä asiakas haluaa oppia asiakaskoneella, miten OmaVeroon kirjaudutaan ja mistä verokorttia koskevat sivut löytyvät. Hän toivoo, ettei virkailija näkisi hänen henkilötietojaan näytöltä.',
    distractors: {
      'insist-on-seeing-screen': {
        text: 'Kerro, että voit auttaa vain, jos näet hänen näyttönsä koko ajan.',
        why: 'Hän päättää, mitä näyttää; sanallinen opastus onnistuu katsomatta hänen tietojaan.',
      },
      'take-over-the-mouse': {
        text: 'Ota hiiri ja klikkaa hänen sivunsa läpi itse.',
        why: 'Hän oppii tekemällä vaiheet itse, ja ohjaimiin tarttuminen tuo hänen tietonsa sinun eteesi.',
      },
      'print-her-tax-details': {
        text: 'Tulosta hänen verotietonsa tiskin tulostimella, niin voitte käydä ne läpi yhdessä.',
        why: 'Tulosteet menevät pidemmälle kuin hän halusi näyttää, ja ne voivat jäädä tiskille.',
      },
    },
    right: {
      'customer-privacy': {
        text: 'Lupaa pitää näkemäsi luottamuksellisena ja opasta sanallisesti.',
        why: 'Hän päättää, mitä näet, ja sanallinen opastus toimii katsomatta hänen tietojaan.',
      },
      'guide-own-service': {
        text: 'Neuvo, miten OmaVeroon kirjaudutaan ja missä verokorttisivut ovat, kun hän klikkaa itse.',
        why: 'OmaVero on Verohallinnon oma palvelu, joten sen käytön opastaminen kuuluu tälle palvelupisteelle.',
      },
    },
  },
  SC20: {
    title: 'Muuttoilmoitus ilman suomalaista tunnistusvälinettä',
    situation:
      'Digi- ja väestötietoviraston palvelupisteessä hiljattain Suomeen muuttanut asiakas haluaa tehdä muuttoilmoituksen. Hänellä ei ole suomalaisia pankkitunnuksia eikä muuta tunnistusvälinettä, ja hän pyytää virkailijaa tekemään sähköisen ilmoituksen hänen puolestaan virkailijan koneella.',
    distractors: {
      'submit-with-own-codes': {
        text: 'Kirjaudu omilla pankkitunnuksillasi ja tee ilmoitus hänen nimissään.',
        why: 'Tunnistusvälineesi on vain sinun, eikä ilmoitusta saa tehdä sinun henkilöllisyydelläsi.',
      },
      'impossible-without-codes': {
        text: 'Kerro, ettei muuttoa voi ilmoittaa ilman suomalaisia pankkitunnuksia.',
        why: 'Muuton voi ilmoittaa myös DVV:n paperilomakkeella ilman tunnistusvälinettä, ja hänelle voi kertoa, millaisia tunnistusvälineitä on olemassa.',
      },
      'recommend-quickest-bank': {
        text: 'Kerro, mikä pankki avaa tilin maahan muuttaneelle nopeimmin.',
        why: 'Kerro tunnistusvälineiden tyypit ja niiden myöntäjät suosittelematta mitään yritystä.',
      },
      'friends-codes-on-work-computer': {
        text: 'Anna hänen ystävänsä kirjautua omilla tunnuksillaan työkoneellasi ja lähettää ilmoitus.',
        why: 'Toisen tunnuksia ei saa käyttää hänen asiassaan, eikä työkone ole asiakkaiden kirjautumista varten.',
      },
    },
    right: {
      'own-channel': {
        text: 'Anna hänelle DVV:n paperinen muuttoilmoitus ja ota se vastaan tässä.',
        why: 'DVV:n oma paperilomake, joka palautetaan sen palvelupisteeseen, ei vaadi tunnistusvälinettä; kun DVV käsittelee sen, se on viraston omaa palvelua eikä asiointia hänen puolestaan.',
      },
      'not-on-behalf': {
        text: 'Kerro, ettet voi lähettää sähköistä ilmoitusta hänen nimissään.',
        why: 'Asiointipalvelussa kukaan ei toimi hänen nimissään, eikä hänen ilmoitustaan saa tehdä sinun henkilöllisyydelläsi.',
      },
      'no-eid-alternatives': {
        text: 'Kerro puolueettomasti suomalaisista tunnistusvälineistä myöhempää varten.',
        why: 'Moni myöhempi asia vaatii tunnistusvälineen; kun hän tuntee vaihtoehdot ja niiden myöntäjät, hän voi valita itse.',
      },
    },
  },
  SC21: {
    title: 'Ilmoittautuminen kansalaisopiston kurssille',
    situation:
      'Kunnan asiointipisteessä asiakas pyytää virkailijaa ilmoittamaan hänet kunnan kansalaisopiston kurssille. Verkkoilmoittautumiseen tarvitaan vain nimi ja yhteystiedot, ei vahvaa tunnistautumista, ja hänellä on oma puhelin mukanaan.',
    distractors: {
      'enrol-her-on-work-computer': {
        text: 'Kirjaudu kurssien asiointipalveluun hänenä hänen lukemallaan koodilla ja ilmoita hänet.',
        why: 'Kukaan ei asioi asiointipalvelussa hänen nimissään eikä hänen tunnuksillaan. Hän voi ilmoittautua omalla puhelimellaan avullasi, tai organisaatiosi voi ilmoittaa hänet omassa kanavassaan palvelupisteessä.',
      },
      'pick-course-for-her': {
        text: 'Valitse hänelle kurssi listalta, koska hän vaikuttaa epävarmalta.',
        why: 'Valinta on hänen; anna tietoa ja anna hänen päättää itse.',
      },
      'send-to-library': {
        text: 'Ohjaa hänet kirjastoon, jossa autetaan verkkopalvelujen kanssa.',
        why: 'Kansalaisopisto on kunnan oma palvelu, joten opastaminen kuuluu tälle pisteelle.',
      },
      'keep-details-to-enrol-later': {
        text: 'Kirjoita hänen tietonsa muistiin ja ilmoita hänet myöhemmin, kun ehdit.',
        why: 'Tietojen säilyttäminen myöhempää puolesta asiointia varten on sekä asiakkaan tietojen tallentamista että asian hoitamista hänen sijastaan.',
      },
    },
    right: {
      'own-channel': {
        text: 'Tarjoudu ilmoittamaan hänet tiskillä, jos kansalaisopisto sen sallii.',
        why: 'Kun kansalaisopisto sen sallii, kunnan omassa kanavassaan vastaanottama ilmoittautuminen on kunnan omaa palvelua eikä asiointia hänen puolestaan.',
      },
      'not-on-behalf': {
        text: 'Kerro, ettet täytä verkkoilmoittautumista hänen nimissään, vaikka hän pyytää.',
        why: 'Asiointipalvelussa hän toimii itse: sinä opastat, tai kunta ottaa ilmoittautumisen vastaan omassa kanavassaan.',
      },
      'guide-own-service': {
        text: 'Opasta häntä ilmoittautumaan puhelimellaan, kun hän kirjoittaa itse.',
        why: 'Kansalaisopisto on kunnan oma palvelu, ja lomake on lyhyt: hän pystyy täyttämään sen itse sinun avullasi.',
      },
    },
  },
  SC22: {
    title: 'Kela-hakemus yhteispalvelupisteessä',
    situation:
      'Kunnan asiointipiste hoitaa Kelan asioita yhteispalvelusopimuksen perusteella. Asiakas haluaa hakea yleistä asumistukea OmaKela-asiointipalvelussa omalla puhelimellaan ja kirjautuu mobiilivarmenteella, mutta pyytää, ettei virkailija katso hänen tulotietojaan.',
    distractors: {
      'not-our-service': {
        text: 'Sano, ettei OmaKela kuulu kunnalle, ja ohjaa hänet Kelan toimistoon.',
        why: 'Yhteispalvelusopimuksen perusteella piste tukee Kelan palvelua kuin omaansa.',
      },
      'hand-me-the-phone': {
        text: 'Pyydä häntä ojentamaan puhelin, jotta voit tarkistaa hänen merkintänsä.',
        why: 'Hän päättää, mitä näyttää; opasta sanallisesti ja katso muualle, kun hän sitä pyytää.',
      },
      'photograph-application': {
        text: 'Ota kuva hänen täyttämästään hakemuksesta pisteen arkistoon.',
        why: 'Kopiot hänen tiedoistaan eivät kuulu pisteen säilytettäviksi, eikä hän ole valinnut näyttää niitä.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Opasta häntä vaihe vaiheelta asumistukihakemuksen täyttämisessä OmaKelassa.',
        why: 'Yhteispalvelusopimuksen nojalla piste avustaa Kelan palvelussa kuin omassaan; tuesta päättää silti Kela.',
      },
      'customer-privacy': {
        text: 'Katso muualle aina, kun tulotiedot ovat näkyvissä, ja opasta sanallisesti.',
        why: 'Hän päättää, mitä näet; voit opastaa häntä näkemättä hänen tulojaan.',
      },
    },
  },
  SC37: {
    title: 'Naapuri haluaa valtuuden Kelan asioihin',
    situation:
      'Hyvinvointialueen asiointipisteeseen tulee iäkäs mies naapurinsa kanssa. Naapuri haluaa, että mies valtuuttaa hänet Suomi.fi-valtuuksissa hoitamaan miehen Kela-asioita. Miehellä on puhelin ja pankkitunnukset, mutta hän kysyy yhä uudelleen, mikä valtuutus on ja onko hän ostamassa jotakin.',
    distractors: {
      'approve-mandate-now': {
        text: 'Auta häntä hyväksymään valtuutus heti, koska naapuri on selittänyt asian hänelle.',
        why: 'Valtuutus edellyttää, että ihminen ymmärtää, mitä antaa. Kun tästä on epäilys, älä auta valtuuttamaan.',
      },
      'neighbour-logs-in-for-him': {
        text: 'Anna naapurin kirjautua miehen pankkitunnuksilla, koska mies luottaa häneen.',
        why: 'Tunnukset ovat henkilökohtaiset: kukaan muu ei saa käyttää niitä, ei edes luvalla.',
      },
      'decide-what-is-best': {
        text: 'Päätä hänen puolestaan, että naapurin apu on paras ratkaisu, ja jatka.',
        why: 'Digitukija ei päätä asiakkaan puolesta. Kysy edunvalvojasta tai edunvalvontavaltuutuksesta ja toimi organisaatiosi ohjeen mukaan.',
      },
    },
    right: {
      'capacity-concern': {
        text: 'Älä auta valtuutuksessa nyt, vaan kerro syy ja toimi organisaatiosi ohjeen mukaan.',
        why: 'Valtuuden antaminen edellyttää, että antaja ymmärtää, mitä antaa; hänen kysymyksensä tekevät siitä epävarmaa.',
      },
      'refer-service-owner': {
        text: 'Kerro, että hänen Kela-asiansa kuuluvat Kelalle, ja mistä Kela neuvoo niissä.',
        why: 'Kelan etuudet eivät ole hyvinvointialueen palvelua: niistä neuvoo Kela itse.',
      },
    },
  },
  SC39: {
    title: 'Kuljetuspalveluhakemus ja kadonnut punainen lanka',
    situation:
      'Hyvinvointialueen asiointipisteessä iäkäs nainen haluaa hakea alueen kuljetuspalvelua sen asiointipalvelussa omalla puhelimellaan. Hän kirjautuu pankkitunnuksillaan, mutta unohtaa yhä uudelleen, mitä oli tullut tekemään, ja kysyy kahdesti, onko jo maksanut jotakin.',
    distractors: {
      'submit-it-for-her': {
        text: 'Täytä hakemus ja lähetä se hänen puolestaan, koska hän on sekaisin.',
        why: 'Digitukija ei hoida asiaa asiakkaan nimissä. Kun on epäselvää, ymmärtääkö hän, mitä hakee, häntä ei pidä viedä asian läpi.',
      },
      'ask-for-her-pin': {
        text: 'Pyydä hänen tunnuslukunsa, jotta voit kirjautua uudelleen, jos hän eksyy.',
        why: 'Tunnukset ovat henkilökohtaiset: digitukija ei koskaan ota, näppäile tai kirjaa niitä.',
      },
      'send-her-home': {
        text: 'Käske häntä tulemaan uudelleen omaisen kanssa ja jätä asia siihen.',
        why: 'Palvelu on organisaation oma, eikä asiakasta saa lähettää tyhjin käsin. Toimi organisaatiosi ohjeen mukaan ja kysy edunvalvojasta tai edunvalvontavaltuutuksesta.',
      },
    },
    right: {
      'capacity-concern': {
        text: 'Pysähdy ennen kuin mitään lähetetään, ja toimi organisaatiosi ohjeen mukaan.',
        why: 'Hakemus sitoo häntä; kun on epäselvää, ymmärtääkö hän sen, häntä ei auteta tekemään sitä.',
      },
      'guide-own-service': {
        text: 'Kerro selkeästi, mitä kuljetuspalvelu on, kun puhelin pysyy hänellä.',
        why: 'Kyse on hyvinvointialueen omasta palvelusta, joten siitä neuvominen kuuluu tälle pisteelle; puhelin ja päätökset pysyvät hänellä.',
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
