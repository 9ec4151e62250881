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
    right: {
      'refer-service-owner': {
        text: "Kerro, että tuloista neuvoo Kela, ja näytä sen neuvontakanava palvelussa.",
        why: "Merkittävät tiedot ovat hänen Kela-asiansa sisältöä, joten oikean vastauksen antaa Kela eikä kirjasto.",
      },
      'general-support': {
        text: "Auta häntä avaamaan Kelan omat ohjeet tämän hakemuksen tuloista.",
        why: "Virallisten ohjeiden löytäminen on yleistä digitukea; lomakkeen hän täyttää silti itse.",
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
        text: "Suosittele tietokoneliikettä, jota itse käytät, koska se on ollut luotettava.",
        why: "Oman suosikkiyrityksen nimeäminen ei ole puolueetonta; kerro mieluummin, millaista korjauspalvelua kannattaa etsiä.",
      },
      'run-a-free-cleaner': {
        text: "Lataa netistä ilmainen puhdistusohjelma ja aja se hänen koneellaan.",
        why: "Haittaohjelman poisto on korjaustyötä, ja tuntematon ohjelma voi pahentaa tilannetta ja hävittää hänen tiedostonsa.",
      },
    },
    right: {
      'decline-repair': {
        text: "Kerro, ettei päivityksiä tai viruksen poistoa tehdä täällä, ja ehdota korjauspalvelua.",
        why: "Kirjastoissa korjaukset, haittaohjelmien poisto ja käyttöjärjestelmän vaihto eivät ole digitukea; ne tekee korjauspalvelu, jota ei nimetä, kun tiedot on ensin varmuuskopioitu.",
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
    right: {
      'general-support': {
        text: "Näytä hänelle tie sovellukseen viranomaisen omilta verkkosivuilta.",
        why: "Virallisen sovelluksen löytäminen tunnetun osoitteen kautta on yleistä digitukea, ja itse tekemällä hän osaa seuraavallakin kerralla.",
      },
      'data-loss-risk': {
        text: "Pyydä häntä käyttämään omaa sovelluskauppatiliään, äläkä muuta puhelimessa mitään muuta.",
        why: "Puhelin, sen tiedot ja sovitut asennukset ovat hänen vastuullaan, joten tehdään vain sovittu muutos.",
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
    right: {
      'keep-credentials-private': {
        text: "Keskeytä tunnusten lukeminen ääneen; hän näppäilee ne itse.",
        why: "Pankkitunnukset ovat vain hänen: digitukija ei koskaan kuule, näe eikä näppäile niitä.",
      },
      'not-on-behalf': {
        text: "Tarjoudu opastamaan häntä, kun hän maksaa laskun itse.",
        why: "Maksaminen hänen verkkopankissaan hänen puolestaan olisi puolesta-asiointia; opastaminen hänen maksaessaan on tukea.",
      },
      'refer-service-owner': {
        text: "Anna hänelle pankin yhteystiedot verkkopankkia koskevia kysymyksiä varten.",
        why: "Pankkiasiat kuuluvat pankille, joka tuntee oman palvelunsa; kirjasto antaa vain yksinkertaista teknistä apua.",
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
      'call-number-in-message': {
        text: "Soita numeroon, josta viesti tuli, ja kysy, onko palautus totta.",
        why: "Numero johtaa viestin lähettäjälle eikä Verohallintoon; veroasiat tarkistetaan OmaVerosta, joka avataan sen tunnetusta osoitteesta.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Pyydä häntä sulkemaan sivu kirjoittamatta mitään ja avaamaan OmaVero sen tunnetusta osoitteesta.",
        why: "Verohallinto on julkisissa varoituksissaan kertonut, ettei sen viesteissä ole koskaan suoraa linkkiä OmaVeroon; OmaVero avataan sen tunnetusta osoitteesta.",
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
        text: "Auta heitä tilisiirrossa kuten tavallisessa pankkiasiassa, koska rahat ovat hänen omiaan.",
        why: "Painostus siirtää rahaa kiireellä viittaa mahdolliseen huijaukseen, ja pankkiasiat kuuluvat joka tapauksessa pankille.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Keskeytä tilisiirto: ”turvallisempi tili” on tunnettu huijareiden juoni.",
        why: "Kiireellinen painostus siirtää rahaa on tyypillinen huijauksen merkki, ja pankin tavoittaa vain sen omasta tunnetusta numerosta.",
      },
      'safeguard-customer': {
        text: "Pyydä saada puhua hänen kanssaan kahden kesken, ja anna hänelle aikaa päättää.",
        why: "Hän päättää rahoistaan; mitään ei tehdä painostajan sanan perusteella, vaikka tämä olisi sukulainen.",
      },
    },
  },
  SC25: {
    title: "Ponnahdusikkunoita ja puhelin kädestä käteen",
    situation:
      "Asiakas kertoo asukastalon digituessa, että hänen puhelimeensa ponnahtaa selatessa jatkuvasti virusvaroituksia; yhdessä on tukinumero, johon pitäisi soittaa. Hän ojentaa puhelimen digitukijalle, kertoo näytön lukituskoodin ja sovelluskaupan salasanansa ja pyytää siivoamaan puhelimen.",
    distractors: {
      'call-number-in-warning': {
        text: "Soittakaa yhdessä varoituksessa näkyvään tukinumeroon, jotta sen asiantuntijat poistavat viruksen.",
        why: "Ponnahdusvaroituksen numero johtaa huijareille, jotka tavoittelevat maksua, tunnuksia tai etäyhteyssovelluksen asentamista.",
      },
      'install-app-from-warning': {
        text: "Asenna varoituksen tarjoama tietoturvasovellus hänen kertomallaan sovelluskaupan salasanalla.",
        why: "Valevaroitusten tyrkyttämät sovellukset ovat usein juuri se haitallinen osa, eikä hänen salasanansa ole digitukijan käytettäväksi.",
      },
      'clean-phone-with-his-codes': {
        text: "Käy puhelin läpi hänen tunnuksillaan ja poista kaikki, mikä näyttää epäilyttävältä.",
        why: "Hänen tunnuksensa eivät ole digitukijan käytettäviksi, ja haittaohjelmien poisto on korjaustyötä eikä täällä annettavaa digitukea.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Sano, ettei varoituksia napauteta eikä numeroon soiteta, ja kysy, onko hän jo soittanut.",
        why: "Ponnahtavat virusvaroitukset soittonumeroineen ovat yleinen huijaus; jos tunnuksia tai rahaa on annettu, seuraavaksi otetaan yhteys pankkiin ja poliisiin.",
      },
      'keep-credentials-private': {
        text: "Anna puhelin takaisin ja sano, että tunnukset ovat vain hänen käytettävissään, eivät sinunkaan.",
        why: "Digitukija ei koskaan käytä asiakkaan tunnuksia; hän avaa puhelimen lukituksen ja kirjoittaa salasanat itse.",
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
        text: "Pyydä hänen PIN-koodinsa ja kirjaudu hänen kirjastotililleen työkoneellasi uusiaksesi lainat.",
        why: "PIN-koodi on vain hänen, eikä hänen kirjautumisensa kuulu työkoneellesi; hän voi uusia lainat itse, tai henkilökunta voi uusia ne tiskillä kirjaston omassa järjestelmässä.",
      },
      'check-loan-list-together': {
        text: "Käy lainalista läpi yhdessä hänen kanssaan varmistaaksesi, että kaikki lainat uusiutuivat.",
        why: "Hän halusi pitää listan omana tietonaan; opasta sanallisesti ja anna hänen tarkistaa se itse.",
      },
      'renew-on-her-phone-yourself': {
        text: "Ota hänen puhelimensa ja uusi lainat itse, koska se käy nopeammin kuin neuvominen.",
        why: "Hän ei oppisi tekemään sitä, ja näkisit lainalistan, jonka hän halusi pitää omana tietonaan.",
      },
    },
    right: {
      'guide-own-service': {
        text: "Näytä, mistä lainat uusitaan ja kirjat varataan, ja anna hänen tehdä vaiheet itse.",
        why: "Lainat ovat kirjaston omaa palvelua, ja asiakkaiden opastaminen siinä kuuluu kirjaston tehtäviin.",
      },
      'customer-privacy': {
        text: "Asetu niin, ettet näe hänen näyttöään, ja kerro sanallisesti, mitä napautetaan.",
        why: "Hän päättää, mitä näyttää; lainat pysyvät hänen omana asianaan, vaikka opastat häntä.",
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
    right: {
      'no-eid-alternatives': {
        text: "Kerro tunnistusvälineistä ja niiden myöntäjistä sekä valtuuksista OmaKannan käyttöön.",
        why: "Ilman tunnistusvälinettäkin hänellä on keinoja: välineen hankkiminen, OmaKannan valtuutus luotetulle henkilölle tai palvelun muu kuin digitaalinen kanava.",
      },
      'refer-service-owner': {
        text: "Kerro, että OmaKanta on Kelan palvelu, ja anna Kelan neuvontakanava.",
        why: "OmaKantaa ja reseptitietojen saamista koskevat kysymykset kuuluvat palvelusta vastaavalle organisaatiolle.",
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
    right: {
      'e-authorizations': {
        text: "Kerro, että äiti voi valtuuttaa tyttärensä hoitamaan veroasioitaan Suomi.fi-valtuuksilla.",
        why: "Sähköisessä asioinnissa toisen puolesta asioidaan Suomi.fi-valtuuksilla ja valtuutetun omalla tunnistautumisella.",
      },
      'general-support': {
        text: "Auta heitä löytämään Suomi.fi-valtuudet tunnetusta osoitteesta ohjeineen.",
        why: "Virallisen palvelun ja sen julkisten ohjeiden löytäminen on yleistä digitukea; valtuuden antaa äiti itse.",
      },
    },
  },
  SC29: {
    title: "Vapisevat kädet estävät tunnuslukusovelluksen käytön",
    situation:
      "Iäkkäällä naisella on pankkitunnukset, mutta vapisevat kädet ja heikko näkö estävät häntä käyttämästä tunnuslukusovellusta. Hänen pitäisi vastata Kelan lisäselvityspyyntöön, ja hän pyytää kirjaston työntekijää kirjautumaan ja kirjoittamaan vastauksen hänen puolestaan.",
    distractors: {
      'log-in-and-reply-for-her': {
        text: "Kirjaudu hänen tunnuksillaan ja kirjoita vastaus hänen puolestaan, koska hän ei itse pysty.",
        why: "Tunnukset ovat vain hänen, ja vastauksen lähettäminen Kelaan hänen nimissään on puolesta-asiointia.",
      },
      'tell-her-to-learn-the-app': {
        text: "Sano, että hänen on vain opeteltava sovellus, kuten muidenkin.",
        why: "Hänellä on todellinen este, ja asianmukaisia vaihtoehtoja on: valtuutettu luotettu henkilö, toinen tunnistusväline tai Kelan muu kuin digitaalinen asiointikanava.",
      },
      'suggest-what-to-write': {
        text: "Ehdota, mitä hänen kannattaa kirjoittaa vastaukseensa Kelalle, ettei hänen tarvitse huolehtia.",
        why: "Vastauksen sisältö on hänen asiansa Kelan kanssa, ja siihen liittyviin kysymyksiin vastaa Kelan oma neuvonta.",
      },
    },
    right: {
      'keep-credentials-private': {
        text: "Sano ystävällisesti, ettet voi kirjautua hänen tunnuksillaan edes auttaaksesi.",
        why: "Vain hän saa käyttää tunnuksiaan; hänen esteensä ratkaistaan muilla keinoilla kuin digitukijan kirjautumisella.",
      },
      'not-on-behalf': {
        text: "Älä vastaa Kelalle hänen nimissään; kerro Kelan muista tavoista vastata.",
        why: "Vastaaminen Kelalle hänen nimissään olisi puolesta-asiointia; Kelan omat kanavat ovat hänen käytettävissään.",
      },
      'e-authorizations': {
        text: "Kerro, että luotettu henkilö voisi asioida hänen puolestaan valtuutuksella ja omilla tunnuksillaan.",
        why: "Suomi.fi-valtuuksilla luotettu henkilö asioi hänen puolestaan laillisesti ja kirjautuu omana itsenään.",
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
    right: {
      'not-on-behalf': {
        text: "Opasta häntä perumisessa; klikkaukset hän tekee itse.",
        why: "Sopimuksen muuttaminen hänen puolestaan olisi puolesta-asiointia; opastettuna hän pystyy tekemään sen itse.",
      },
      'no-supporter-device-login': {
        text: "Pyydä häntä kirjautumaan omalla puhelimellaan tai yhteiskäyttöisellä koneella.",
        why: "Hyvän käytännön mukaan asiakkaan kirjautuminen ei kuulu digitukijan työlaitteelle.",
      },
    },
  },
  SC31: {
    title: "Pankin sovelluksen asentaminen",
    situation:
      "Asiakas on jo ottanut uudet verkkopankkitunnuksensa käyttöön pankin kirjeen ohjeiden mukaan. Nyt hän haluaa asentaa pankin sovelluksen omaan puhelimeensa ja pyytää kirjaston työntekijää auttamaan oikean sovelluksen löytämisessä sovelluskaupasta.",
    distractors: {
      'install-first-search-hit': {
        text: "Hae pankin nimellä ja asenna ensimmäinen sovellus, joka tulee vastaan.",
        why: "Liikkeellä on aidon näköisiä valesovelluksia ja -sivustoja; etsi sovellus pankin oman osoitteen tai ohjeiden kautta.",
      },
      'activate-with-her-codes': {
        text: "Kirjaudu uuteen sovellukseen hänen tunnuksillaan tarkistaaksesi, että se toimii.",
        why: "Tunnukset ovat vain hänen; hän kirjautuu itse, ja pankki auttaa, jos sovellus ei hyväksy niitä.",
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
    right: {
      'general-support': {
        text: "Auta löytämään sovellus pankin verkkosivujen kautta; tunnuksista kysytään pankilta.",
        why: "Sovelluksen asentaminen on yksinkertaista teknistä apua; pankkiasioissa neuvovat pankin omat ohjeet ja asiakaspalvelu.",
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
    right: {
      'refer-service-owner': {
        text: "Kerro, että muutoksenhausta neuvoo päätöksen tehnyt viranomainen.",
        why: "Muutoksenhaku kuuluu hänen asiansa sisältöön; siihen vastaavat päätöksen omat muutoksenhako-ohjeet ja päätöksen tehnyt viranomainen.",
      },
      'shared-device-care': {
        text: "Pyydä häntä kirjautumaan ulos ja tyhjentämään selain ennen lähtöään.",
        why: "Yhteiskäyttöiselle koneelle ei saa jäädä mitään hänen tietojaan seuraavan käyttäjän nähtäväksi.",
      },
      'customer-privacy': {
        text: "Siirry sivuun hänen pyynnöstään kirjeen ollessa auki, ja opasta sanallisesti.",
        why: "Hän päättää, mitä näet; voit auttaa silti katsomatta hänen päätöstään.",
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
      'type-password-for-her': {
        text: "Näppäile hänen sähköpostisalasanansa itse hänen lukiessaan sitä, koska hänen sormensa ovat hitaat.",
        why: "Salasana on vain häntä varten; anna hänelle aikaa ja opasta sanallisesti, kun hän näppäilee sen.",
      },
      'change-whatever-helps': {
        text: "Muuta kaikki asetukset, joista arvelet olevan hyötyä, kun puhelin on kerran käsissäsi.",
        why: "Vain sovitut muutokset tehdään; hän vastaa itse laitteestaan, ja tietoja voi kadota.",
      },
    },
    right: {
      'general-support': {
        text: "Opasta sanallisesti, kun hän ottaa itse sähköpostin käyttöön ja suurentaa tekstiä.",
        why: "Oman puhelimen ja sen asetusten käytössä auttaminen on yleistä digitukea, ja itse tekemällä hän oppii.",
      },
      'customer-privacy': {
        text: "Anna hänen avata saapuneet viestit itse puhelin sinusta poispäin käännettynä.",
        why: "Hän pyysi pitämään viestinsä omana tietonaan, ja hän päättää, mitä näet.",
      },
      'data-loss-risk': {
        text: "Sopikaa tarkasti, mitä asetuksia muutetaan; puhelin ja sen tiedot ovat hänen.",
        why: "Hän vastaa laitteestaan ja sen tiedoista, ja sopimattomat muutokset voivat yllättää hänet tai hävittää tietoja.",
      },
    },
  },
  SC34: {
    title: "Ensimmäinen tutustuminen verkkokauppaan",
    situation:
      "Asiakas haluaa järjestön digitukipäivystyksessä oppia ennen ensimmäistä ostostaan, miten verkkokauppa toimii: haku, toimitustavat ja palautussivu. Hän ehdottaa, että digitukija antaisi hänen kirjautua kauppatililleen digitukijan omalla kannettavalla, koska siinä on isompi näyttö.",
    distractors: {
      'log-her-in-on-your-laptop': {
        text: "Anna hänen kirjautua kauppatililleen omalla kannettavallasi, koska siinä on isompi näyttö.",
        why: "Asiakkaan kirjautuminen ei kuulu digitukijan laitteelle, jolle se voi jäädä.",
      },
      'recommend-a-shop': {
        text: "Suosittele verkkokauppaa, johon itse luotat eniten, jotta ensimmäinen tilaus onnistuu.",
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
    right: {
      'general-support': {
        text: "Näytä haku, toimitustavat ja palautussivu; hän valitsee itse, mitä ostaa.",
        why: "Palvelun toiminnan näyttäminen on yleistä digitukea; mitä ja mistä hän ostaa, on hänen päätöksensä.",
      },
      'no-supporter-device-login': {
        text: "Käytä kannettavaasi vain julkisiin sivuihin; hän kirjautuu omalla puhelimellaan.",
        why: "Hyvän käytännön mukaan asiakkaan kirjautuminen ei kuulu digitukijan laitteelle, jolle se voi jäädä.",
      },
    },
  },
  SC35: {
    title: "Puhelu ja asennettava sovellus",
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
    right: {
      'fraud-stop': {
        text: "Älä auta asentamaan sovellusta; pyydä häntä soittamaan heti pankkinsa tunnettuun numeroon.",
        why: "Pankki ei pyydä asentamaan etäyhteyssovellusta soittajan sanan perusteella; jos jotain on jo annettu, pankin sulkupalveluun on soitettava heti.",
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
        text: "Kerro isälle, mistä pankista hänen kannattaa hankkia tunnukset, niin etsiminen jää pois.",
        why: "Kerro tunnistusvälineiden tyypeistä ja siitä, mistä kutakin saa, suosittelematta yritystä.",
      },
    },
    right: {
      'e-authorizations': {
        text: "Kerro, että isä voi hyväksyä poikansa valtuuspyynnön DVV:n palvelupisteessä.",
        why: "Ilman tunnistusvälinettäkin asiakas voi valtuuttaa luotetun henkilön; poika kirjautuu sen jälkeen omilla tunnuksillaan.",
      },
      'no-eid-alternatives': {
        text: "Kerro tunnistusvälineistä puolueettomasti sekä Verohallinnon puhelin- ja paperiasioinnista.",
        why: "Ilman tunnistusvälinettäkin isällä on vaihtoehtoja: välineen hankkiminen yritystä nimeämättä tai Verohallinnon muu kuin digitaalinen asiointi.",
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
    right: {
      'safeguard-customer': {
        text: "Kysy häneltä, mitä hän haluaa, ja anna hänelle aikaa; puolison sana ei ratkaise.",
        why: "Hakija on hän; digitukija toimii vain hänen omasta päätöksestään, ei painostajan sanasta.",
      },
      'not-on-behalf': {
        text: "Älä täytä hakemusta itse; opasta häntä niin, että hän vastaa itse.",
        why: "Täyttäminen olisi asiointia hänen nimissään; vastaukset ovat hänen annettaviaan.",
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
    right: {
      'general-support': {
        text: "Kerro vaihe vaiheelta, mistä tekstikoon asetus löytyy, kun hän muuttaa sen.",
        why: "Oman laitteen asetuksissa auttaminen on yleistä digitukea, ja muutos pysyy hänen hallinnassaan.",
      },
      'remote-support': {
        text: "Pysy kirjaston digitukipuhelimessa ja virallisissa välineissä; mitään ei tarvitse asentaa.",
        why: "Etätuessa käytetään vain organisaation virallisia välineitä, ja asiakas hallitsee laitettaan itse.",
      },
    },
  },
  SC41: {
    title: "Hidas puhelin ja iso päivitys",
    situation:
      "Asiakas kertoo asukastalon digituessa, että hänen puhelimensa on hidastunut. Hän pyytää digitukijaa asentamaan puhelimen käyttöjärjestelmän uuden version ja siivoamaan pois kaiken, mikä hidastaa sitä, ja ojentaa puhelimen ja lapun, jossa ovat näytön lukituskoodi ja sovelluskaupan salasana.",
    distractors: {
      'note-codes-for-later': {
        text: "Pidä tunnukset sisältävä lappu, jotta voit jatkaa tapaamisen jälkeen.",
        why: "Henkilökunnan hallussa olevat tunnukset voivat joutua vääriin käsiin; ne kuuluvat vain hänelle.",
      },
      'keep-phone-overnight': {
        text: "Pidä puhelin yön yli asukastalolla ja korjaa sitä, kun on hiljaisempaa.",
        why: "Laitteen ja sen tietojen ottaminen haltuun menee digituen ulkopuolelle ja jättää hänet ilman puhelinta.",
      },
      'factory-reset': {
        text: "Palauta puhelimeen tehdasasetukset, niin se nopeutuu varmasti.",
        why: "Tehdasasetusten palautus voi pyyhkiä hänen tietonsa, ja se on korjaustyötä, joka ei kuulu täällä annettavaan digitukeen.",
      },
      'start-update-with-his-code': {
        text: "Avaa puhelimen lukitus hänen koodillaan ja käynnistä järjestelmäpäivitys hänen odottaessaan.",
        why: "Uusi käyttöjärjestelmäversio on korjauspalvelun työtä, eikä hänen koodinsa ole digitukijan käytettäväksi.",
      },
    },
    right: {
      'decline-repair': {
        text: "Kerro, että uuden järjestelmäversion asentaa korjauspalvelu, ja muistuta varmuuskopiosta.",
        why: "Uusi käyttöjärjestelmäversio on iso päivitys, eivätkä isot päivitykset ja korjaukset kuulu täällä annettavaan digitukeen; ne tekee korjauspalvelu tai laitteen myyjä.",
      },
      'keep-credentials-private': {
        text: "Anna lappu takaisin; tunnukset ovat hänen, ja lukituksen hän avaa itse.",
        why: "Tunnukset ovat henkilökohtaiset: digitukija ei koskaan ota, säilytä eikä käytä niitä.",
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
