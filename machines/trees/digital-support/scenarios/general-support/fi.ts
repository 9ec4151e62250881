/** Finnish text of the general-support scenarios, keyed by scenario id. */
import type { ScenarioText } from '../../../../scenarios/scenario.types.js';

export const fi = {
  SC02: {
    title: "Mitkä tulot asumistukihakemukseen?",
    situation:
      "Asiakas täyttää kirjastossa Kelan asumistukihakemusta kirjaston asiakaskoneella. Hän on kirjautunut omilla pankkitunnuksillaan ja kysyy kirjaston työntekijältä, mitkä tulot hakemukseen pitäisi merkitä.",
    distractors: {
      'tell-which-income': {
        text: "Kerro hänen kertomansa perusteella, mitkä tulot hakemukseen merkitään.",
        why: "Hakemuksen sisältö on hänen asiansa: yleinen digituki auttaa itse palvelun käytössä, ja oikean vastauksen antaa Kela.",
      },
      'fill-in-for-him': {
        text: "Ota näppäimistö itsellesi ja täytä tulotiedot hänen puolestaan.",
        why: "Hakemuksen täyttäminen on puolesta-asiointia, eikä asiakas opi siitä mitään seuraavaa kertaa varten.",
      },
      'refuse-all-help': {
        text: "Sano, ettei kirjasto voi auttaa Kela-asioissa lainkaan, ja käännytä hänet pois.",
        why: "Häntä voi silti auttaa avaamaan Kelan omat ohjeet ja löytämään Kelan neuvontakanavan.",
      },
      'leave-application-open': {
        text: "Jätä hakemus auki koneelle, jotta hän voi jatkaa soitettuaan Kelaan.",
        why: "Yhteiskäyttöiselle koneelle auki jäänyt istunto voi paljastaa hänen tietonsa seuraavalle käyttäjälle.",
      },
    },
  },
  SC07: {
    title: "Uusi käyttöjärjestelmä ja viruksen poisto",
    situation:
      "Asiakas tuo hitaan kannettavan tietokoneensa kirjaston digiopastukseen. Hän pyytää henkilökuntaa asentamaan uusimman käyttöjärjestelmän ja poistamaan viruksen, jonka hän arvelee hidastavan konetta.",
    distractors: {
      'start-the-upgrade': {
        text: "Aloita käyttöjärjestelmän päivitys heti, kun opastusaikaa on vielä jäljellä.",
        why: "Päivitykset ja virusten poisto eivät kuulu digitukeen, ja koneen tiedot voivat kadota matkan varrella.",
      },
      'take-laptop-home': {
        text: "Tarjoudu viemään kone viikonlopuksi kotiisi ja korjaamaan sen siellä.",
        why: "Digitukija pitäisi silloin hallussaan asiakkaan laitetta ja tietoja virallisen palvelun ulkopuolella, eikä kukaan vastaisi siitä, mitä niille tapahtuu.",
      },
      'recommend-your-shop': {
        text: "Suosittele tietokoneliikettä, jota itse käytät.",
        why: "Oman suosikkiyrityksen nimeäminen ei ole puolueetonta; kerro mieluummin, millaista korjauspalvelua kannattaa etsiä.",
      },
      'run-a-free-cleaner': {
        text: "Lataa netistä ilmainen puhdistusohjelma ja aja se hänen koneellaan.",
        why: "Haittaohjelman poisto on korjaustyötä, ja tuntematon ohjelma voi pahentaa tilannetta ja hävittää hänen tiedostonsa.",
      },
    },
  },
  SC08: {
    title: "Viranomaisen sovelluksen asentaminen",
    situation:
      "Asiakas haluaa digituen drop-in-vastaanotolla asentaa viranomaisen virallisen sovelluksen omaan puhelimeensa, mutta ei tiedä, mistä sen löytää. Hän pyytää digitukijaa näyttämään, miten se tehdään.",
    distractors: {
      'use-your-store-account': {
        text: "Kirjaudu hänen puhelimellaan sovelluskauppaan omalla tililläsi, niin asia hoituu nopeammin.",
        why: "Asennuksen pitää olla hänen omansa ja tehty hänen omalla tilillään, jotta hän voi myöhemmin päivittää ja hallita sovellusta itse.",
      },
      'suggest-paid-helper-app': {
        text: "Ehdota maksullista apusovellusta, josta itse pidät ja joka kokoaa monta palvelua yhteen.",
        why: "Maksulliseen tuotteeseen ohjaaminen ei ole puolueetonta, ja hän tarvitsee vain virallisen sovelluksen.",
      },
      'tidy-other-settings': {
        text: "Siivoa samalla hänen puhelimensa muitakin asetuksia.",
        why: "Muutokset, joita hän ei pyytänyt, voivat yllättää hänet tai hävittää tietoja laitteelta, josta hän itse vastaa.",
      },
      'install-it-yourself': {
        text: "Ota puhelin ja asenna sovellus itse sillä aikaa, kun hän odottaa.",
        why: "Hän ei oppisi tekemään sitä, ja tavoitteena on, että hän pärjää seuraavalla kerralla omin päin.",
      },
    },
  },
  SC10: {
    title: "Laskun maksaminen verkkopankissa",
    situation:
      "Asiakas tuo tablettinsa kirjastoon ja pyytää työntekijää maksamaan sähkölaskunsa hänen verkkopankissaan. Hän tarjoutuu lukemaan pankkitunnuksensa ääneen, jotta asia hoituisi nopeasti.",
    distractors: {
      'pay-while-he-reads-codes': {
        text: "Maksa lasku hänen puolestaan sillä aikaa, kun hän lukee tunnuksensa ääneen.",
        why: "Pankkitunnukset ovat henkilökohtaiset, ja toisen puolesta maksamiseen liittyy taloudellisen menetyksen riski, jota digitukija ei saa ottaa.",
      },
      'teach-online-banking-from-scratch': {
        text: "Istu hänen kanssaan alas ja opeta verkkopankin käyttö aivan alusta.",
        why: "Verkkopankin käytön aloittaminen kuuluu pankin omalle asiakaspalvelulle, ei yleiselle digituelle.",
      },
      'keep-code-card-at-desk': {
        text: "Tarjoudu säilyttämään hänen tunnuslukukorttiaan palvelutiskillä seuraavaan käyntiin asti.",
        why: "Henkilökunta ei koskaan säilytä asiakkaan tunnuksia; ne pysyvät vain hänellä itsellään.",
      },
    },
  },
  SC23: {
    title: "Tekstiviesti veronpalautuksesta",
    situation:
      "Iäkäs mies näyttää kirjaston työntekijälle tekstiviestiä, joka on olevinaan Verohallinnolta ja lupaa veronpalautuksen linkin kautta. Linkistä avautunut sivu kysyy hänen pankkitunnuksiaan, ja hän pyytää apua sen täyttämiseen.",
    distractors: {
      'enter-codes-to-check': {
        text: "Anna hänen syöttää tunnuksensa sivulle, niin näette yhdessä, onko palautus totta.",
        why: "Valesivulle kirjoitetut tunnukset päätyvät suoraan huijarille.",
      },
      'open-link-on-library-computer': {
        text: "Avaa sama linkki kirjaston koneella, jotta voit katsoa sitä tarkemmin.",
        why: "Linkin avaaminen vain toistaa riskin; oikeaan palveluun mennään sen tunnetun osoitteen kautta.",
      },
      'say-refunds-come-this-way': {
        text: "Sano, että palautuksia maksetaan usein näin ja että hän voi jatkaa.",
        why: "Viestien linkeistä avautuvilla valesivuilla kalastellaan usein pankkitunnuksia, joten huoli on otettava vakavasti.",
      },
    },
  },
  SC24: {
    title: "Kiireinen lapsenlapsi",
    situation:
      "Iäkäs nainen tulee digitukeen aikuisen lapsenlapsensa kanssa, joka hoputtaa häntä avaamaan verkkopankkinsa: lapsenlapsi haluaa siirtää hänen säästönsä ”turvallisemmalle tilille”. Nainen näyttää epävarmalta ja pyytää digitukijaa kirjautumaan hänen tunnuksillaan, jotta asia olisi nopeasti ohi.",
    distractors: {
      'log-in-to-calm-things': {
        text: "Kirjaudu nopeasti hänen puolestaan, jotta tilanne rauhoittuu.",
        why: "Digitukija ei koskaan käytä asiakkaan tunnuksia, ja painostuksen alla kiirehtiminen on juuri sitä, mihin huijaus perustuu.",
      },
      'let-grandson-use-codes': {
        text: "Anna lapsenlapsen näppäillä tunnukset, koska nainen on siihen suostunut.",
        why: "Toisen henkilön tunnistusvälinettä ei saa käyttää edes luvalla, ja naiseen kohdistuva painostus on jo itsessään varoitusmerkki.",
      },
      'treat-as-normal-banking': {
        text: "Auta heitä tilisiirrossa kuten missä tahansa tavallisessa pankkiasiassa.",
        why: "Painostus siirtää rahaa kiireellä viittaa mahdolliseen huijaukseen, ja pankkiasiat kuuluvat joka tapauksessa pankille.",
      },
    },
  },
  SC25: {
    title: "Ponnahdusmainoksia ja puhelin kädestä käteen",
    situation:
      "Asiakas kertoo asukastalon digituessa, että hänen puhelimeensa tulee jatkuvasti ponnahdusmainoksia ja virusvaroituksia. Hän ojentaa puhelimen digitukijalle, kertoo näytön lukituskoodin ja sovelluskaupan salasanansa ja pyytää siivoamaan puhelimen.",
    distractors: {
      'clean-phone-with-his-codes': {
        text: "Käy puhelin läpi hänen tunnuksillaan ja poista kaikki, mikä näyttää epäilyttävältä.",
        why: "Haittaohjelmien siivoaminen on korjaustyötä, eivätkä hänen tunnuksensa ole digitukijan käytettäviksi.",
      },
      'note-codes-for-later': {
        text: "Kirjoita hänen tunnuksensa muistiin, jotta voit jatkaa tapaamisen jälkeen.",
        why: "Henkilökunnan muistiin kirjoittamat tunnukset voivat joutua vääriin käsiin; ne kuuluvat vain hänelle.",
      },
      'keep-phone-overnight': {
        text: "Pidä puhelin yön yli asukastalolla ja korjaa sitä, kun on hiljaisempaa.",
        why: "Laitteen ja sen tietojen ottaminen haltuun menee digituen ulkopuolelle ja jättää hänet ilman puhelinta.",
      },
      'factory-reset': {
        text: "Palauta puhelimeen tehdasasetukset, niin ongelma varmasti poistuu.",
        why: "Tehdasasetusten palautus voi pyyhkiä hänen tietonsa, ja se on digituen ulkopuolista korjaustyötä.",
      },
    },
  },
  SC26: {
    title: "Lainat ja varaus kirjaston omassa palvelussa",
    situation:
      "Asiakas haluaa kirjastossa uusia lainansa ja varata kirjan kirjaston verkkopalvelussa omalla puhelimellaan. Hän kirjautuu kirjastokortillaan ja PIN-koodillaan eikä haluaisi työntekijän näkevän lainalistaansa.",
    distractors: {
      'say-transactions-not-supported': {
        text: "Sano, ettei digituki kata asiointia, joten hänen täytyy hoitaa asia yksin.",
        why: "Lainat ja varaukset ovat kirjaston omaa palvelua, ja kirjasto opastaa asiakkaitaan sen käytössä.",
      },
      'renew-with-her-pin': {
        text: "Pyydä hänen kirjastokorttinsa numero ja PIN-koodi ja uusi lainat tiskillä hänen puolestaan.",
        why: "PIN-koodi on vain hänen, ja opastettuna hän pystyy uusimaan lainat itse.",
      },
      'check-loan-list-together': {
        text: "Käy lainalista läpi yhdessä hänen kanssaan varmistaaksesi, että kaikki lainat uusiutuivat.",
        why: "Hän halusi pitää listan omana tietonaan; opasta sanallisesti ja anna hänen tarkistaa se itse.",
      },
      'write-pin-on-card': {
        text: "Kirjoita PIN-koodi kirjastokortin taakse, ettei hän unohda sitä.",
        why: "Kortin mukana kulkevan PIN-koodin avulla kuka tahansa kortin löytäjä voi käyttää korttia.",
      },
    },
  },
  SC27: {
    title: "Reseptit OmaKannasta ilman tunnistusvälinettä",
    situation:
      "Iäkäs mies istuu kirjaston asiakaskoneella ja haluaa katsoa reseptejään OmaKannasta. Hänellä ei ole pankkitunnuksia, mobiilivarmennetta eikä henkilökorttia, jossa olisi kansalaisvarmenne.",
    distractors: {
      'show-with-your-own-codes': {
        text: "Kirjaudu OmaKantaan omilla pankkitunnuksillasi, jotta hän näkee, miltä palvelu näyttää.",
        why: "Digitukija ei käytä omaa tunnistautumistaan asiakkaan asiassa, ja näkyviin tulisivat sinun terveystietosi, eivät hänen.",
      },
      'say-nothing-can-be-done': {
        text: "Sano hänelle, ettei ilman vahvaa tunnistusvälinettä voi tehdä mitään.",
        why: "Hän voi hankkia tunnistusvälineen, käyttää palvelun muuta kuin digitaalista asiointikanavaa tai valtuuttaa luotetun henkilön.",
      },
      'name-a-bank': {
        text: "Kerro, mistä pankista tunnukset saa helpoimmin, ja ohjaa hänet sinne.",
        why: "Kerro tunnistusvälineiden tyypeistä ja siitä, mistä kutakin saa, nimeämättä yritystä.",
      },
      'borrow-spouse-codes': {
        text: "Ehdota, että hän käyttäisi tämän kerran vaimonsa pankkitunnuksia.",
        why: "Toisen henkilön tunnistusvälinettä ei saa käyttää, ei edes puolison.",
      },
    },
  },
  SC28: {
    title: "Äidin asiat oikealla tavalla",
    situation:
      "Äiti ja hänen aikuinen tyttärensä tulevat kirjaston digitukeen. Tytär on hoitanut äidin veroasioita äidin pankkitunnuksilla, ja nyt he haluavat järjestää asian oikein; äidillä on omat tunnukset ja oma tabletti.",
    distractors: {
      'carry-on-with-consent': {
        text: "Sano, että äidin tunnusten käyttöä voi jatkaa, koska äiti on siihen suostunut.",
        why: "Toisen henkilön tunnistusvälineen käyttö ei ole sallittua edes luvalla; tyttären on kirjauduttava omilla tunnuksillaan.",
      },
      'write-paper-power-of-attorney': {
        text: "Neuvo heitä tekemään paperinen valtakirja, jotta tytär voi jatkaa tunnusten käyttöä.",
        why: "Paperi ei tee tunnusten jakamisesta hyväksyttävää; sähköiset palvelut tarkistavat sähköiset valtuudet.",
      },
      'promise-one-mandate-for-all': {
        text: "Kerro, että yhdellä valtuudella tytär voi hoitaa kaikki äitinsä asiat kaikkialla.",
        why: "Valtuudet annetaan valituille asioille, ja kukin palvelu päättää, voiko siinä asioida toisen puolesta.",
      },
      'offer-to-act-yourself': {
        text: "Tarjoudu hoitamaan äidin veroasiat itse aina, kun tyttärellä on kiire.",
        why: "Digitukija ei asioi asiakkaan puolesta; sen tekee henkilö, jonka asiakas valtuuttaa.",
      },
    },
  },
  SC29: {
    title: "Kädet liian vapisevat tunnuslukusovellukselle",
    situation:
      "Iäkkäällä naisella on pankkitunnukset, mutta vapisevat kädet ja heikko näkö estävät häntä käyttämästä tunnuslukusovellusta. Hänen pitäisi vastata Kelan lisäselvityspyyntöön, ja hän pyytää kirjaston työntekijää kirjautumaan ja kirjoittamaan vastauksen hänen puolestaan.",
    distractors: {
      'log-in-and-reply-for-her': {
        text: "Kirjaudu hänen tunnuksillaan ja kirjoita vastaus hänen puolestaan.",
        why: "Tunnukset ovat vain hänen, ja vastauksen lähettäminen Kelaan hänen nimissään on puolesta-asiointia.",
      },
      'tell-her-to-learn-the-app': {
        text: "Sano, että hänen on vain opeteltava käyttämään sovellusta.",
        why: "Hänellä on todellinen este, ja asianmukaisia vaihtoehtoja on: valtuutettu luotettu henkilö, toinen tunnistusväline tai Kelan muu kuin digitaalinen asiointikanava.",
      },
      'suggest-what-to-write': {
        text: "Ehdota, mitä hänen kannattaa kirjoittaa vastaukseensa Kelalle.",
        why: "Vastauksen sisältö on hänen asiansa Kelan kanssa, ja siihen liittyviin kysymyksiin vastaa Kelan oma neuvonta.",
      },
    },
  },
  SC30: {
    title: "Liittymän lisäpalvelun peruminen",
    situation:
      "Asiakas haluaa palvelukeskuksen digituessa perua matkapuhelinliittymänsä lisäpalvelun teleoperaattorin verkkotilillä. Hän ehdottaa, että käytettäisiin digitukijan työkannettavaa: hän kirjautuisi pankkitunnuksillaan, ja digitukija klikkaisi loput.",
    distractors: {
      'finish-the-cancellation': {
        text: "Kun hän on kirjautunut, tee peruminen hänen puolestaan.",
        why: "Sopimuksen muuttaminen on puolesta-asiointia; hänen kuuluu klikata itse opastettuna.",
      },
      'use-your-work-laptop': {
        text: "Anna hänen kirjautua työkannettavallasi, koska siinä on isompi näyttö.",
        why: "Asiakkaan kirjautuminen ei kuulu digitukijan työlaitteelle; käytä hänen omaa puhelintaan tai asiakkaiden yhteiskäyttöistä konetta.",
      },
      'suggest-cheaper-operator': {
        text: "Kerro, millä operaattorilla on halvimmat liittymät, ja ehdota vaihtamista.",
        why: "Asiakkaan ohjaaminen tietylle yritykselle ei ole puolueetonta.",
      },
      'interpret-contract-terms': {
        text: "Selitä hänelle, mitä hänen sopimuksensa irtisanomisehdot tarkoittavat.",
        why: "Sopimusta koskevat kysymykset kuuluvat operaattorin asiakaspalvelulle, joka tuntee omat ehtonsa.",
      },
    },
  },
  SC31: {
    title: "Pankin sovelluksen asentaminen",
    situation:
      "Asiakas on saanut uudet verkkopankkitunnukset ja haluaa asentaa pankkinsa sovelluksen omaan puhelimeensa. Hän pyytää kirjaston työntekijää auttamaan oikean sovelluksen löytämisessä sovelluskaupasta; pankin kirjeessä kerrotaan, miten sovellus otetaan käyttöön.",
    distractors: {
      'install-first-search-hit': {
        text: "Hae pankin nimellä ja asenna ensimmäinen sovellus, joka tulee vastaan.",
        why: "Liikkeellä on aidon näköisiä valesovelluksia ja -sivustoja; etsi sovellus pankin oman osoitteen tai ohjeiden kautta.",
      },
      'activate-with-her-codes': {
        text: "Ota sovellus käyttöön hänen puolestaan kirjeessä olevilla tunnuksilla.",
        why: "Tunnukset ovat vain hänen, ja hän tekee käyttöönoton itse pankin ohjeiden mukaan.",
      },
      'tour-bank-products': {
        text: "Esittele hänelle samalla pankin laina- ja säästötuotteet.",
        why: "Pankkiasioissa neuvoo pankki, ei yleinen digituki.",
      },
      'suggest-another-bank': {
        text: "Sano, että toisen pankin sovellus on helpompi ja että hän voisi vaihtaa pankkia.",
        why: "Yhden pankin suositteleminen toisen sijaan ei ole puolueetonta.",
      },
    },
  },
  SC32: {
    title: "Päätös Suomi.fi-viesteissä",
    situation:
      "Asiakas haluaa lukea kirjaston asiakaskoneella päätöksen, jonka hän on saanut Suomi.fi-viesteihin. Hän kirjautuu omilla pankkitunnuksillaan, pyytää työntekijää siirtymään sivuun kirjeen ollessa auki ja miettii sen jälkeen, pitäisikö hänen hakea muutosta.",
    distractors: {
      'read-decision-with-her': {
        text: "Jää hänen viereensä ja lukekaa päätös yhdessä, jotta voit selittää sen.",
        why: "Hän päättää itse, mitä näyttää; kunnioita hänen toivettaan ja opasta sanallisesti vähän kauempaa.",
      },
      'judge-the-appeal': {
        text: "Kerro hänelle, menestyisikö muutoksenhaku mielestäsi.",
        why: "Muutoksenhaku kuuluu hänen asiansa sisältöön; siinä neuvoo päätöksen tehnyt viranomainen.",
      },
      'save-to-desktop': {
        text: "Tallenna päätös koneen työpöydälle, jotta hän voi tulostaa sen myöhemmin.",
        why: "Yhteiskäyttöiselle koneelle jääneet tiedostot ovat seuraavan käyttäjän luettavissa.",
      },
      'let-session-time-out': {
        text: "Anna hänen lähteä koneelta sellaisenaan, koska istunto päättyy itsestään.",
        why: "Hänen pitää kirjautua ulos kaikista palveluista, ja selaimen tiedot on tyhjennettävä ennen kuin hän lähtee yhteiskäyttöiseltä koneelta.",
      },
    },
  },
  SC33: {
    title: "Sähköposti uuteen puhelimeen",
    situation:
      "Asiakas haluaa asukastalon vertaistukitapaamisessa ottaa sähköpostin käyttöön uudessa puhelimessaan ja suurentaa tekstikokoa. Hän sanoo, ettei haluaisi vertaisopastajan näkevän viestejään.",
    distractors: {
      'open-inbox-to-test': {
        text: "Avaa hänen saapuneet viestinsä itse ja tarkista, että viestit tulevat perille.",
        why: "Hän halusi pitää viestinsä omana tietonaan; anna hänen tarkistaa saapuneet viestit itse.",
      },
      'tape-password-to-phone': {
        text: "Kirjoita sähköpostin salasana lapulle ja teippaa se puhelimen suojakuoreen.",
        why: "Puhelimen mukana kulkeva salasana on kenen tahansa puhelimen löytäjän käytettävissä.",
      },
      'change-whatever-helps': {
        text: "Muuta kaikki asetukset, joista arvelet olevan hyötyä, kun puhelin on kerran käsissäsi.",
        why: "Vain sovitut muutokset tehdään; hän vastaa itse laitteestaan, ja tietoja voi kadota.",
      },
    },
  },
  SC34: {
    title: "Ensimmäinen tutustuminen verkkokauppaan",
    situation:
      "Asiakas haluaa järjestön digitukipäivystyksessä oppia ennen ensimmäistä ostostaan, miten verkkokauppa toimii: haku, toimitustavat ja palautussivu. Hän ehdottaa, että digitukija kirjaisi hänet kauppatililleen omalla kannettavallaan, koska siinä on isompi näyttö.",
    distractors: {
      'log-her-in-on-your-laptop': {
        text: "Kirjaa hänet kauppatililleen omalla kannettavallasi.",
        why: "Asiakkaan kirjautuminen ei kuulu digitukijan laitteelle, jolle se voi jäädä.",
      },
      'recommend-a-shop': {
        text: "Suosittele verkkokauppaa, johon itse luotat eniten.",
        why: "Asiakkaan ohjaaminen tietylle yritykselle ei ole puolueetonta.",
      },
      'place-first-order-for-her': {
        text: "Tee hänen ensimmäinen tilauksensa hänen puolestaan, jotta hän näkee, miten se käy.",
        why: "Hänen puolestaan ostaminen on puolesta-asiointia, ja hän oppii enemmän tekemällä itse.",
      },
      'save-password-in-browser': {
        text: "Tallenna hänen salasanansa kannettavan selaimeen, jotta ensi kerralla pääsee nopeammin.",
        why: "Hänen salasanansa jäisi laitteelle, jota hän ei hallitse.",
      },
    },
  },
  SC35: {
    title: "Soitto ”pankista”",
    situation:
      "Asiakas kertoo kirjaston työntekijälle, että pankin edustajaksi esittäytynyt henkilö soitti ja käski hänen asentaa etäyhteyssovelluksen. Hänellä on soittajan ohjeet paperilla, ja hän haluaa apua sovelluksen asentamiseen heti.",
    distractors: {
      'install-as-told': {
        text: "Auta häntä asentamaan sovellus, koska pyyntö tuli hänen pankistaan.",
        why: "Etäyhteyssovellus antaisi soittajalle pääsyn hänen puhelimeensa; kyse on tyypillisestä huijauksesta.",
      },
      'ring-the-callers-number': {
        text: "Soita soittajan antamaan numeroon ja tarkista, onko pyyntö aito.",
        why: "Numero voi johtaa takaisin huijarille; pankin tavoittaa sen tunnetuista yhteystiedoista.",
      },
      'wait-for-next-call': {
        text: "Kehota häntä odottamaan, soittaako soittaja uudelleen.",
        why: "Jos jotain on jo ehditty luovuttaa, odottaminen antaa huijarille aikaa; hänen kannattaa ottaa yhteyttä pankkiinsa sen tunnetun kanavan kautta heti.",
      },
    },
  },
  SC36: {
    title: "Poika haluaa auttaa isäänsä",
    situation:
      "Aikuinen poika ja hänen iäkäs isänsä tulevat kirjaston digitukeen. Poika haluaisi hoitaa isänsä veroasiat verkossa omalla puhelimellaan, mutta isällä ei ole pankkitunnuksia eikä muuta vahvaa tunnistusvälinettä.",
    distractors: {
      'get-codes-for-son': {
        text: "Ehdota, että isä hankkii pankkitunnukset ja antaa ne pojan käyttöön.",
        why: "Tunnukset ovat henkilökohtaiset; pojan on asioitava omilla tunnuksillaan ja isältä saamallaan valtuudella.",
      },
      'say-no-eid-no-mandate': {
        text: "Sano, ettei isä voi ilman tunnistusvälinettä valtuuttaa ketään.",
        why: "Niille, jotka eivät pysty valtuuttamaan sähköisesti, on muita reittejä, kuten hakemuksella valtuuttaminen.",
      },
      'name-a-bank-for-codes': {
        text: "Kerro isälle, mistä pankista hänen kannattaa hankkia tunnukset.",
        why: "Kerro tunnistusvälineiden tyypeistä ja siitä, mistä kutakin saa, suosittelematta yritystä.",
      },
    },
  },
  SC38: {
    title: 'Puoliso, joka vastaa hänen puolestaan',
    situation:
      'Kirjaston digitukipäivystyksessä nainen haluaa hakea Kelan yleistä asumistukea OmaKela-asiointipalvelussa omalla puhelimellaan ja kirjautuu itse. Hänen puolisonsa vastaa kysymyksiin hänen puolestaan ja käskee digitukijaa täyttämään kaiken nopeasti; nainen näyttää epävarmalta eikä sano juuri mitään.',
    distractors: {
      'fill-it-in-as-he-asks': {
        text: 'Täytä hakemus puolison pyynnöstä, jotta asia tulee hoidetuksi.',
        why: 'Digitukija ei hoida asiaa asiakkaan nimissä ja toimii vain asiakkaan omasta päätöksestä, ei painostajan sanasta.',
      },
      'let-him-answer-for-her': {
        text: 'Anna puolison vastata kysymyksiin, koska hän tuntee heidän raha-asiansa.',
        why: 'Asiakas päättää, mitä vastataan ja näytetään. Puhu hänen kanssaan ja anna hänelle aikaa.',
      },
      'let-him-use-her-codes': {
        text: 'Anna puolison kirjautua ensi kerralla naisen tunnuksilla, niin hänen ei tarvitse vaivautua.',
        why: 'Kukaan ei saa käyttää toisen tunnuksia. Puoliso voi hoitaa asioita vain valtuutuksella, jonka nainen antaa itse.',
      },
    },
  },
  SC40: {
    title: 'Isompi teksti puhelimessa pyydettynä',
    situation:
      'Asiakas soittaa kirjaston digitukipuhelimeen: hän haluaa isomman tekstin omaan tablettiinsa, mutta ei löydä asetusta. Hän on löytänyt verkkosivulta etäohjaussovelluksen ja tarjoutuu asentamaan sen, jotta digitukija voisi tehdä muutoksen.',
    distractors: {
      'remote-app-from-her-link': {
        text: 'Pyydä häntä asentamaan sovellus sivulta, jotta voit muuttaa asetuksen itse.',
        why: 'Etätuessa käytetään vain organisaation virallisia välineitä, ja satunnaiselta sivulta ladattu sovellus on riski hänen laitteelleen.',
      },
      'call-back-from-own-mobile': {
        text: 'Soita hänelle myöhemmin omalla kännykälläsi, jossa on parempi videopuhelusovellus.',
        why: 'Tukea annetaan vain organisaation virallisten kanavien kautta, ei omalla puhelimella.',
      },
      'change-more-while-at-it': {
        text: 'Neuvo häntä muuttamaan samalla myös muita asetuksia.',
        why: 'Muuta vain sitä, mitä hän pyysi ja mistä sovittiin: laite ja sen tiedot ovat hänen.',
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
