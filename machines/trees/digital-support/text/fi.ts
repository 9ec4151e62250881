/**
 * Oletuspuun suomenkieliset tekstit, avaimina `../digital-support.tree.ts`:n tunnisteet.
 * Finnish text of the default digital-support tree, keyed by the ids in `../digital-support.tree.ts`.
 * Follows tree contract version 2 (shared/domain/tree-contract.md: every outcome says at least what
 * its "in short" column says) and the content review (shared/domain/content-review.md: verified
 * official names of its §1, corrections of §2–§4). Paraphrased from the domain brief; a step that
 * rests only on INFERRED grounds is marked in words ("oppaan tulkinta" / "hyvä käytäntö").
 * Concise for a supporter with a customer waiting, but never cut below correct and complete.
 */
import type { TreeText } from '../../../tree/tree.types.js';

export const fi = {
  title: 'Digituki: oikea toimintatapa',

  questions: {
    setting: {
      title: 'Missä autan?',
      help: 'Organisaatiosi asiakaspalvelu sen omissa palveluissa vai yleinen digituki? Kirjaston digituki on yleistä digitukea.',
      options: {
        'service-situation': {
          label: 'Organisaationi asiakaspalvelu sen omissa palveluissa',
          hint: 'Oma asiointipiste, oma puhelin- tai chat-palvelu tai omat kotikäynnit.',
        },
        'general-support': {
          label: 'Yleinen digituki',
          hint: 'Kirjasto, asukas- tai palvelukeskus, järjestö, vertaistuki, avoin digituki tai viranomaisen oma yleinen digituki, kuten kaupungin digiopastajat.',
        },
      },
    },
    circumstances: {
      title: 'Koskeeko jokin näistä tilannetta?',
      help: 'Valitse kaikki, jotka koskevat tätä asiakasta nyt. Huijaus tulee ulkopuolelta (viesti, soitto, sivusto); painostaja on asiakkaan mukana.',
      options: {
        codes: {
          label: 'Tunnukset tai kirjautuminen asiakkaan puolesta',
          hint: 'Tarjoaa tunnuksia tai koodeja, pyytää sinua kirjautumaan tai läheinen käyttää hänen tunnuksiaan.',
        },
        fraud: {
          label: 'Merkkejä huijauksesta',
          hint: 'Viestin linkki tai numero, pankkina, viranomaisena tai tukena esiintyvä soittaja, valesivusto, pyyntö asentaa etäkäyttösovellus tai ponnahtava virusvaroitus.',
        },
        pressure: {
          label: 'Joku painostaa asiakasta',
          hint: 'Mukana oleva henkilö, esimerkiksi omainen, painostaa tai hoputtaa asiakasta.',
        },
        capacity: {
          label: 'Asiakas ei ehkä ymmärrä tai pysty päättämään itse',
          hint: 'Esimerkiksi muistiongelmia tai sekavuutta.',
        },
        'keep-private': {
          label: 'Haluaa pitää tiedot omanaan',
          hint: 'Ei halua sinun näkevän näyttöä tai henkilötietojaan.',
        },
        'install-settings': {
          label: 'Asennuksia tai asetusten muutoksia',
          hint: 'Sovelluksen asentaminen tai laitteen asetusten muuttaminen.',
        },
        remote: {
          label: 'Autan puhelimessa, chatissa tai näytönjaon kautta',
          hint: 'Et näe asiakkaan näyttöä suoraan.',
        },
        none: {
          label: 'Ei mitään näistä',
          hint: 'Mikään edellä mainituista ei koske tilannetta.',
        },
      },
    },
    request: {
      title: 'Mitä asiakas haluaa?',
      help: 'Valitse lähin.',
      options: {
        guidance: {
          label: 'Haluaa opastusta ja hoitaa asian itse',
          hint: 'Tekee vaiheet itse, sinä opastat.',
        },
        'act-for-me': {
          label: 'Haluaa, että hoidan asian hänen puolestaan',
          hint: 'Täyttäisit, lähettäisit tai maksaisit jotain hänen puolestaan.',
        },
        proxy: {
          label: 'Haluaa läheisen hoitavan asioitaan',
          hint: 'Omainen tai ystävä hoitaisi hänen asioitaan.',
        },
        repair: {
          label: 'Haluaa korjausta tai isoja päivityksiä',
          hint: 'Korjaus, haittaohjelmien poisto, käyttöjärjestelmän vaihto tai versiopäivitys, isot päivitykset.',
        },
      },
    },
    owner: {
      title: 'Kenen palvelu on kyseessä?',
      help: 'Oppaan tulkinta: omaan asiaan liittyvät palvelut ovat omia (Suomi.fi-tunnistus omaan palveluun, organisaatiosi päätös Suomi.fi-viesteissä, Suomi.fi-valtuudet omaan palveluun). Kirjaston omat palvelut (kirjastokortti, lainat, tilavaraukset) ovat kirjaston omia. Kuolleen henkilön asiat kuuluvat kullekin asianomaiselle organisaatiolle sen oman kuolinpesämenettelyn mukaan.',
      options: {
        own: {
          label: 'Oman organisaationi',
          hint: 'Myös omaan asiaan liittyvät palvelut; opastuksessa ja neuvonnassa myös yhteispalvelusopimuksen kattama palvelu.',
        },
        'other-authority': {
          label: 'Toisen viranomaisen',
          hint: 'Esim. Kela (OmaKela) tai Verohallinto (OmaVero). OmaKanta on Kelan palvelu myös hyvinvointialueen asiakaspalvelussa, ellei paikallisesti ole toisin sovittu.',
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
          label: 'Ei palvelua: vain laite tai digitaidot',
          hint: 'Esim. puhelimen asetukset, sähköposti tai selaimen käyttö.',
        },
      },
    },
    task: {
      title: 'Onko kyse asioinnista vai yleisestä käytöstä?',
      help: 'Asiointi koskee asiakkaan omaa asiaa; yleinen käyttö ei.',
      options: {
        transaction: {
          label: 'Asiointi',
          hint: 'Hakeminen, lähettäminen, omien asia- tai terveystietojen katsominen, ajanvaraus, maksaminen.',
        },
        'general-use': {
          label: 'Yleinen käyttö',
          hint: 'Palvelun löytäminen, julkiset ohjeet, miten kirjautuminen toimii, asetukset.',
        },
      },
    },
    identification: {
      title: 'Tarvitaanko vahvaa sähköistä tunnistautumista, ja pystyykö asiakas siihen?',
      help: 'Vahvan sähköisen tunnistautumisen välineitä ovat pankkitunnukset, mobiilivarmenne ja henkilökortin kansalaisvarmenne.',
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
          label: 'Tarvitaan, mutta asiakkaalla ei ole tunnistusvälinettä',
          hint: 'Ei pankkitunnuksia, mobiilivarmennetta eikä kansalaisvarmennetta.',
        },
        'cannot-use': {
          label: 'Tarvitaan, mutta asiakas ei pysty käyttämään välinettään',
          hint: 'Väline on, mutta esimerkiksi näkö tai vapisevat kädet estävät käytön.',
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
          hint: 'Toimipisteen laite, jota asiakkaat käyttävät vuorollaan.',
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
      title: 'Huijausepäily: keskeytä',
      action: 'Keskeytä, älä avaa viestin linkkiä äläkä soita viestin numeroon, vaan avaa palvelu sen tunnetusta osoitteesta.',
      steps: [
        'Keskeytä asiointi, kun huijauksen merkkejä näkyy (oppaan tulkinta), ja kerro asiakkaalle rauhallisesti, mikä herätti epäilyn.',
        'Avaa palvelu kirjoittamalla sen tunnettu osoite itse tai virallisella sovelluksella, ei viestin linkistä eikä hakutuloksesta.',
        'Kerro, etteivät viranomaiset ja pankit pyydä tunnuksia puhelimessa, tekstiviestillä tai sähköpostilla.',
        'Jos asiakas on antanut tunnuksia tai koodeja valesivulla, puhelimessa tai etäkäyttösovelluksen kautta, ohjaa hänet soittamaan heti pankkinsa sulkupalveluun.',
        'Jos asiakas on menettänyt rahaa tai tunnukset ovat päätyneet vääriin käsiin, kehota tekemään rikosilmoitus poliisille.',
        'Yhteiskäyttöisellä laitteella huolehdi, että istunto suljetaan ja selaimen tiedot tyhjennetään ennen seuraavaa asiakasta.',
      ],
    },
    'decline-repair': {
      title: 'Korjaukset eivät ole digitukea: ohjaa neutraalisti',
      action: 'Kerro, etteivät korjaukset, haittaohjelmien poisto, käyttöjärjestelmän vaihto ja isot päivitykset kuulu viranomaisten ja kirjastojen digitukeen, ja ohjaa neutraalisti korjauspalveluun.',
      steps: [
        'Kerro ystävällisesti, että korjaukset, haittaohjelmien poisto, käyttöjärjestelmän vaihto ja isot päivitykset eivät kuulu viranomaisten ja kirjastojen digitukeen.',
        'Ehdota korjauspalvelua tai laitteen myyjää yleisellä tasolla, nimeämättä yritystä.',
        'Muistuta varmuuskopioimaan tiedot ennen huoltoa.',
        'Pienet päivitykset ja sovitut sovellusasennukset ovat digitukea: niissä voit opastaa.',
      ],
    },
    'capacity-concern': {
      title: 'Ymmärrys epävarma: ei valtuuksia eikä sitoumuksia',
      action: 'Älä auta antamaan valtuutta tai tekemään sitoumuksia, kun on epävarmaa, ymmärtääkö asiakas niiden merkityksen, vaan toimi organisaatiosi ohjeen mukaan.',
      steps: [
        'Valtuuden tai sitoumuksen antajan pitää ymmärtää, mitä se tarkoittaa; kun tämä on epävarmaa, jätä valtuuttaminen ja sitoumukset tekemättä (oppaan tulkinta).',
        'Kysy, onko asiakkaalla edunvalvoja tai Digi- ja väestötietoviraston (DVV) vahvistama edunvalvontavaltuutus; silloin asioita hoidetaan edunvalvonnan tai valtuutuksen puitteissa.',
        'Toimi organisaatiosi ohjeen mukaan tai ota yhteys sosiaalipalveluihin (hyvä käytäntö).',
        'Puhu asiakkaalle itselleen selkeästi ja anna aikaa; voit yhä auttaa asioissa, joihin ei liity sitoumuksia, kuten julkisen tiedon etsimisessä (hyvä käytäntö).',
      ],
    },
    'safeguard-customer': {
      title: 'Asiakas päättää itse',
      action: 'Puhu asiakkaan kanssa kahden kesken, anna hänelle aikaa ja toimi vain hänen omasta päätöksestään.',
      steps: [
        'Pyydä mukana olevaa odottamaan hetki ja puhu asiakkaan kanssa kahden kesken (hyvä käytäntö).',
        'Kysy asiakkaalta itseltään, mitä hän haluaa; anna aikaa miettiä, sillä asia voi odottaa (hyvä käytäntö).',
        'Asiakas päättää, mitä hän näyttää ja mitä hänen asiassaan tehdään.',
        'Jos asiakas itse haluaa läheisen hoitavan asioitaan, kerro laillisesta tavasta (Suomi.fi-valtuudet), josta hän päättää itse.',
        'Jos iäkästä ihmistä näyttää käytettävän hyväksi, toimi paikallisen ohjeen mukaan, esimerkiksi tee huoli-ilmoitus sosiaalipalveluihin (hyvä käytäntö).',
      ],
    },
    'keep-credentials-private': {
      title: 'Tunnukset ovat henkilökohtaisia',
      action: 'Älä ota, näppäile, katso tai kirjaa asiakkaan tunnuksia tai koodeja, vaan anna asiakkaan kirjautua itse.',
      steps: [
        'Kerro ystävällisesti, että tunnuksia saa käyttää vain asiakas itse: ei omainen, ei tulkki eikä digituen antaja.',
        'Paikan päällä katso muualle, kun asiakas näppäilee tunnuksia, ja opasta sanallisesti.',
        'Puhelimessa tai näytönjaossa älä koskaan pyydä tai anna asiakkaan lukea koodeja ääneen; pyydä keskeyttämään näytönjako tunnusten syöttämisen ajaksi (hyvä käytäntö).',
        'Kerro, etteivät viranomaiset ja pankit pyydä tunnuksia puhelimessa tai viestillä.',
        'Jos läheinen haluaa hoitaa asiakkaan asioita, kerro Suomi.fi-valtuuksista: valtuutettu kirjautuu omilla tunnistusvälineillään.',
      ],
    },
    'own-channel': {
      title: 'Oma asia organisaation omassa kanavassa',
      action: 'Tarjoa asian hoitamista organisaatiosi omassa kanavassa, kuten asiointipisteessä, puhelimessa tai paperilla, jos palvelu sen sallii.',
      steps: [
        'Kerro, että asian voi panna vireille kirjallisesti ja viranomaisen suostuessa myös suullisesti (hallintolaki 19 §).',
        'Hoida asia organisaatiosi omassa järjestelmässä sen ohjeiden mukaan: se on organisaation omaa palvelua, ei puolesta-asiointia.',
        'Asiakkaan kirjallisella valtakirjalla toimiva asiamies voi asioida organisaatiosi omassa kanavassa; varmista käytäntö paikallisesti.',
        'Yhteispalvelun asiointipisteessä avusta ja välitä asia, mutta ratkaisun tekee palvelusta vastaava viranomainen.',
      ],
    },
    'not-on-behalf': {
      title: 'Älä asioi verkkopalvelussa asiakkaan nimissä',
      action: 'Älä täytä, lähetä tai maksa mitään asiakkaan nimissä verkkopalvelussa, vaan tarjoa opastusta, Suomi.fi-valtuuksia tai palvelun muuta kuin sähköistä kanavaa.',
      steps: [
        'Kerro ystävällisesti, ettet voi hoitaa asiaa hänen nimissään verkkopalvelussa.',
        'Tarjoudu opastamaan vaihe vaiheelta, tai kerro Suomi.fi-valtuuksista, jos läheinen voisi hoitaa asiaa.',
        'Kerro palvelun puhelin-, paperi- tai käyntiasioinnista; jos palvelu on organisaatiosi oma, tarjoa niitä itse, sillä organisaation oma asiakaspalvelu ei ole puolesta-asiointia.',
        'Voit lukea kirjeen (esimerkiksi OmaKelassa tai Suomi.fi-viesteissä) tai näytön tekstin ääneen asiakkaan pyynnöstä: se ei ole puolesta-asiointia (oppaan tulkinta). Sisältöä koskevat kysymykset ohjaa lähettäjälle.',
      ],
    },
    'e-authorizations': {
      title: 'Toisen puolesta asiointi: Suomi.fi-valtuudet',
      action: 'Kerro, että verkkopalveluissa toisen puolesta asioidaan Suomi.fi-valtuuksilla, joilla luotettu henkilö asioi omilla tunnistusvälineillään, ei koskaan digituen antajan kautta.',
      steps: [
        'Täysi-ikäinen voi valtuuttaa luottamansa henkilön hoitamaan valitsemiaan asioita; valtuutettu kirjautuu aina omilla tunnistusvälineillään.',
        'Helpointa on, että luotettu henkilö lähettää valtuuspyynnön; asiakas hyväksyy sen verkossa tai, jos hänellä ei ole tunnistusvälinettä, Digi- ja väestötietoviraston (DVV) palvelupaikassa.',
        'Jos asiakas ei pääse palvelupaikkaan, valtuus voidaan rekisteröidä hakemuksella (hakemuksella valtuuttaminen).',
        'Jokainen verkkopalvelu päättää, voiko siinä asioida valtuudella: tarkista se palvelun ohjeista.',
        'Huoltaja asioi yleensä alaikäisen lapsensa puolesta ilman valtuutta; jotkin palvelut rajoittavat tätä.',
        'Jos asiakkaalla on edunvalvoja, edunvalvonnan laajuus ratkaisee, mitä asiakas ja edunvalvoja saavat tehdä: tarkista asia.',
        'Pankit ja vakuutusyhtiöt käyttävät omia valtakirjojaan: kysy asiakkaan pankilta tai vakuutusyhtiöltä.',
        'Kuolleen henkilön asiat kuuluvat kuolinpesälle: vainajan tunnuksia ei saa käyttää, eikä hänen antamiinsa valtuutuksiin voi nojata (esimerkiksi Verohallinto ei hyväksy niitä kuoleman jälkeen). Jokaisella organisaatiolla on oma menettelynsä kuolinpesän asioissa: ohjaa sen neuvontaan.',
      ],
    },
    'no-eid-alternatives': {
      title: 'Ei käytettävää tunnistusvälinettä: tarjoa vaihtoehtoja',
      action: 'Auta siinä, mikä ei vaadi tunnistautumista, kerro tunnistusvälineistä puolueettomasti ja tarjoa muuta asiointikanavaa tai luotetun henkilön valtuuttamista.',
      steps: [
        'Auta julkisissa tiedoissa ja tyhjissä lomakkeissa: ne eivät vaadi tunnistautumista.',
        'Kerro tunnistusvälineistä ja niiden myöntäjistä: pankkitunnukset (pankit), mobiilivarmenne (teleoperaattorit), kansalaisvarmenne poliisin myöntämällä henkilökortilla.',
        'Ulkomailta tullut asiakas voi ehkä kirjautua toisen EU-maan hyväksytyllä (eIDAS) tunnistusvälineellä tai, jos hänellä ei ole suomalaista henkilötunnusta, Finnish Authenticator -sovelluksella, mutta vain palveluissa, jotka hyväksyvät ne: tarkista asia palvelusta.',
        'Tarjoa palvelun puhelin-, paperi- tai käyntiasiointia.',
        'Kerro, että asiakas voi valtuuttaa luotetun henkilön Suomi.fi-valtuuksilla myös ilman omaa tunnistusvälinettä.',
      ],
    },
    'guide-own-service': {
      title: 'Opasta omassa palvelussa',
      action: 'Opasta asiakasta vaihe vaiheelta, kun hän käyttää laitetta ja hoitaa asiansa itse.',
      steps: [
        'Anna asiakkaan käyttää laitetta ja kirjautua itse; opasta vaihe kerrallaan.',
        'Neuvo menettelyssä toimivaltasi rajoissa: mitä voi hakea, mistä ja mihin mennessä.',
        'Selitä, mitä kysymys tarkoittaa, ja anna asiakkaan valita vastaus itse.',
        'Valtion viranomaisessa sekä kaksikielisen kunnan tai hyvinvointialueen viranomaisessa asiakas saa käyttää suomea tai ruotsia (kielilaki 423/2003, 10 §): kysy tarvittaessa, kumpaa kieltä hän haluaa käyttää. Saamen kielen käytöstä säädetään saamen kielilaissa: tarkista käytäntö paikallisesti.',
        'Jos mukana on tulkki, puhu asiakkaalle eikä tulkille; asiakas tekee vaiheet itse (hyvä käytäntö).',
        'Näytä palvelun neuvontayhteystiedot myöhempää varten.',
      ],
    },
    'refer-service-owner': {
      title: 'Ohjaa palvelusta vastaavalle',
      action: 'Kerro, kenen palvelusta on kyse, anna sen virallinen osoite ja neuvontakanava ja kerro, mitä asiakkaan kannattaa pitää valmiina.',
      steps: [
        'Kerro, mikä organisaatio palvelusta vastaa.',
        'Näytä palvelun virallinen osoite ja neuvontakanava palvelun omilta sivuilta.',
        'Jos vastuutaho on epäselvä, ehdota Kansalaisneuvontaa (tarkista nykyinen nimi).',
        'Kerro, mitä kannattaa pitää valmiina: oma tunnistusväline, kirje tai päätös ja kysymykset.',
      ],
    },
    'refer-general-support': {
      title: 'Ohjaa yleiseen digitukeen',
      action: 'Ohjaa asiakas yleiseen digitukeen, kun hän tarvitsee apua oman laitteensa, digitaitojen tai toisen organisaation palvelun yleisen käytön kanssa.',
      steps: [
        'Kerro, että palvelutilanteessa tuet asiointia organisaatiosi omissa palveluissa, et asiakkaan omaa laitetta, yleisiä taitoja tai muiden palvelujen yleistä käyttöä.',
        'Kerro lähin yleinen digituki, kuten kirjasto tai digitukipiste, sekä paikka ja ajat (katso organisaatiosi yhteystiedot).',
        'Oman palvelusi asiassa autat tavalliseen tapaan, myös toimipisteen yhteiskäyttöisen laitteen käytössä.',
      ],
    },
    'general-support': {
      title: 'Anna yleistä digitukea',
      action: 'Auta laitteen ja digitaitojen kanssa sekä löytämään virallinen palvelu ja sen julkiset ohjeet, mutta jätä asian sisältö palvelusta vastaavalle organisaatiolle.',
      steps: [
        'Auta laitteen käytössä: asetukset, sovelluskauppa, sähköposti, selain.',
        'Auta löytämään virallinen palvelu sen tunnetusta osoitteesta, ei hakutuloksen tai viestin linkin kautta, ja näytä sen julkiset ohjeet.',
        'Verkkopankissa voit auttaa yksinkertaisissa teknisissä asioissa; pankkiasioissa neuvoo pankki.',
        'Ohjaa asian sisältöä koskevat kysymykset palvelusta vastaavan organisaation neuvontaan.',
        'Jos mukana on tulkki, puhu asiakkaalle eikä tulkille; asiakas tekee vaiheet itse (hyvä käytäntö).',
      ],
    },
    'remote-support': {
      title: 'Etätuki: puhelin, chat tai näytönjako',
      action: 'Tue etänä vain organisaatiosi virallisilla välineillä ja anna asiakkaan pitää näytönjako ja laitteensa hallinnassaan.',
      steps: [
        'Käytä vain organisaatiosi virallista puhelinta, chatia tai näytönjakovälinettä.',
        'Varmista organisaatiosi ohjeen mukaan, kenen kanssa puhut, ennen kuin käsittelet hänen asiaansa (hyvä käytäntö).',
        'Asiakas aloittaa ja lopettaa näytönjaon ja pitää laitteensa hallinnassaan (hyvä käytäntö).',
        'Pyydä keskeyttämään näytönjako, kun asiakas syöttää tunnuksia (hyvä käytäntö).',
        'Pyydä lukemaan näytön tekstejä ääneen, mutta ei koskaan koodeja; keskeytä, jos hän alkaa lukea niitä (hyvä käytäntö).',
      ],
    },
    'no-supporter-device-login': {
      title: 'Asiakas ei kirjaudu työlaitteellasi (hyvä käytäntö)',
      action: 'Pyydä asiakasta kirjautumaan omalla tai toimipisteen yhteiskäyttöisellä laitteella, ei työlaitteellasi (hyvä käytäntö).',
      steps: [
        'Pyydä asiakasta käyttämään omaa laitettaan tai toimipisteen yhteiskäyttöistä laitetta.',
        'Näytä omalta näytöltäsi vain julkisia sivuja.',
        'Jos sopivaa laitetta ei ole, tarjoa muuta asiointikanavaa tai uutta aikaa.',
      ],
    },
    'shared-device-care': {
      title: 'Yhteiskäyttöinen laite: älä jätä jälkiä',
      action: 'Auta asiakasta käyttämään laitetta asiansa hoitamiseen ja varmista, ettei hänen tietojaan jää laitteelle.',
      steps: [
        'Auta asiakasta käyttämään laitetta asian hoitamiseen.',
        'Pyydä häntä kirjautumaan ulos kaikista palveluista.',
        'Ennen kuin asiakas lähtee, tyhjennä selaimen tiedot (historia, välimuisti, evästeet) paikallisen ohjeen mukaan ja poista ladatut tiedostot.',
        'Poista myös skannaukset ja tulostusjonossa olevat työt (oppaan tulkinta).',
        'Tarkista ennen seuraavaa asiakasta, että laite on puhdas (hyvä käytäntö).',
      ],
    },
    'customer-privacy': {
      title: 'Asiakas päättää, mitä näet',
      action: 'Anna asiakkaan päättää, mitä hän näyttää, ja pidä näkemäsi luottamuksellisena.',
      steps: [
        'Kerro, että saatat nähdä hänen henkilötietojaan ja pidät ne luottamuksellisina.',
        'Viranomaisen henkilöstöä sitoo vaitiolovelvollisuus; vapaaehtoiset noudattavat organisaationsa sääntöjä. Varmista peruste paikallisesti.',
        'Kysy, mitä hän haluaa näyttää, ja opasta sanallisesti.',
        'Katso muualle, kun näytöllä on arkaluonteisia tietoja tai asiakas syöttää tunnuksia.',
        'Etätuessa anna asiakkaan valita, mitä hän jakaa.',
      ],
    },
    'data-loss-risk': {
      title: 'Asennukset ja asetukset: tietoja voi kadota',
      action: 'Kerro, että laite, sen tiedot ja sovitut asennukset ovat asiakkaan vastuulla, ja pyydä varmuuskopioimaan ensin.',
      steps: [
        'Kerro, että asiakas vastaa laitteestaan, sen tiedoista ja sovituista asennuksista.',
        'Kerro, että tietoja voi kadota, ja pyydä varmuuskopioimaan tärkeät tiedot ensin.',
        'Sovi tarkasti, mitä asennetaan tai muutetaan, ja tee vain se.',
        'Asennukset tehdään asiakkaan omalla sovelluskauppatilillä (hyvä käytäntö).',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Tavoitteena omatoimisuus',
      text: 'Digituen tarkoitus on, että asiakas oppii käyttämään palveluja ja laitteita itsenäisesti ja turvallisesti. Anna hänen tehdä vaiheet itse.',
    },
    P3: {
      title: 'Tue omia palvelujasi',
      text: 'Viranomaisen on hallintolain mukaan neuvottava omien palvelujensa käytössä, ja palvelussa on oltava neuvontayhteystieto.',
    },
    P4: {
      title: 'Kaksi digituen lajia',
      text: 'Palvelutilanteen digituki kattaa pääosin oman asioinnin, siihen liittyvät palvelut ja yhteiskäyttöisen laitteen käytön; liittyviä ovat oppaan tulkinnan mukaan Suomi.fi-tunnistus, Suomi.fi-viestit ja Suomi.fi-valtuudet omassa asiassa. Yleinen digituki ei ulotu asiointiin.',
    },
    P5: {
      title: 'Asiointi vai yleinen käyttö',
      text: 'Oppaan tulkinta: yleinen digituki auttaa laitteen käytössä sekä löytämään ja avaamaan virallisen palvelun ja sen julkiset ohjeet; asian sisältö kuuluu palvelusta vastaavan neuvontaan.',
    },
    P8: {
      title: 'Ohjaa oikeaan paikkaan',
      text: 'Jos asia ei kuulu organisaatiollesi, ohjaa toimivaltaiselle viranomaiselle; Kansalaisneuvonta auttaa löytämään oikean palvelun (tarkista nykyinen nimi).',
    },
    P9: {
      title: 'Tunne rajasi',
      text: 'Digituen antajan ei tarvitse osata kaikkea: tunnista osaamisesi rajat ja ohjaa tarvittaessa eteenpäin.',
    },
    P10: {
      title: 'Älä asioi asiakkaan puolesta',
      text: 'Digituen antaja ei hoida asiaa asiakkaan puolesta. Verkkopalveluissa toisen puolesta asioidaan Suomi.fi-valtuuksilla, ei koskaan digituen antajan kautta.',
    },
    P11: {
      title: 'Asiakas kirjautuu itse',
      text: 'Asiakas kirjautuu itse eikä anna tunnuksiaan kenellekään. Kukaan ei saa käyttää toisen tunnistusvälinettä, ei valtuutettukaan.',
    },
    P12: {
      title: 'Pankkiasiat kuuluvat pankille',
      text: 'Yleinen digituki ei opeta verkkopankin käyttöä alusta eikä neuvo pankkiasioiden sisällössä; yksinkertainen tekninen apu on sallittua.',
    },
    P13: {
      title: 'Asiakkaan laite, asiakkaan vastuu',
      text: 'Asiakas vastaa laitteestaan, sen tiedoista ja sovituista asennuksista, ja tietoja voi kadota. Korjaukset, haittaohjelmien poisto, käyttöjärjestelmän vaihto ja isot päivitykset eivät kuulu kirjastojen ja viranomaisten digitukeen.',
    },
    P14: {
      title: 'Vain viralliset kanavat',
      text: 'Digitukea annetaan vain organisaation omissa kanavissa ja ilmoitetuissa tilaisuuksissa; hyvä käytäntö: ei yksityispuhelimia, yksityisiä viestisovelluksia eikä satunnaisia etätyökaluja.',
    },
    P15: {
      title: 'Vaitiolovelvollisuus',
      text: 'Viranomaisen palveluksessa olevilla on lakisääteinen vaitiolovelvollisuus (varmista peruste paikallisesti), ja kirjastojen digituen säännöt edellyttävät vaitioloa; vapaaehtoiset noudattavat organisaationsa sääntöjä.',
    },
    P16: {
      title: 'Asiakas päättää, mitä näytetään',
      text: 'Asiakas päättää, mitä henkilötietojaan hän näyttää, ja digituen antaja mukautuu, esimerkiksi katsoo muualle ja opastaa sanallisesti. Asiakkaan on hyvä tietää, että tukija voi nähdä hänen tietojaan.',
    },
    P17: {
      title: 'Älä säilytä asiakkaan tietoja',
      text: 'Hyvä käytäntö: älä kirjaa, kuvaa tai tallenna asiakkaan tunnuksia tai henkilötietoja.',
    },
    P18: {
      title: 'Jätä yhteiskäyttöinen laite puhtaaksi',
      text: 'Yhteiskäyttöisellä laitteella kirjaudutaan ulos kaikista palveluista ja tyhjennetään selaimen tiedot ennen lähtöä; hyvä käytäntö: digituen antaja varmistaa, että näin tehdään.',
    },
    P19: {
      title: 'Varo tietojenkalastelua',
      text: 'Viranomaisten näköisillä valesivuilla, joille houkutellaan viestien linkeillä tai hakutuloksilla, varastetaan pankkitunnuksia; siksi palveluun mennään sen tunnetusta osoitteesta. Oppaan tulkinta: keskeytä, kun huijauksen merkkejä näkyy.',
    },
    P20: {
      title: 'Kaupallinen puolueettomuus',
      text: 'Hyvä käytäntö: kerro vaihtoehdoista tyypeittäin äläkä ohjaa asiakasta tietyn pankin, operaattorin, laitteen tai maksullisen sovelluksen asiakkaaksi.',
    },
    P21: {
      title: 'Tunnistautuminen vain tarvittaessa',
      text: 'Tunnistautumista vaaditaan vain, kun se on tarpeen; julkiset tiedot ja tyhjät lomakkeet eivät sitä vaadi. Luottamuksellisiin tietoihin tarvitaan vahva sähköinen tunnistautuminen.',
    },
    P22: {
      title: 'Vahvan sähköisen tunnistautumisen välineet',
      text: 'Pankkitunnukset, mobiilivarmenne ja poliisin myöntämän henkilökortin kansalaisvarmenne. Kansalaisvarmenne pitää ottaa käyttöön, ja sen käyttöön tarvitaan kortinlukija, kortinlukijaohjelmisto ja tunnusluvut.',
    },
    P23: {
      title: 'Suomi.fi-valtuudet',
      text: 'Täysi-ikäinen valtuuttaa luotetun henkilön valittuihin asioihin, ja valtuutettu kirjautuu omilla tunnistusvälineillään. Jokainen palvelu päättää, käykö valtuus siinä. Alaikäisen puolesta toimii huoltaja; edunvalvonnassa olevan mahdollisuudet riippuvat edunvalvonnasta. Ilman tunnistusvälinettä valtuuspyynnön voi hyväksyä DVV:n palvelupaikassa; jos käynti ei onnistu, valtuus rekisteröidään hakemuksella.',
    },
    L1: {
      title: 'Neuvontavelvollisuus',
      text: 'Hallintolain (434/2003) 8 §: viranomainen neuvoo toimivaltansa rajoissa maksutta asian hoitamisessa, lähinnä menettelyssä, ja ohjaa tarvittaessa toimivaltaiseen viranomaiseen.',
    },
    L2: {
      title: 'Digipalvelulaki',
      text: 'Laki digitaalisten palvelujen tarjoamisesta: viranomaisen digitaalisessa palvelussa on kerrottava, mistä sen käyttöön saa neuvoa.',
    },
    L4: {
      title: 'Tunnistuslaki (617/2009)',
      text: 'Laki vahvasta sähköisestä tunnistamisesta ja sähköisistä luottamuspalveluista määrittelee vahvan sähköisen tunnistamisen: siinä käytetään vähintään kahta erilaista tunnistustekijää.',
    },
    L5: {
      title: 'Suomi.fi-valtuuksien oikeusperusta',
      text: 'Suomi.fi-valtuudet perustuvat lakiin hallinnon yhteisistä sähköisen asioinnin tukipalveluista (571/2016).',
    },
    L6: {
      title: 'Yhteispalvelu',
      text: 'Julkisen hallinnon yhteispalvelussa (laki 223/2007) asiointipiste hoitaa avustavia asiakaspalvelutehtäviä eikä ratkaise asioita. Oppaan tulkinta: yhteispalvelusopimuksen kattamaa palvelua voi opastaa ja neuvoa kuin omaa; varmista paikallisesti.',
    },
    L7: {
      title: 'Asian vireillepano (hallintolaki 19 §)',
      text: 'Hallintolain (434/2003) 19 §: asia tulee vireille kirjallisesti, ja viranomaisen suostuessa sen voi panna vireille myös suullisesti. Kun organisaatio hoitaa oman asiansa asiointipisteessä, puhelimessa tai paperilla, se on sen omaa palvelua eikä puolesta-asiointia.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Oman palvelusi neuvontayhteystiedot',
      detail: 'Näkyvät verkkopalvelussasi; anna ne asiakkaalle myöhempää varten.',
    },
    'service-owner-advice': {
      name: 'Palvelusta vastaavan organisaation neuvonta',
      detail: 'Asian sisältöä koskeviin kysymyksiin; yhteystiedot palvelun omilta sivuilta.',
    },
    'bank-or-insurer': {
      name: 'Asiakkaan pankki tai vakuutusyhtiö',
      detail: 'Pankki- ja vakuutusasiat, pankkitunnukset ja pankin omat valtakirjat.',
    },
    'public-service-info': {
      name: 'Kansalaisneuvonta',
      detail: 'Auttaa löytämään oikean viranomaisen ja neuvoo Suomi.fi-valtuuksissa; tarkista nykyinen nimi ja saatavuus.',
    },
    'bank-blocking': {
      name: 'Pankin sulkupalvelu',
      detail: 'Soita heti, jos tunnuksia on annettu; katso numero pankin omilta sivuilta, ei viestistä.',
    },
    police: {
      name: 'Poliisi',
      detail: 'Rikosilmoitus, jos rahaa tai tunnuksia on menetetty; hätätilanteessa soita 112.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi-valtuudet',
      detail: 'Valtuuttaminen ja valtuuspyynnöt; valtuutettu kirjautuu omilla tunnistusvälineillään.',
    },
    'authorisation-by-application': {
      name: 'Hakemuksella valtuuttaminen ja avustettu valtuuttaminen',
      detail: 'Kun asiakas ei voi valtuuttaa verkossa: valtuuspyynnön voi hyväksyä DVV:n palvelupaikassa; jos käynti ei onnistu, valtuus rekisteröidään hakemuksella.',
    },
    'e-id-issuers': {
      name: 'Vahvan tunnistusvälineen myöntäjät',
      detail: 'Pankit (pankkitunnukset), teleoperaattorit (mobiilivarmenne), poliisi (henkilökortti, jolla on DVV:n kansalaisvarmenne); kerro tyypit, älä suosittele yritystä.',
    },
    'non-digital-channel': {
      name: 'Palvelun muut asiointikanavat',
      detail: 'Puhelin, paperilomake tai käynti; tiedot palvelun omilta sivuilta.',
    },
    'general-digital-support': {
      name: 'Yleinen digituki',
      detail: 'Kirjastot ja digitukipisteet; paikka ja ajat organisaatiosi yhteystiedoista.',
    },
    'repair-service': {
      name: 'Korjauspalvelu tai laitteen myyjä',
      detail: 'Ohjaa yleisellä tasolla, nimeämättä yritystä.',
    },
    'social-services': {
      name: 'Organisaatiosi menettely tai sosiaalipalvelut',
      detail: 'Toimi ensin organisaatiosi ohjeen mukaan; muuten ota yhteys hyvinvointialueen (Helsingissä kaupungin) sosiaalipalveluihin. Huolesta iäkkään ihmisen pärjäämisestä tai kohtelusta voi tehdä huoli-ilmoituksen.',
    },
    guardianship: {
      name: 'Edunvalvonta',
      detail: 'Digi- ja väestötietovirasto (DVV) vahvistaa edunvalvontavaltuutukset ja neuvoo edunvalvonta-asioissa; yleiset edunvalvojat hoitavat päämiestensä asioita. Kysy ensin asiakkaalta, onko hänellä edunvalvoja tai valtuutettu.',
    },
  },

  never: {
    'open-message-link': 'Älä avaa epäilyttävän viestin linkkiä äläkä napauta ponnahtavaa varoitusta.',
    'call-number-in-message': 'Älä soita epäilyttävässä viestissä tai ponnahtavassa varoituksessa näkyvään numeroon, et edes tarkistaaksesi.',
    'install-app-on-request': 'Älä asenna sovellusta, kuten etäkäyttösovellusta, jota soittaja tai viesti pyytää asentamaan.',
    'log-in-to-suspect-site': 'Älä kirjaudu epäilyttävälle sivustolle, et edes kokeillaksesi sitä.',
    'forward-suspect-link': 'Älä välitä epäilyttävää linkkiä tai viestiä eteenpäin.',
    'help-grant-mandate-or-commit-in-doubt': 'Älä auta asiakasta antamaan valtuutta, hyväksymään valtuuspyyntöä tai sitoutumaan mihinkään (hakemaan, allekirjoittamaan, maksamaan), kun on epävarmaa, ymmärtääkö hän sen.',
    'decide-for-customer': 'Älä päätä mitään asiakkaan puolesta, et edes lomakkeen vastauksia.',
    'act-on-word-of-person-pushing': 'Älä toimi painostajan sanan perusteella, vaikka hän olisi omainen: toimi vain asiakkaan oman päätöksen mukaan.',
    'let-others-use-customer-codes': 'Älä anna kenenkään muun käyttää asiakkaan tunnuksia, ei omaisen eikä tulkin, ei edes asiakkaan luvalla tai paperisella valtakirjalla.',
    'take-or-see-customer-codes': 'Älä ota vastaan, katso tai kirjaa ylös asiakkaan tunnuksia missään muodossa: suullisesti, paperilla, kuvana, puhelimessa tai viestillä.',
    'log-in-or-type-for-customer': 'Älä kirjaudu asiakkaan puolesta äläkä näppäile hänen tunnuksiaan tai vastauksiaan: asiakas käyttää laitetta itse.',
    'keep-customer-phone-or-code-card': 'Älä pidä asiakkaan puhelinta tai tunnuslukulistaa itselläsi, et kirjautumisen aikana etkä viimeistelläksesi asian myöhemmin.',
    'act-in-their-name-in-e-service': 'Älä hoida asiakkaan asiaa verkkopalvelussa hänen nimissään: älä täytä, lähetä tai maksa hänen puolestaan äläkä kirjaudu palveluun hänen tai omilla tunnuksillasi.',
    'become-customer-proxy': 'Älä ryhdy itse asiakkaan valtuutetuksi tai asiamieheksi.',
    'log-in-with-own-or-colleague-id': 'Älä kirjaudu omilla tai kollegasi tunnuksilla näyttääksesi asiakkaalle palvelua tai hänen tietojaan.',
    'make-payments-for-customer': 'Älä tee maksuja asiakkaan puolesta.',
    'take-control-of-customer-login': 'Älä ota etäohjausta asiakkaan laitteeseen kirjautumisen aikana.',
    'attempt-repair-or-upgrade': 'Älä tee korjauksia, haittaohjelmien poistoa, käyttöjärjestelmän vaihtoa tai isoja päivityksiä, et edes ”vain tämän kerran”.',
    'take-device-away': 'Älä ota asiakkaan laitetta mukaasi tai säilytettäväksi.',
    'assess-customer-health': 'Älä arvioi asiakkaan terveyttä ääneen äläkä tee diagnoosia: arvioi vain, vaikuttaako hän ymmärtävän juuri tämän asian, ja kerro huolestasi vain ohjeesi mukaisille tahoille.',
    'turn-away-from-own-channel': 'Älä käännytä asiakasta pois sen vuoksi, ettei hän pysty käyttämään verkkopalvelua, jos asian voi hoitaa organisaatiosi omassa kanavassa: se on organisaation omaa palvelua, ei puolesta-asiointia.',
    'write-customer-documents': 'Älä kirjoita asiakkaan hakemuksia, valituksia tai selvityksiä hänen puolestaan.',
    'send-away-with-nothing': 'Älä koskaan lähetä asiakasta pois tyhjin käsin tai sano, ettei mitään voi tehdä: kerro aina jokin laillinen tapa edetä ja minne ja milloin hän voi mennä.',
    'send-elsewhere-for-own-service': 'Älä lähetä asiakasta muualle saamaan apua organisaatiosi omaan palveluun.',
    'give-binding-answers-on-others-rules': 'Älä anna sitovia vastauksia toisen organisaation säännöistä.',
    'advise-on-banking-or-insurance': 'Älä neuvo pankki- tai vakuutusasioiden sisällössä: ne kuuluvat pankille tai vakuutusyhtiölle.',
    'advise-on-matter-content': 'Älä neuvo toisen organisaation asian sisällössä (mitä haetaan, vastataan tai täytetään): jätä se palvelusta vastaavan organisaation neuvonnalle.',
    'use-unofficial-channel-or-tool': 'Älä käytä yksityistä puhelinta, yksityistä viestisovellusta tai satunnaista etätyökalua äläkä pyydä asiakasta asentamaan muuta kuin organisaatiosi virallista etätyökalua: tue vain organisaatiosi virallisissa kanavissa (hyvä käytäntö).',
    'customer-login-on-work-device': 'Älä anna asiakkaan kirjautua työlaitteellasi (hyvä käytäntö).',
    'save-customer-files': 'Älä tallenna asiakkaan tiedostoja tai tietoja omalle tai yhteiskäyttöiselle laitteelle, et edes myöhempää noutoa varten.',
    'leave-session-open': 'Älä jätä asiakkaan istuntoa auki seuraavalle asiakkaalle.',
    'browse-customer-session-or-files': 'Älä selaa asiakkaan avointa istuntoa tai tiedostoja.',
    'read-screen-unasked': 'Älä lue asiakkaan näyttöä kysymättä.',
    'tell-what-you-saw': 'Älä kerro kenellekään, mitä näit asiakkaan tiedoista.',
    'use-own-account-on-customer-device': 'Älä käytä omaa tiliäsi, kuten sovelluskauppatiliäsi, asiakkaan laitteella.',
    'change-beyond-agreed': 'Älä asenna tai muuta mitään, mistä ei ole sovittu asiakkaan kanssa.',
    'brush-off-worry': 'Älä vähättele asiakkaan huolta.',
    'recommend-company-or-brand': 'Älä suosittele tiettyä yritystä tai tuotemerkkiä, kuten pankkia, teleoperaattoria, liikettä tai korjaamoa.',
    'rush-customer-decision': 'Älä kiirehdi asiakasta päätökseen.',
    'promise-mandates-work-everywhere': 'Älä lupaa, että valtuudet käyvät jokaisessa palvelussa: kukin verkkopalvelu päättää itse.',
    'take-on-teaching-outside-role': 'Älä ryhdy laitteen käytön tai digitaitojen opastukseen, joka ei kuulu tehtävääsi.',
    'promise-no-data-loss': 'Älä lupaa, ettei tietoja katoa.',
  },
} as const satisfies TreeText;
