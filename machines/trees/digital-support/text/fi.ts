/**
 * Oletuspuun suomenkieliset tekstit, avaimina `../digital-support.tree.ts`:n tunnisteet.
 * Finnish text of the default digital-support tree; same meaning as `en.ts`.
 */
import type { TreeText } from '../../../tree/tree.types.js';

export const fi = {
  title: 'Digituki: oikea toimintatapa',

  questions: {
    setting: {
      title: 'Missä autan?',
      help: 'Oman organisaation asiakaspalvelussa tuet sen palveluja; yleinen digituki auttaa kaikkia.',
      options: {
        'service-situation': {
          label: 'Oman organisaationi asiakaspalvelu',
          hint: 'Sen asiointipiste, oma puhelin- tai chatpalvelu tai sen omat kotikäynnit.',
        },
        'general-support': {
          label: 'Yleinen digitukipiste',
          hint: 'Kirjasto, asukas- tai palvelukeskus, järjestö, vertaistuki tai avoin digitukitilaisuus.',
        },
      },
    },
    circumstances: {
      title: 'Koskeeko jokin näistä tilannetta?',
      help: 'Valitse kaikki sopivat tai ”Ei mitään näistä”.',
      options: {
        codes: {
          label: 'Tunnukset tai kirjautuminen puolesta',
          hint: 'Asiakas tarjoaa tunnuksia tai pyytää sinua näkemään, syöttämään tai kirjaamaan ne tai kirjautumaan puolestaan.',
        },
        fraud: {
          label: 'Merkkejä huijauksesta tai painostuksesta',
          hint: 'Viestin linkki, pankkina tai viranomaisena esiintyvä soittaja, valesivusto tai asiakasta painostava henkilö.',
        },
        'keep-private': {
          label: 'Asiakas haluaa pitää tiedot omanaan',
          hint: 'Asiakas ei halua sinun näkevän näyttöään tai henkilötietojaan.',
        },
        'install-settings': {
          label: 'Asennuksia tai asetusten muutoksia',
          hint: 'Apuun kuuluu sovelluksen asentaminen tai laitteen asetusten muuttaminen.',
        },
        none: {
          label: 'Ei mitään näistä',
          hint: 'Ei tarjottuja tunnuksia, ei varoitusmerkkejä, ei yksityisyystoivetta, ei asennuksia.',
        },
      },
    },
    request: {
      title: 'Mitä asiakas haluaa?',
      help: 'Valitse vaihtoehto, joka on lähimpänä asiakkaan pyyntöä.',
      options: {
        guidance: {
          label: 'Opastusta, tekee itse',
          hint: 'Asiakas haluaa opastusta ja hoitaa asian itse.',
        },
        'act-for-me': {
          label: 'Että hoidan asian hänen puolestaan',
          hint: 'Että täytät, lähetät tai maksat jotain asiakkaan puolesta.',
        },
        proxy: {
          label: 'Läheinen hoitamaan asioita',
          hint: 'Että omainen tai ystävä voisi hoitaa asiakkaan asioita.',
        },
        repair: {
          label: 'Korjausta tai isoja päivityksiä',
          hint: 'Korjaus, haittaohjelman poisto, käyttöjärjestelmän päivitys tai isot päivitykset.',
        },
      },
    },
    owner: {
      title: 'Kenen palvelu on kyseessä?',
      help: 'Kirjaston omat palvelut (kirjastokortti, lainat, tilavaraus) ovat sen omia, samoin yhteispalvelusopimuksen palvelut.',
      options: {
        own: {
          label: 'Oman organisaationi',
          hint: 'Organisaatiosi oma palvelu tai palvelu, joka yhteispalvelusopimuksella kuuluu teille.',
        },
        'other-authority': {
          label: 'Toisen viranomaisen',
          hint: 'Toisen viranomaisen asiointipalvelu, esimerkiksi Kelan tai Verohallinnon.',
        },
        'bank-insurer': {
          label: 'Pankin tai vakuutusyhtiön',
          hint: 'Verkkopankki tai vakuutusyhtiön asiointipalvelu.',
        },
        private: {
          label: 'Muun yrityksen',
          hint: 'Kaupan, teleoperaattorin tai muun yrityksen palvelu tai sovellus.',
        },
        none: {
          label: 'Ei palvelua: laite tai taidot',
          hint: 'Apua laitteen käyttöön tai digitaitoihin, ei mihinkään tiettyyn palveluun.',
        },
      },
    },
    task: {
      title: 'Onko kyse asioinnista vai yleisestä käytöstä?',
      help: 'Asiointi koskee asiakkaan omaa asiaa; yleinen käyttö on palvelun löytämistä ja käyttöä yleensä.',
      options: {
        transaction: {
          label: 'Asiointi',
          hint: 'Hakeminen, lähettäminen, omien asia- tai terveystietojen katsominen, ajanvaraus tai maksaminen.',
        },
        'general-use': {
          label: 'Yleinen käyttö',
          hint: 'Palvelun löytäminen, julkiset ohjeet, kirjautumisen toiminta, asetukset.',
        },
      },
    },
    identification: {
      title: 'Tarvitaanko vahvaa tunnistautumista, ja pystyykö asiakas kirjautumaan?',
      help: 'Vahva sähköinen tunnistaminen: pankkitunnukset, mobiilivarmenne tai henkilökortin kansalaisvarmenne.',
      options: {
        'not-needed': {
          label: 'Ei tarvita',
          hint: 'Vaihe ei vaadi vahvaa tunnistautumista, esimerkiksi julkinen tieto tai tyhjä lomake.',
        },
        'customer-logs-in': {
          label: 'Tarvitaan, asiakas kirjautuu itse',
          hint: 'Asiakkaalla on oma tunnistusväline, ja hän pystyy kirjautumaan sillä.',
        },
        'no-eid': {
          label: 'Tarvitaan, ei tunnistusvälinettä',
          hint: 'Asiakkaalla ei ole pankkitunnuksia, mobiilivarmennetta eikä kansalaisvarmennetta.',
        },
        'cannot-use': {
          label: 'Tarvitaan, ei pysty käyttämään',
          hint: 'Asiakkaalla on tunnistusväline, mutta hän ei pysty käyttämään sitä itse.',
        },
      },
    },
    device: {
      title: 'Kenen laitteella asioidaan?',
      help: 'Ajattele laitetta, jolla asiakas kirjautuu tai hoitaa asian.',
      options: {
        'customer-own': {
          label: 'Asiakkaan oma',
          hint: 'Asiakkaan oma puhelin, tabletti tai tietokone.',
        },
        shared: {
          label: 'Yhteiskäyttöinen asiakaslaite',
          hint: 'Asiointipisteen tietokone tai asiakaspääte, jota asiakkaat käyttävät vuorollaan.',
        },
        supporter: {
          label: 'Oma työlaitteeni',
          hint: 'Oma työtietokoneesi tai työpuhelimesi.',
        },
      },
    },
  },

  outcomes: {
    'fraud-stop': {
      title: 'Epäily huijauksesta: pysähdy ja suojaa (hyvä käytäntö)',
      action: 'Pysähdy, jätä epäilyttävä linkki avaamatta ja avaa palvelu vain sen tunnetusta virallisesta osoitteesta.',
      steps: [
        'Keskeytä tilanne: hyvä käytäntö on olla jatkamatta, kun epäilet huijausta tai painostusta.',
        'Älä avaa viestin linkkiä tai soita viestin numeroon; avaa palvelu sen tunnetusta virallisesta osoitteesta.',
        'Jos tunnuksia on voitu syöttää valesivustolle, kehota asiakasta soittamaan heti pankkinsa sulkupalveluun.',
        'Jos rahaa tai tunnuksia on menetetty, ehdota asiakkaalle rikosilmoitusta poliisille.',
        'Jos joku näyttää painostavan asiakasta, jatka asiakkaan kanssa kahden kesken ja noudata paikallista toimintaohjetta.',
      ],
      avoid: [
        'Älä kirjaudu tai vie vaihetta loppuun vain tarkistaaksesi sivuston.',
        'Älä välitä tai kopioi epäilyttävää linkkiä.',
        'Älä vähättele asiakkaan huolta äläkä hoputa häntä.',
      ],
    },
    'decline-repair': {
      title: 'Kieltäydy korjaustöistä ja ohjaa neutraalisti',
      action: 'Kerro, etteivät korjaukset, haittaohjelmien poisto ja järjestelmäpäivitykset kuulu digitukeen, ja ohjaa asiakas neutraalisti korjauspalveluun.',
      steps: [
        'Kerro ystävällisesti, etteivät korjaukset, haittaohjelmien poisto, käyttöjärjestelmän päivitykset ja isot päivitykset kuulu digitukeen.',
        'Perustele: tällaisissa töissä tietoja voi kadota, ja laite tietoineen on asiakkaan vastuulla.',
        'Ehdota korjauspalvelua tai laitteen myyjää yleisellä tasolla, nimeämättä mitään liikettä.',
        'Muistuta asiakasta varmuuskopioimaan kuvat, asiakirjat ja muut tiedot ennen korjausta tai päivitystä.',
        'Kerro, missä digituki voi sen sijaan auttaa, esimerkiksi laitteen käytössä tai palvelun löytämisessä.',
      ],
      avoid: [
        'Älä yritä korjausta, haittaohjelman poistoa tai päivitystä ”vain tämän kerran”.',
        'Älä ota laitetta mukaasi äläkä säilytä sitä yön yli.',
        'Älä suosittele tiettyä liikettä, merkkiä tai maksullista tuotetta.',
      ],
    },
    'keep-credentials-private': {
      title: 'Tunnukset ovat henkilökohtaisia: pysy niistä erossa',
      action: 'Kieltäydy ottamasta vastaan, syöttämästä, katsomasta tai kirjaamasta asiakkaan tunnuksia, ja anna asiakkaan kirjautua itse.',
      steps: [
        'Keskeytä kohteliaasti ja kerro, että tunnukset ja salasanat ovat henkilökohtaisia ja vain asiakas saa käyttää niitä.',
        'Käännä katseesi tai siirry sivuun, kun asiakas näppäilee tunnuksia, salasanoja tai kertakäyttöisiä koodeja.',
        'Opasta sanallisesti, kun asiakas kirjautuu itse.',
        'Jos joku toinen haluaa käyttää asiakkaan tunnuksia, kerro, ettei se ole sallittua luvallakaan, ja mainitse Suomi.fi-valtuudet.',
        'Muistuta asiakasta, ettei tunnuksia anneta kenellekään: viranomainen ei koskaan kysy niitä.',
      ],
      avoid: [
        'Älä ota vastaan ääneen luettuja, paperille kirjoitettuja tai viestillä lähetettyjä tunnuksia.',
        'Älä näppäile, valokuvaa tai kirjoita muistiin mitään tunnuksia.',
        'Älä kirjaudu asiakkaan puolesta äläkä pidä hänen puhelintaan myöhempää varten.',
      ],
    },
    'not-on-behalf': {
      title: 'Älä hoida asiaa asiakkaan puolesta',
      action: 'Kieltäydy hoitamasta asiaa asiakkaan puolesta ja tarjoa tilalle opastettua omatoimista asiointia tai muuta asianmukaista vaihtoehtoa.',
      steps: [
        'Kerro ystävällisesti, ettet voi täyttää, lähettää tai maksaa mitään asiakkaan puolesta.',
        'Tarjoudu opastamaan vaihe vaiheelta, kun asiakas tekee asian itse.',
        'Jos hän haluaa läheisen hoitavan asian, kerro Suomi.fi-valtuuksista.',
        'Jos hän ei pysty käyttämään verkkopalvelua, kerro palvelun muista kuin sähköisistä asiointikanavista.',
        'Jos palvelu on oman organisaatiosi, neuvo menettelyssä: mitä voi hakea, mistä ja mihin mennessä.',
      ],
      avoid: [
        'Älä täytä, lähetä tai maksa mitään asiakkaan nimissä.',
        'Älä kirjoita asiakkaan hakemuksia, selvityksiä tai valituksia hänen puolestaan.',
        'Älä valitse vastauksia asiakkaan puolesta.',
      ],
    },
    'e-authorizations': {
      title: 'Toisen puolesta asiointi: Suomi.fi-valtuudet',
      action: 'Kerro, että asiakas voi valtuuttaa luotetun henkilön Suomi.fi-valtuuksilla, ja tämä asioi sitten omilla tunnuksillaan.',
      steps: [
        'Kerro, että asiakas voi valtuuttaa luottamansa täysi-ikäisen hoitamaan valittuja asioita; yleisvaltuutta ei ole.',
        'Kerro, että valtuutettu kirjautuu omilla tunnuksillaan ja valitsee sitten, kenen puolesta asioi.',
        'Mainitse helpoin tapa: valtuutettu lähettää valtuuspyynnön, ja asiakas hyväksyy sen.',
        'Jos asiakas ei pysty valtuuttamaan sähköisesti, kerro hakemuksella valtuuttamisesta tai avustetusta valtuuttamisesta, jos sitä tarjotaan.',
        'Kerro, että kukin verkkopalvelu päättää, voiko siinä asioida toisen puolesta, ja että huoltaja hoitaa alaikäisen asiat.',
      ],
      avoid: [
        'Älä anna omaisen käyttää asiakkaan tunnuksia, ei edes luvalla.',
        'Älä ryhdy itse asiakkaan valtuutetuksi.',
        'Älä lupaa, että kaikki palvelut hyväksyvät valtuudet.',
        'Älä pidä paperista valtakirjaa lupana käyttää asiakkaan tunnuksia.',
      ],
    },
    'no-eid-alternatives': {
      title: 'Ei käyttökelpoista tunnistusvälinettä: tarjoa vaihtoehtoja',
      action: 'Auta siinä, mikä ei vaadi tunnistautumista, kerro vahvan tunnistamisen välineistä neutraalisti ja tarjoa palvelun muuta kuin sähköistä asiointikanavaa.',
      steps: [
        'Auta asioissa, jotka eivät vaadi tunnistautumista, kuten julkisissa tiedoissa ja tyhjissä lomakkeissa.',
        'Kerro vahvan sähköisen tunnistamisen välineet: pankkitunnukset, mobiilivarmenne ja poliisin henkilökortin kansalaisvarmenne.',
        'Kerro, kuka kunkin myöntää (pankit, teleoperaattorit, poliisi), suosittelematta mitään yritystä.',
        'Tarjoa palvelun omistajan puhelin-, paperi- tai käyntiasiointia asian hoitamiseen.',
        'Jos läheinen voisi hoitaa asian, kerro Suomi.fi-valtuuksista.',
      ],
      avoid: [
        'Älä kirjaudu omilla tai kollegan tunnuksilla näyttääksesi asiakkaalle.',
        'Älä anna kenenkään käyttää toisen henkilön tunnuksia.',
        'Älä sano asiakkaalle, ettei mitään ole tehtävissä.',
        'Älä suosittele tiettyä pankkia tai operaattoria.',
      ],
    },
    'guide-own-service': {
      title: 'Opasta omassa palvelussa – asiakas tekee itse',
      action: 'Opasta asiakasta vaihe vaiheelta, kun hän kirjautuu ja hoitaa asian itse.',
      steps: [
        'Kerro vaiheet ja anna asiakkaan käyttää laitetta ja kirjautua itse.',
        'Neuvo menettelyssä neuvontavelvollisuutesi mukaisesti: mitä voi hakea, mistä ja mihin mennessä.',
        'Anna asiakkaan valita vastauksensa; selitä kysymyksen merkitys, jos hän on epävarma.',
        'Näytä, missä palvelun omat neuvontayhteystiedot ovat myöhempiä kysymyksiä varten.',
        'Kannusta asiakasta kokeilemaan jokaista vaihetta, jotta hän pärjää ensi kerralla itse.',
      ],
      avoid: [
        'Älä kirjaudu asiakkaan puolesta äläkä näppäile hänen tunnistautumistaan.',
        'Älä päätä vastauksia äläkä kirjoita valituksia tai vapaamuotoisia selvityksiä hänen puolestaan.',
        'Älä tee muistiinpanoja asiakkaan tiedoista.',
        'Älä ohjaa asiakasta muualle saamaan apua oman palvelusi käyttöön.',
      ],
    },
    'refer-service-owner': {
      title: 'Ohjaa asia palvelun omistajalle',
      action: 'Kerro palvelun omistajan neuvontakanava ja se, mitä asiakkaalla kannattaa olla valmiina yhteydenottoa varten.',
      steps: [
        'Kerro, kenen palvelu on: sitä ylläpitävä viranomainen, pankki, vakuutusyhtiö tai yritys.',
        'Etsi palvelussa julkaistu neuvontakanava (chat, puhelin, asiointipiste) ja näytä se asiakkaalle.',
        'Pankki- ja vakuutusasioissa ohjaa pankin tai vakuutusyhtiön omaan asiakaspalveluun.',
        'Jos on epäselvää, kuka asiasta vastaa, ehdota Kansalaisneuvontaa; tarkista ensin sen nykyinen nimi ja saatavuus.',
        'Kerro, mitä kannattaa olla valmiina: oma tunnistusväline, kirje tai päätös sekä omat kysymykset.',
      ],
      avoid: [
        'Älä vastaa toisen organisaation puolesta sen säännöistä tai asian sisällöstä.',
        'Älä lähetä asiakasta pois tyhjin käsin: auta löytämään oikea kanava.',
        'Älä opeta verkkopankin käyttöä alusta alkaen äläkä neuvo pankkiasioissa.',
      ],
    },
    'refer-general-support': {
      title: 'Ohjaa yleiseen digitukeen',
      action: 'Ohjaa asiakas yleiseen digitukeen, kuten kirjastoon tai digitukipisteeseen, saamaan apua laitteen käyttöön tai digitaitoihin.',
      steps: [
        'Kerro, että asiointipisteesi auttaa oman organisaatiosi palveluissa, ei laitteissa tai yleisissä digitaidoissa.',
        'Ohjaa lähimpään yleiseen digitukeen, kuten kirjastoon tai digitukipisteeseen.',
        'Anna paikka, aukioloajat tai ajanvaraustiedot, jos ne ovat sinulla.',
        'Jos asiakkaalla on myös asia organisaatiosi kanssa, auta siinä tavalliseen tapaan.',
      ],
      avoid: [
        'Älä ryhdy laite- tai taito-opastukseen, jota asiointipisteesi ei tarjoa.',
        'Älä lähetä asiakasta pois kertomatta, mistä hän saa apua.',
      ],
    },
    'general-support': {
      title: 'Anna yleistä digitukea',
      action: 'Auta laitteen käytössä, digitaidoissa sekä virallisen palvelun ja sen julkisten ohjeiden löytämisessä, ja jätä asian sisältö palvelun omistajalle.',
      steps: [
        'Auta laitteen ja taitojen kanssa: asetukset, sovelluskauppa, sähköposti, selain.',
        'Auta löytämään virallinen palvelu sen tunnetusta osoitteesta ja avaamaan sen julkiset ohjeet.',
        'Jätä sisältökysymykset, kuten mitä hakea tai vastata, palvelun omistajalle ja näytä sen neuvontakanava.',
        'Asenna vain sovittu, asiakkaan omaan laitteeseen ja hänen omalla sovelluskauppatilillään.',
        'Anna asiakkaan tehdä vaiheet itse, jotta hän pärjää ensi kerralla yksin.',
      ],
      avoid: [
        'Älä neuvo asiakkaan asian sisällössä, esimerkiksi mitä vastata.',
        'Älä tee maksuja tai muuta, mikä voi aiheuttaa asiakkaalle rahanmenetyksen.',
        'Älä suosittele tiettyä yritystä, merkkiä tai maksullista sovellusta.',
        'Älä auta yksityisellä puhelimella, yksityisellä viestisovelluksella tai satunnaisella etäyhteystyökalulla.',
      ],
    },
    'no-supporter-device-login': {
      title: 'Älä koskaan kirjaa asiakasta sisään työlaitteellasi',
      action: 'Pyydä asiakasta kirjautumaan omalla laitteellaan tai yhteiskäyttöisellä asiakaslaitteella, ei koskaan sinun työlaitteellasi.',
      steps: [
        'Pyydä asiakasta käyttämään omaa puhelintaan tai tietokonettaan tai yhteiskäyttöistä asiakaslaitetta.',
        'Käytä omaa näyttöäsi vain julkisten sivujen ja ohjeiden näyttämiseen, kirjautumatta.',
        'Perustele: laitteellesi voi jäädä hänen tietojaan, ja tunnistautuminen kuuluu vain hänelle.',
        'Jos muuta laitetta ei ole, tarjoa palvelun muuta asiointikanavaa tai uutta aikaa.',
      ],
      avoid: [
        'Älä anna asiakkaan kirjautua työtietokoneellasi tai -puhelimellasi.',
        'Älä kirjaudu omilla tunnuksillasi näyttääksesi asiakkaalle hänen tietojaan.',
        'Älä tallenna asiakkaan tiedostoja tai asiakirjoja laitteellesi.',
      ],
    },
    'shared-device-care': {
      title: 'Yhteiskäyttöinen laite: älä jätä jälkiä',
      action: 'Varmista, että asiakas kirjautuu ulos kaikista palveluista ja että selaimen tiedot ja lataukset poistetaan ennen kuin hän lähtee yhteiskäyttöiseltä laitteelta.',
      steps: [
        'Opasta asiakasta yhteiskäyttöisellä laitteella tavalliseen tapaan: hän kirjautuu ja käyttää laitetta itse.',
        'Pyydä häntä ennen lähtöä kirjautumaan ulos kaikista käyttämistään palveluista.',
        'Tyhjennä selaimen tiedot, kuten historia ja välimuisti, paikallisen ohjeen mukaan.',
        'Poista ladatut tai tallennetut tiedostot asiakkaan vielä ollessa paikalla.',
        'Tarkista, että laite on puhdas ennen seuraavaa asiakasta.',
      ],
      avoid: [
        'Älä jätä istuntoa auki seuraavalle.',
        'Älä selaa auki jäänyttä istuntoa tarkistaaksesi asiakkaan asian.',
        'Älä tallenna asiakkaan asiakirjoja yhteiskäyttöiselle laitteelle tai omallesi.',
      ],
    },
    'customer-privacy': {
      title: 'Asiakas päättää, mitä näet',
      action: 'Anna asiakkaan päättää, mitä näet: opasta sanallisesti ja käännä katseesi arkaluonteisista näkymistä ja tunnusten syötöstä.',
      steps: [
        'Kysy, mitä asiakas haluaa näyttää, ja kunnioita sitä.',
        'Opasta sanallisesti tai julkisen sivun avulla sen sijaan, että katsoisit hänen näyttöään.',
        'Käännä katseesi, kun hän näppäilee tunnuksia tai avaa arkaluonteisia tietoja.',
        'Kerro, että saatat nähdä henkilötietoja auttaessasi ja että käsittelet ne luottamuksellisesti.',
      ],
      avoid: [
        'Älä ota laitetta tai lue näyttöä kysymättä.',
        'Älä lue ääneen tai kommentoi asiakkaan henkilötietoja.',
        'Älä kerro kenellekään, mitä näit.',
      ],
    },
    'data-loss-risk': {
      title: 'Asennukset ja asetukset: huomioi tietojen menetyksen riski',
      action: 'Muistuta asiakasta, että laite, sen tiedot ja sovitut asennukset ovat hänen vastuullaan, ja pyydä häntä varmuuskopioimaan ensin.',
      steps: [
        'Sovi asiakkaan kanssa tarkasti, mitä asennetaan tai muutetaan.',
        'Kerro, että laite, sen tiedot ja asennukset ovat hänen vastuullaan ja että tietoja voi kadota.',
        'Ehdota tärkeiden tietojen varmuuskopiointia ennen muutoksia.',
        'Anna asiakkaan tehdä vaiheet itse omalla sovelluskauppatilillään ja salasanoillaan.',
        'Muuta vain sitä, mistä on sovittu.',
      ],
      avoid: [
        'Älä kirjaudu sovelluskauppaan omalla tililläsi.',
        'Älä muuta muita asetuksia siistimisen nimissä.',
        'Älä lupaa, ettei tietoja katoa.',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Tavoitteena omatoimisuus',
      text: 'Digituki auttaa käyttämään verkkopalveluja ja laitteita niin, että ihminen pärjää jatkossa turvallisesti itse. Kannusta asiakasta tekemään vaiheet itse.',
    },
    P2: {
      title: 'Digituen muodot',
      text: 'Digitukea annetaan etätukena, lähitukena (asiointipisteet, vertaistuki, kotiin vietävä tuki) ja koulutuksina. Ohjeistus suosittaa, että kukin organisaatio määrittelee, millaista tukea se tarjoaa.',
    },
    P3: {
      title: 'Tue omia palvelujasi',
      text: 'Hallintolain mukaan viranomaisen on neuvottava asiakkaita omien palvelujensa käytössä, ja sen jokaisessa verkkopalvelussa on kerrottava, mistä saa apua.',
    },
    P4: {
      title: 'Kaksi digituen lajia',
      text: 'Palvelutilanteessa annettava digituki on viranomaisen apua sen omassa asioinnissa ja siihen liittyvissä palveluissa, myös yhteiskäyttöisellä laitteella. Yleinen digituki, esim. kirjastossa, ei ulotu asiointiin; se nojaa julkisiin ohjeisiin ja avoimiin palveluihin, kuten asiakkaan omaan puhelimeen.',
    },
    P5: {
      title: 'Asiointi vai yleinen käyttö (tulkintamme)',
      text: 'Tulkintamme, jota DVV ei ole vahvistanut: yleisessä digituessa voit auttaa laitteen käytössä sekä virallisen palvelun ja sen julkisten ohjeiden löytämisessä ja avaamisessa. Asian sisältö kuuluu palvelun omistajalle.',
    },
    P6: {
      title: 'Liittyvät palvelut (tulkintamme)',
      text: 'Tulkintamme osaamismerkin aineistosta: omaan palveluun liittyviä palveluja ovat todennäköisesti siihen kirjautuminen, asiakkaan asiassa käytetyt Suomi.fi-viestit ja palvelussa käytettävät Suomi.fi-valtuudet. DVV ei ole vahvistanut tätä.',
    },
    P7: {
      title: 'Viranomaisasioinnin neuvonta on julkinen tehtävä',
      text: 'Valtiovarainministeriön asiantuntijat pitävät viranomaisasioinnissa auttamista julkisena tehtävänä, jota ei lähtökohtaisesti anneta ulkopuolisille. Yksityinen toimija voi antaa digitaalisen palvelun teknistä tukea vain, jos laki sen sallii.',
    },
    P8: {
      title: 'Ohjaa oikeaan paikkaan',
      text: 'Jos asia ei kuulu organisaatiosi toimivaltaan, ohjaa asiakas toimivaltaiselle viranomaiselle. Kansalaisneuvonta auttaa löytämään oikean palvelun; tarkista sen nykyinen nimi ja saatavuus.',
    },
    P9: {
      title: 'Tunne rajasi',
      text: 'Eettisen ohjeistuksen mukaan kaikkea ei tarvitse osata, ja oman osaamisen rajat on hyvä tunnistaa. Tulkintamme tiivistetystä aineistosta: kun asia ylittää osaamisesi, ohjaa asiakas eteenpäin.',
    },
    P10: {
      title: 'Älä asioi asiakkaan puolesta',
      text: 'Digituen antaja ei hoida asiakkaan asiaa tämän puolesta, esimerkiksi täytä, lähetä tai maksa. Puolesta-asiointi tapahtuu Suomi.fi-valtuuksilla henkilön kautta, jonka asiakas on valtuuttanut.',
    },
    P11: {
      title: 'Asiakas kirjautuu itse',
      text: 'Vahvaa tunnistamista vaativissa palveluissa asiakas kirjautuu itse eikä anna salasanoja tai pankkitunnuksia digituen antajalle. Kukaan ei saa käyttää toisen henkilön tunnistusvälinettä.',
    },
    P12: {
      title: 'Pankkiasiat kuuluvat pankille',
      text: 'Yleiset digitukipisteet, kuten kirjastot, eivät opeta verkkopankin käyttöä alusta eivätkä neuvo pankkiasioissa, kuten lainoissa; ne auttavat vain yksinkertaisissa teknisissä asioissa. Muut asiat hoidetaan pankin kanssa.',
    },
    P13: {
      title: 'Asiakkaan laite, asiakkaan vastuu',
      text: 'Asiakas vastaa laitteestaan, sen tiedoista ja tuessa sovituista asennuksista, ja tietoja voi kadota. Korjaukset, haittaohjelmien poisto, käyttöjärjestelmän vaihdot ja isot päivitykset eivät kuulu digitukeen.',
    },
    P14: {
      title: 'Vain viralliset kanavat',
      text: 'Tukea annetaan vain organisaation omien kanavien ja ilmoitettujen tilaisuuksien kautta. Hyvä käytäntö: ei yksityisiä puhelinnumeroita, yksityisiä viestisovelluksia eikä satunnaisia etätyöpöytätyökaluja.',
    },
    P15: {
      title: 'Vaitiolovelvollisuus',
      text: 'Kirjastojen digituen säännöt velvoittavat henkilökunnan vaitioloon siitä, mitä he näkevät. Muualla noudata oman organisaatiosi salassapito- ja vaitiolosääntöjä.',
    },
    P16: {
      title: 'Asiakas päättää, mitä näytetään',
      text: 'Tulkintamme tiivistetystä aineistosta: asiakas päättää, mitä henkilötietoja hän näyttää, ja sinä mukaudut opastamalla sanallisesti ja kääntämällä katseesi. Asiakkaan on hyvä tietää, että henkilökunta voi nähdä henkilötietoja tuen aikana.',
    },
    P17: {
      title: 'Älä säilytä asiakkaan tietoja',
      text: 'Hyvä käytäntö: älä kirjoita muistiin, valokuvaa tai tallenna asiakkaan tunnuksia, henkilötietoja tai asiakirjoja. Tämä seuraa tunnuksia ja luottamuksellisuutta koskevista periaatteista.',
    },
    P18: {
      title: 'Yhteiskäyttöiselle laitteelle ei jää mitään',
      text: 'Kun tietokonetta käyttävät muutkin, kirjaudu ulos kaikista palveluista ja tyhjennä selaimen tiedot ennen lähtöä. Hyvä käytäntö: tarkista organisaatiosi yhteiskäyttöisellä laitteella, että näin tehdään.',
    },
    P19: {
      title: 'Varo tietojenkalastelua',
      text: 'Huijarit varastavat pankkitunnuksia viranomaisten sivuja jäljittelevillä valesivustoilla, joille päädytään linkeistä ja hakutuloksista; avaa palvelut niiden tunnetusta virallisesta osoitteesta. Hyvä käytäntö: keskeytä tilanne, kun epäilet huijausta tai painostusta.',
    },
    P20: {
      title: 'Kaupallinen puolueettomuus',
      text: 'Hyvä käytäntö: älä ohjaa asiakasta tietyn pankin, operaattorin, laitteen tai maksullisen sovelluksen pariin; kerro vaihtoehtojen tyypit, älä merkkejä. Kirjastotyön eettiset periaatteet edellyttävät jo puolueettomuutta.',
    },
    P21: {
      title: 'Tunnistautuminen vain tarvittaessa',
      text: 'Viranomainen saa vaatia sähköistä tunnistautumista vain, kun käyttöoikeus tai oikeusvaikutukset sitä edellyttävät, ei julkisiin tietoihin tai tyhjiin lomakkeisiin. Niissä voi siis auttaa myös asiakasta, jolla ei ole tunnistusvälinettä.',
    },
    P22: {
      title: 'Vahvan tunnistamisen välineet',
      text: 'Vahvaan sähköiseen tunnistamiseen käytetään pankkitunnuksia, mobiilivarmennetta tai poliisin henkilökortin kansalaisvarmennetta. Kansalaisvarmenne on otettava käyttöön, ja se vaatii kortinlukijan, kortinlukijaohjelmiston ja PIN-koodit.',
    },
    P23: {
      title: 'Suomi.fi-valtuudet',
      text: 'Täysi-ikäinen voi valtuuttaa luotetun henkilön valittuihin asioihin; valtuutettu kirjautuu omilla tunnuksillaan, ja kukin verkkopalvelu päättää, voiko siinä asioida toisen puolesta. Jos sähköinen valtuuttaminen ei onnistu, valtuuden voi rekisteröidä hakemuksella; huoltaja asioi alaikäisen puolesta.',
    },
    L1: {
      title: 'Neuvontavelvollisuus (hallintolaki)',
      text: 'Hallintolain (434/2003) 8 §:n mukaan viranomainen neuvoo toimivaltansa rajoissa maksutta asian hoitamisessa ja ohjaa tarvittaessa toimivaltaiselle viranomaiselle. Asiakkaan asiakirjojen laatiminen ei kuulu neuvontaan.',
    },
    L2: {
      title: 'Laki digitaalisten palvelujen tarjoamisesta',
      text: 'Laki edellyttää, että viranomaisen digitaalisessa palvelussa kerrotaan, mistä saa neuvontaa sen käyttöön. Ei-sitovan ohjeistuksen mukaan viranomaisen tulisi järjestää riittävästi tukea ja tarjota sitä aktiivisesti.',
    },
    L3: {
      title: 'Digitaalisuus ensisijaisena',
      text: 'Hallituksen tavoitteena on tehdä digitaalisista palveluista vaiheittain ensisijainen tapa asioida viranomaisten kanssa. Aiheeseen liittyviä lakiesityksiä oli vireillä 2025–2026; tarkista voimassa oleva tilanne, ennen kuin nojaat niihin.',
    },
    L4: {
      title: 'Laki vahvasta sähköisestä tunnistamisesta',
      text: 'Laki vahvasta sähköisestä tunnistamisesta ja sähköisistä luottamuspalveluista (617/2009) määrittelee vahvan sähköisen tunnistamisen. Suomi.fi-ohjeiden mukaan kukaan ei saa käyttää toisen henkilön tunnistusvälinettä.',
    },
    L5: {
      title: 'Suomi.fi-valtuuksien oikeusperusta',
      text: 'DVV tarjoaa Suomi.fi-valtuuksia hallinnon yhteisistä sähköisen asioinnin tukipalveluista annetun lain (571/2016) nojalla.',
    },
    L6: {
      title: 'Yhteispalvelu (tulkintamme)',
      text: 'Tulkintamme, joka on varmistettava omasta organisaatiosta: jos asiointipisteesi hoitaa toisen viranomaisen asioita julkisen hallinnon yhteispalvelun järjestelyllä, ne voivat olla sinulle omia palveluja.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Oman palvelusi neuvontayhteystiedot',
      detail: 'Organisaatiosi verkkopalvelussa näkyvä puhelin, chat tai asiointipiste; anna ne myöhempiä kysymyksiä varten.',
    },
    'service-owner-advice': {
      name: 'Palvelun omistajan neuvontakanava',
      detail: 'Toisen organisaation palvelussa julkaistu chat, puhelin tai asiointipiste; asian sisältöä koskeviin kysymyksiin.',
    },
    'bank-or-insurer': {
      name: 'Asiakkaan pankki tai vakuutusyhtiö',
      detail: 'Sen oma asiakaspalvelu pankki- ja vakuutusasioihin, verkkopankin käyttöönottoon ja pankkitunnuksiin.',
    },
    'public-service-info': {
      name: 'Kansalaisneuvonta',
      detail: 'Neuvontapalvelu, joka ohjaa oikealle viranomaiselle ja auttaa Suomi.fi-valtuuksissa; tarkista sen nykyinen nimi ja saatavuus.',
    },
    'bank-blocking': {
      name: 'Pankin sulkupalvelu',
      detail: 'Soita heti, jos tunnukset ovat voineet päätyä huijarille; katso numero pankin omilta sivuilta, ei viestistä.',
    },
    police: {
      name: 'Poliisi',
      detail: 'Tee rikosilmoitus huijauksesta tai sen yrityksestä poliisille; hätätilanteessa soita 112.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi-valtuudet',
      detail: 'Sähköinen valtuus valittuihin asioihin; valtuutettu asioi omilla tunnuksillaan. Kun läheinen hoitaa asiakkaan asioita.',
    },
    'authorisation-by-application': {
      name: 'Hakemuksella valtuuttaminen tai avustettu valtuuttaminen',
      detail: 'Kun asiakas ei pysty valtuuttamaan sähköisesti; osa hyvinvointialueista auttaa paikan päällä. Katso Suomi.fi.',
    },
    'e-id-issuers': {
      name: 'Vahvan tunnistusvälineen myöntäjät',
      detail: 'Pankit (pankkitunnukset), teleoperaattorit (mobiilivarmenne), poliisi (henkilökortti, kansalaisvarmenne); ei merkkejä.',
    },
    'non-digital-channel': {
      name: 'Palvelun muut asiointikanavat',
      detail: 'Palvelun omistajan puhelin-, paperi- tai käyntiasiointi asiakkaalle, joka ei pysty käyttämään verkkopalvelua.',
    },
    'general-digital-support': {
      name: 'Yleinen digituki',
      detail: 'Kirjastot ja digitukipisteet auttavat laitteiden käytössä ja digitaidoissa; tarkista paikalliset paikat ja ajat.',
    },
    'repair-service': {
      name: 'Korjauspalvelu tai laitteen myyjä',
      detail: 'Korjauksiin, haittaohjelmien poistoon ja järjestelmäpäivityksiin; ohjaa yleisellä tasolla, nimeämättä liikettä.',
    },
  },
} as const satisfies TreeText;
