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
      help: 'Oma asiakaspalvelu vai kaikille avoin yleinen digituki?',
      options: {
        'service-situation': {
          label: 'Oman organisaationi asiakaspalvelu',
          hint: 'Asiointipiste, puhelin, chat tai kotikäynnit.',
        },
        'general-support': {
          label: 'Yleinen digitukipiste',
          hint: 'Kirjasto, järjestö, vertaistuki, avoin digituki.',
        },
      },
    },
    circumstances: {
      title: 'Koskeeko jokin näistä tilannetta?',
      help: 'Valitse kaikki sopivat.',
      options: {
        codes: {
          label: 'Tunnukset tai kirjautuminen puolesta',
          hint: 'Tarjoaa tunnuksiaan tai pyytää sinua käyttämään niitä.',
        },
        fraud: {
          label: 'Merkkejä huijauksesta tai painostuksesta',
          hint: 'Viestin linkki, huijarisoitto, valesivusto tai painostaja.',
        },
        'keep-private': {
          label: 'Haluaa pitää tiedot omanaan',
          hint: 'Ei halua sinun näkevän näyttöä tai henkilötietoja.',
        },
        'install-settings': {
          label: 'Asennuksia tai asetusten muutoksia',
          hint: 'Sovelluksen asennus tai laitteen asetukset.',
        },
        none: {
          label: 'Ei mitään näistä',
          hint: 'Mikään yllä olevista ei päde.',
        },
      },
    },
    request: {
      title: 'Mitä asiakas haluaa?',
      help: 'Valitse lähin.',
      options: {
        guidance: {
          label: 'Opastusta, tekee itse',
          hint: 'Hoitaa asian itse opastettuna.',
        },
        'act-for-me': {
          label: 'Että hoidan asian hänen puolestaan',
          hint: 'Täytät, lähetät tai maksat hänen puolestaan.',
        },
        proxy: {
          label: 'Läheinen hoitamaan asioita',
          hint: 'Omainen tai ystävä hoitaisi hänen asioitaan.',
        },
        repair: {
          label: 'Korjausta tai isoja päivityksiä',
          hint: 'Korjaus, haittaohjelmat, käyttöjärjestelmä, isot päivitykset.',
        },
      },
    },
    owner: {
      title: 'Kenen palvelu on kyseessä?',
      help: 'Kirjaston palvelut ovat sen omia, samoin yhteispalvelusopimuksen palvelut.',
      options: {
        own: {
          label: 'Oman organisaationi',
          hint: 'Myös yhteispalvelusopimuksella.',
        },
        'other-authority': {
          label: 'Toisen viranomaisen',
          hint: 'Esim. Kela tai Verohallinto.',
        },
        'bank-insurer': {
          label: 'Pankin tai vakuutusyhtiön',
          hint: 'Verkkopankki tai vakuutusyhtiön palvelu.',
        },
        private: {
          label: 'Muun yrityksen',
          hint: 'Kauppa, teleoperaattori tai muu yritys.',
        },
        none: {
          label: 'Ei palvelua: laite tai taidot',
          hint: 'Vain laite tai digitaidot.',
        },
      },
    },
    task: {
      title: 'Onko kyse asioinnista vai yleisestä käytöstä?',
      help: 'Asiointi koskee asiakkaan omaa asiaa; yleinen käyttö ei.',
      options: {
        transaction: {
          label: 'Asiointi',
          hint: 'Hakeminen, lähettäminen, omat tiedot, ajanvaraus, maksaminen.',
        },
        'general-use': {
          label: 'Yleinen käyttö',
          hint: 'Palvelun löytäminen, ohjeet, kirjautumisen toiminta.',
        },
      },
    },
    identification: {
      title: 'Vaaditaanko vahva tunnistautuminen? Pystyykö asiakas siihen?',
      help: 'Vahva tunnistaminen: pankkitunnukset, mobiilivarmenne tai kansalaisvarmenne.',
      options: {
        'not-needed': {
          label: 'Ei tarvita',
          hint: 'Esim. julkinen tieto tai tyhjä lomake.',
        },
        'customer-logs-in': {
          label: 'Tarvitaan, asiakas kirjautuu itse',
          hint: 'Omalla tunnistusvälineellään.',
        },
        'no-eid': {
          label: 'Tarvitaan, ei tunnistusvälinettä',
          hint: 'Ei pankkitunnuksia eikä varmennetta.',
        },
        'cannot-use': {
          label: 'Tarvitaan, ei pysty käyttämään',
          hint: 'On väline, mutta ei pysty käyttämään sitä itse.',
        },
      },
    },
    device: {
      title: 'Kenen laitteella asioidaan?',
      help: 'Laite, jolla asiakas kirjautuu.',
      options: {
        'customer-own': {
          label: 'Asiakkaan oma',
          hint: 'Oma puhelin, tabletti tai tietokone.',
        },
        shared: {
          label: 'Yhteiskäyttöinen asiakaslaite',
          hint: 'Asiakkaat käyttävät sitä vuorollaan.',
        },
        supporter: {
          label: 'Oma työlaitteeni',
          hint: 'Työtietokoneesi tai -puhelimesi.',
        },
      },
    },
  },

  outcomes: {
    'fraud-stop': {
      title: 'Epäilty huijaus: pysähdy (hyvä käytäntö)',
      action: 'Pysähdy, jätä linkki avaamatta ja käytä palvelun tunnettua virallista osoitetta.',
      steps: [
        'Keskeytä; jos joku painostaa asiakasta, puhu asiakkaan kanssa kahden kesken.',
        'Jos tunnukset menivät valesivustolle, ohjaa asiakas soittamaan heti pankin sulkupalveluun.',
        'Jos rahaa tai tunnuksia menetettiin, ehdota rikosilmoitusta.',
      ],
      avoid: [
        'Älä kirjaudu vain testataksesi sivustoa.',
        'Älä välitä linkkiä eteenpäin.',
      ],
    },
    'decline-repair': {
      title: 'Kieltäydy korjauksista, ohjaa neutraalisti',
      action: 'Kerro, etteivät korjaukset ja päivitykset ole digitukea, ja ohjaa neutraalisti korjauspalveluun.',
      steps: [
        'Kerro ystävällisesti: korjaukset, haittaohjelmien poisto ja isot päivitykset eivät ole digitukea.',
        'Ehdota korjauspalvelua tai myyjää nimeämättä liikettä.',
        'Muistuta varmuuskopioimaan tiedot ensin.',
      ],
      avoid: [
        'Älä yritä ”vain tämän kerran”.',
        'Älä ota laitetta mukaasi.',
      ],
    },
    'keep-credentials-private': {
      title: 'Tunnukset ovat henkilökohtaisia',
      action: 'Kieltäydy ottamasta, syöttämästä, katsomasta tai kirjaamasta tunnuksia; asiakas kirjautuu itse.',
      steps: [
        'Kerro kohteliaasti, että vain asiakas saa käyttää tunnuksiaan.',
        'Käännä katseesi, kun hän näppäilee; opasta sanallisesti.',
        'Jos joku muu haluaa tunnukset, kiellä ja mainitse Suomi.fi-valtuudet.',
      ],
      avoid: [
        'Älä ota tunnuksia vastaan suullisesti, paperilla tai viestillä.',
        'Älä kirjaudu hänen puolestaan äläkä pidä hänen puhelintaan.',
      ],
    },
    'not-on-behalf': {
      title: 'Älä hoida asiaa asiakkaan puolesta',
      action: 'Kieltäydy hoitamasta asiaa asiakkaan puolesta ja tarjoa opastusta tai muuta asianmukaista tapaa.',
      steps: [
        'Kerro ystävällisesti, ettet voi hoitaa asiaa hänen puolestaan.',
        'Tarjoudu opastamaan vaihe vaiheelta.',
        'Kerro Suomi.fi-valtuuksista ja muista kuin sähköisistä kanavista.',
      ],
      avoid: [
        'Älä täytä, lähetä tai maksa mitään hänen nimissään.',
        'Älä kirjoita hänen hakemuksiaan tai valituksiaan.',
      ],
    },
    'e-authorizations': {
      title: 'Toisen puolesta asiointi: Suomi.fi-valtuudet',
      action: 'Kerro Suomi.fi-valtuuksista: luotettu henkilö asioi omilla tunnuksillaan.',
      steps: [
        'Kerro, että täysi-ikäinen voi valtuuttaa toisen valittuihin asioihin.',
        'Kerro, että valtuutettu käyttää omia tunnuksiaan; valtuuspyyntö on helpoin.',
        'Jos sähköinen valtuuttaminen ei onnistu, kerro hakemuksella valtuuttamisesta.',
      ],
      avoid: [
        'Älä anna kenenkään käyttää hänen tunnuksiaan, ei edes luvalla.',
        'Älä toimi itse hänen valtuutettunaan.',
      ],
    },
    'no-eid-alternatives': {
      title: 'Tunnistus ei onnistu: tarjoa vaihtoehtoja',
      action: 'Auta siinä, mikä ei vaadi tunnistusta, esittele välineet neutraalisti ja tarjoa muuta kanavaa.',
      steps: [
        'Auta julkisissa tiedoissa ja tyhjissä lomakkeissa.',
        'Kerro välineet: pankkitunnukset, mobiilivarmenne, kansalaisvarmenne.',
        'Tarjoa palvelun puhelin-, paperi- tai käyntiasiointia.',
      ],
      avoid: [
        'Älä kirjaudu omilla tunnuksillasi.',
        'Älä suosittele tiettyä pankkia tai operaattoria.',
      ],
    },
    'guide-own-service': {
      title: 'Opasta omassa palvelussa',
      action: 'Opasta asiakasta vaihe vaiheelta, kun hän kirjautuu ja hoitaa asian itse.',
      steps: [
        'Anna asiakkaan käyttää laitetta ja kirjautua itse.',
        'Neuvo menettelyssä: mitä voi hakea, mistä ja mihin mennessä.',
        'Näytä palvelun neuvontayhteystiedot myöhempää varten.',
      ],
      avoid: [
        'Älä kirjaudu tai näppäile hänen puolestaan.',
        'Älä päätä vastauksia äläkä kirjoita valituksia.',
      ],
    },
    'refer-service-owner': {
      title: 'Ohjaa palvelun omistajalle',
      action: 'Kerro palvelun omistajan neuvontakanava ja mitä asiakkaalla on hyvä olla valmiina.',
      steps: [
        'Näytä palvelussa julkaistu neuvontakanava.',
        'Jos vastuutaho on epäselvä, ehdota Kansalaisneuvontaa (tarkista nykyinen nimi).',
        'Pyydä ottamaan mukaan oma tunnistusväline, kirje ja kysymykset.',
      ],
      avoid: [
        'Älä vastaa toisen organisaation säännöistä.',
        'Älä neuvo pankkiasioissa.',
      ],
    },
    'refer-general-support': {
      title: 'Ohjaa yleiseen digitukeen',
      action: 'Ohjaa asiakas laite- ja taitoasioissa yleiseen digitukeen, kuten kirjastoon.',
      steps: [
        'Kerro, että tuet organisaatiosi palveluja, et laitteita tai taitoja.',
        'Ohjaa lähimpään yleiseen digitukeen, esim. kirjastoon.',
        'Auta tavalliseen tapaan omaa palveluanne koskevassa asiassa.',
      ],
      avoid: [
        'Älä ryhdy opastukseen, jota et tarjoa.',
        'Älä lähetä asiakasta pois kertomatta, minne mennä.',
      ],
    },
    'general-support': {
      title: 'Anna yleistä digitukea',
      action: 'Auta laitteessa ja palvelun löytämisessä; jätä asian sisältö palvelun omistajalle.',
      steps: [
        'Auta laitteessa: asetukset, sovelluskauppa, sähköposti, selain.',
        'Auta löytämään virallinen palvelu ja sen julkiset ohjeet.',
        'Jätä sisältökysymykset palvelun omistajalle.',
      ],
      avoid: [
        'Älä neuvo, mitä vastata.',
        'Älä tee maksuja äläkä suosittele merkkejä.',
      ],
    },
    'no-supporter-device-login': {
      title: 'Älä kirjaa asiakasta sisään laitteellasi',
      action: 'Pyydä asiakasta kirjautumaan omalla tai yhteiskäyttöisellä laitteella, ei koskaan työlaitteellasi.',
      steps: [
        'Pyydä häntä käyttämään omaa tai yhteiskäyttöistä laitetta.',
        'Näytä omalta näytöltäsi vain julkisia sivuja.',
        'Jos laitetta ei ole, tarjoa muuta kanavaa tai aikaa.',
      ],
      avoid: [
        'Älä anna hänen kirjautua laitteellasi.',
        'Älä tallenna hänen tiedostojaan laitteellesi.',
      ],
    },
    'shared-device-care': {
      title: 'Yhteiskäyttöinen laite: älä jätä jälkiä',
      action: 'Varmista, että asiakas kirjautuu ulos ja selaimen tiedot ja lataukset poistetaan.',
      steps: [
        'Pyydä häntä kirjautumaan ulos kaikista palveluista.',
        'Tyhjennä selaimen tiedot paikallisen ohjeen mukaan.',
        'Poista ladatut tiedostot hänen vielä ollessaan paikalla.',
      ],
      avoid: [
        'Älä jätä istuntoa auki.',
        'Älä selaa hänen avointa istuntoaan.',
      ],
    },
    'customer-privacy': {
      title: 'Asiakas päättää, mitä näet',
      action: 'Anna asiakkaan päättää, mitä näet, ja käännä katseesi tunnuksista ja arkaluonteisista tiedoista.',
      steps: [
        'Kysy, mitä hän haluaa näyttää.',
        'Opasta sanallisesti katsomatta näyttöä.',
        'Pidä näkemäsi luottamuksellisena.',
      ],
      avoid: [
        'Älä lue näyttöä kysymättä.',
        'Älä kerro kenellekään, mitä näit.',
      ],
    },
    'data-loss-risk': {
      title: 'Asennukset ja asetukset: tietoja voi kadota',
      action: 'Kerro, että laite ja tiedot ovat asiakkaan vastuulla, ja pyydä varmuuskopioimaan ensin.',
      steps: [
        'Sovi tarkasti, mitä muutetaan, ja muuta vain sitä.',
        'Kerro, että tietoja voi kadota.',
        'Pyydä häntä käyttämään omaa sovelluskauppatiliään.',
      ],
      avoid: [
        'Älä käytä omaa tiliäsi.',
        'Älä lupaa, ettei tietoja katoa.',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Tavoitteena omatoimisuus',
      text: 'Anna asiakkaan tehdä itse, jotta hän oppii pärjäämään yksin.',
    },
    P3: {
      title: 'Tue omia palvelujasi',
      text: 'Viranomaisen on neuvottava omien palvelujensa käytössä (hallintolaki).',
    },
    P4: {
      title: 'Kaksi digituen lajia',
      text: 'Palvelutilanteen digituki kattaa oman asioinnin; yleinen digituki ei.',
    },
    P5: {
      title: 'Asiointi vai yleiskäyttö (tulkintamme)',
      text: 'Tulkintamme: yleinen digituki auttaa löytämään palvelun, ei asian sisällössä.',
    },
    P8: {
      title: 'Ohjaa oikeaan paikkaan',
      text: 'Ohjaa toimivaltaiselle viranomaiselle tai Kansalaisneuvontaan (tarkista nykyinen nimi).',
    },
    P9: {
      title: 'Tunne rajasi',
      text: 'Tunne rajasi; tulkintamme: ohjaa silloin asiakas eteenpäin.',
    },
    P10: {
      title: 'Älä asioi asiakkaan puolesta',
      text: 'Puolesta-asiointi kuuluu Suomi.fi-valtuuksille, ei digituen antajalle.',
    },
    P11: {
      title: 'Asiakas kirjautuu itse',
      text: 'Kukaan ei saa käyttää toisen henkilön tunnistusvälinettä.',
    },
    P12: {
      title: 'Pankkiasiat kuuluvat pankille',
      text: 'Yleinen digituki ei opeta verkkopankin käyttöä eikä neuvo pankkiasioissa.',
    },
    P13: {
      title: 'Asiakkaan laite, asiakkaan vastuu',
      text: 'Asiakas vastaa laitteestaan ja tiedoistaan; korjaukset eivät ole digitukea.',
    },
    P14: {
      title: 'Vain viralliset kanavat',
      text: 'Vain viralliset kanavat; hyvä käytäntö: ei yksityispuhelimia tai omia etätyökaluja.',
    },
    P15: {
      title: 'Vaitiolovelvollisuus',
      text: 'Kirjastojen säännöt edellyttävät vaitioloa; muualla noudata organisaatiosi sääntöjä.',
    },
    P16: {
      title: 'Asiakas päättää, mitä näytetään',
      text: 'Tulkintamme: asiakas päättää, mitä henkilötietoja hän näyttää.',
    },
    P17: {
      title: 'Älä säilytä asiakkaan tietoja',
      text: 'Hyvä käytäntö: älä kirjaa tai tallenna asiakkaan tunnuksia tai tietoja.',
    },
    P18: {
      title: 'Jätä yhteiskäyttöinen laite puhtaaksi',
      text: 'Kirjaudu ulos ja tyhjennä selaimen tiedot; hyvä käytäntö: varmista se.',
    },
    P19: {
      title: 'Varo tietojenkalastelua',
      text: 'Valesivustot varastavat pankkitunnuksia; hyvä käytäntö: keskeytä, jos epäilet huijausta.',
    },
    P20: {
      title: 'Kaupallinen puolueettomuus',
      text: 'Hyvä käytäntö: kerro vaihtoehtojen tyypit, älä merkkejä.',
    },
    P21: {
      title: 'Tunnistautuminen vain tarvittaessa',
      text: 'Julkiset tiedot ja tyhjät lomakkeet eivät vaadi tunnistautumista.',
    },
    P22: {
      title: 'Vahvan tunnistamisen välineet',
      text: 'Pankkitunnukset, mobiilivarmenne tai poliisin henkilökortin kansalaisvarmenne.',
    },
    P23: {
      title: 'Suomi.fi-valtuudet',
      text: 'Täysi-ikäinen valtuuttaa luotetun henkilön, joka kirjautuu omilla tunnuksillaan.',
    },
    L1: {
      title: 'Neuvontavelvollisuus',
      text: 'Hallintolain (434/2003) 8 §: viranomainen neuvoo maksutta ja ohjaa tarvittaessa eteenpäin.',
    },
    L2: {
      title: 'Digipalvelulaki',
      text: 'Viranomaisen digitaalisessa palvelussa on kerrottava neuvontayhteystieto.',
    },
    L4: {
      title: 'Laki vahvasta tunnistamisesta',
      text: 'Laki 617/2009 määrittelee vahvan sähköisen tunnistamisen.',
    },
    L5: {
      title: 'Suomi.fi-valtuuksien oikeusperusta',
      text: 'Suomi.fi-valtuudet perustuvat lakiin 571/2016.',
    },
    L6: {
      title: 'Yhteispalvelu (tulkintamme)',
      text: 'Tulkintamme: yhteispalvelun asiat voivat olla omia; varmista paikallisesti.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Oman palvelusi neuvontayhteystiedot',
      detail: 'Näkyvät verkkopalvelussasi.',
    },
    'service-owner-advice': {
      name: 'Palvelun omistajan neuvontakanava',
      detail: 'Asian sisältöä koskeviin kysymyksiin.',
    },
    'bank-or-insurer': {
      name: 'Asiakkaan pankki tai vakuutusyhtiö',
      detail: 'Pankki- ja vakuutusasiat sekä pankkitunnukset.',
    },
    'public-service-info': {
      name: 'Kansalaisneuvonta',
      detail: 'Ohjaa oikealle viranomaiselle; tarkista nykyinen nimi ja saatavuus.',
    },
    'bank-blocking': {
      name: 'Pankin sulkupalvelu',
      detail: 'Soita heti; katso numero pankin omilta sivuilta.',
    },
    police: {
      name: 'Poliisi',
      detail: 'Tee rikosilmoitus; hätätilanteessa soita 112.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi-valtuudet',
      detail: 'Valtuutettu käyttää omia tunnuksiaan.',
    },
    'authorisation-by-application': {
      name: 'Valtuuttaminen hakemuksella tai avustetusti',
      detail: 'Jos sähköinen valtuuttaminen ei onnistu.',
    },
    'e-id-issuers': {
      name: 'Vahvan tunnistusvälineen myöntäjät',
      detail: 'Pankit, teleoperaattorit, poliisi; ei merkkejä.',
    },
    'non-digital-channel': {
      name: 'Palvelun muut asiointikanavat',
      detail: 'Puhelin, paperi tai käyntiasiointi.',
    },
    'general-digital-support': {
      name: 'Yleinen digituki',
      detail: 'Kirjastot ja digitukipisteet.',
    },
    'repair-service': {
      name: 'Korjauspalvelu tai laitteen myyjä',
      detail: 'Ohjaa yleisellä tasolla, nimeämättä liikettä.',
    },
  },
} as const satisfies TreeText;
