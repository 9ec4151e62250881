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
  },
  SC05: {
    title: 'Tytär sai isänsä pankkitunnukset',
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
  },
  SC06: {
    title: 'Asiakaskone jäi kirjautuneeksi',
    situation:
      'Kelan palvelupisteessä asiakas on juuri lähettänyt hakemuksen aulan asiakaskoneella ja pukee jo takkia päälleen. Asiointipalvelu on yhä auki selaimessa, ja hänen tietonsa näkyvät näytöllä.',
    distractors: {
      'next-customer-closes-it': {
        text: 'Anna hänen lähteä; seuraava asiakas sulkee ikkunan kuitenkin.',
        why: 'Auki jäänyt istunto näyttää hänen henkilötietonsa sille, joka istuu koneelle seuraavaksi.',
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
  },
  SC09: {
    title: 'Soittaja tarjoaa tunnuksiaan tukipuhelimessa',
    situation:
      'Kaupungin oman asukaspysäköintitunnuksen asiointipalvelun tukipuhelimeen soittanut asiakas on jumissa kirjautumisessa. Hän tarjoutuu lukemaan ääneen salasanansa ja tekstiviestillä tulleen kertakäyttöisen koodin, jotta neuvoja voisi kirjautua hänen puolestaan etänä.',
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
  },
  SC11: {
    title: 'Veronpalautusviesti, jossa on linkki',
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
        why: 'Logon voi kopioida helposti; varoitusmerkki on viestin linkki.',
      },
    },
  },
  SC12: {
    title: 'Soittaja painostaa tunnuksiin kotikäynnillä',
    situation:
      'Hyvinvointialueen kotihoidon käynnillä iäkkään naisen puhelin soi, ja soittaja sanoo olevansa pankin turvallisuusosastolta. Hän hoputtaa naista vahvistamaan tunnuksensa sivulla, jonka linkin hän juuri lähetti tekstiviestillä, ja nainen pyytää kotihoidon työntekijää auttamaan tunnusten näppäilyssä.',
    distractors: {
      'read-codes-to-caller': {
        text: 'Lue tunnukset soittajalle hänen puolestaan, koska hän on hätääntynyt.',
        why: 'Pankit ja viranomaiset eivät koskaan kysy tunnuksia; niiden kertominen avaa soittajalle pääsyn hänen rahoihinsa.',
      },
      'type-codes-on-callers-site': {
        text: 'Näppäile tunnukset sivulle ja katso, onko se aito.',
        why: 'Tunnusten syöttäminen on juuri sitä, mitä huijari tavoittelee; linkkiä ei käytetä lainkaan.',
      },
      'step-out-private-call': {
        text: 'Poistu huoneesta, koska puhelu on hänen yksityisasiansa.',
        why: 'Painostus tunnusten luovuttamiseen on huijauksen merkki; jää paikalle ja auta häntä katkaisemaan puhelu.',
      },
      'write-codes-on-note': {
        text: 'Kirjoita hänen tunnuksensa lapulle, jotta hän voi vastata soittajalle nopeammin.',
        why: 'Tunnuksia ei kirjoiteta muistiin, eikä niitä käsittele kukaan muu kuin hän itse.',
      },
    },
  },
  SC13: {
    title: 'Haluaa kirjautua virkailijan koneella',
    situation:
      'Kunnan asiakaspalvelupisteessä äiti haluaa hakea lapselleen varhaiskasvatuspaikkaa kunnan asiointipalvelussa. Hänen mielestään puhelimen näyttö on liian pieni pitkälle lomakkeelle, joten hän pyytää saada kirjautua pankkitunnuksillaan virkailijan työkoneella, vaikka pisteessä on myös asiakaskone.',
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
      'no-help-anywhere': {
        text: 'Kerro hänelle, ettei puhelimen käyttöön saa apua mistään julkisesta palvelusta.',
        why: 'Yleinen digituki, esimerkiksi kirjastoissa, auttaa laitteiden kanssa; ohjaa hänet sinne.',
      },
      'recommend-a-shop': {
        text: 'Suosittele siirtoon puhelinliikettä, jossa itse asioit.',
        why: 'Asiakkaan ohjaaminen tiettyyn yritykseen ei ole puolueetonta.',
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
      'no-computer-help-exists': {
        text: 'Kerro hänelle, ettei tietokoneen perusteisiin saa apua mistään.',
        why: 'Yleinen digituki, kuten kirjastot ja digitukipisteet, opettaa juuri tällaisia taitoja.',
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
      'tidy-up-other-settings': {
        text: 'Siisti samalla hänen puhelimensa muitakin asetuksia.',
        why: 'Vain sovittu muutos tehdään, ja laitteesta ja sen tiedoista vastaa asiakas.',
      },
      'log-in-to-app-for-her': {
        text: 'Kirjaudu sovellukseen hänen puolestaan hänen pankkitunnuksillaan.',
        why: 'Hän kirjautuu itse; hänen tunnuksensa eivät ole koskaan sinun käytettävissäsi.',
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
  },
  SC19: {
    title: 'OmaVeron opettelua omassa rauhassa',
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
        why: 'Muuton voi ilmoittaa myös ilman tunnistusvälinettä, ja hänelle voi kertoa, millaisia tunnistusvälineitä on olemassa.',
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
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
