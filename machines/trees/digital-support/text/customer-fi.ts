/**
 * Oletuspuun asiakkaalle näytettävät tekstit suomeksi ja kunkin säännön "koska"-perustelu.
 * Finnish customer-facing texts of the default digital-support tree, and the "because" phrase of
 * each rule of tree contract version 2 (shared/domain/tree-contract.md, R1–R22).
 *
 * `outcomes`: for each course of action, what the supporter can show the customer on a tablet or
 * read out. It tells the customer what happens now and why, kindly. Written selkokieli-friendly:
 * two to five short main clauses or sentences (at most about 12 words each, about 60 words in all);
 * common words; addressed to the customer with "sinä", the supporter speaks as "minä", the
 * organisation as "me"; active verbs, no passive chains, few "-minen" nouns; no abbreviations
 * (DVV is written out); no rule or principle ids, no VERIFIED/INFERRED labels and nothing
 * staff-internal (no "ohjaa", "palvelun omistaja", "periaate" or "organisaatiomme linjaus"). Every
 * fact is the one the supporter text (`fi.ts`) gives; our own reading is never worded as a law, and
 * what depends on the service is hedged ("jos palvelu sen sallii", "usein", "voit kysyä"). Official
 * names as the tree uses them: Suomi.fi-valtuudet, Digi- ja väestötietovirasto.
 *
 * `because`: completes "… koska …" next to a course of action, as the supporter sees it. It names,
 * in the supporter's words, the answers that make the rule apply; it starts in lower case and
 * leaves out "koska" (the UI adds it).
 */
import type { DigitalSupportOutcomeId } from '../digital-support.tree.js';

export const customerFi = {
  outcomes: {
    'fraud-stop':
      'Tämä näyttää huijaukselta, joten keskeytämme nyt. Älä avaa viestin tai varoituksen linkkiä äläkä soita sen numeroon. Avaa palvelu vain kirjoittamalla sen osoite itse. Jos joku sai tunnuksesi, soita heti pankkisi sulkupalveluun. Jos menetit rahaa tai joku sai tunnuksesi, tee myös rikosilmoitus poliisille.',
    'decline-repair':
      'Täällä emme korjaa puhelimia, tabletteja tai tietokoneita. Emme myöskään poista viruksia, vaihda käyttöjärjestelmää emmekä tee isoja päivityksiä. Korjauspalvelu tai liike, josta ostit laitteen, voi auttaa sinua. Ota sitä ennen varmuuskopio kuvistasi ja tiedostoistasi. Voin silti auttaa pienissä päivityksissä ja sovelluksissa, joista sovimme.',
    'capacity-concern':
      'Kun maksat, allekirjoitat tai annat toiselle luvan hoitaa asioitasi, se sitoo sinua. On tärkeää, että ymmärrät nämä asiat hyvin, joten emme tee niitä nyt. En päätä mitään puolestasi. Onko sinulla jo edunvalvoja tai joku muu, joka hoitaa asioitasi? Voin selvittää, mistä saat lisää apua.',
    'safeguard-customer':
      'Sinä päätät omista asioistasi. Haluaisin puhua kanssasi hetken kahden kesken. Saat miettiä rauhassa, ja voimme tavata myös toisena päivänä. Teen vain sen, mitä sinä itse haluat. Jos haluat läheisen avuksi, siihen on turvallinen tapa, josta päätät itse.',
    'keep-credentials-private':
      'Tunnuksesi ovat henkilökohtaisia, joten vain sinä saat käyttää niitä. Älä anna niitä kenellekään, älä edes minulle tai omaisellesi. Kirjoita ne itse: en katso, ja opastan sinua sanoin. Pankit ja viranomaiset eivät koskaan pyydä tunnuksia puhelimessa tai viestillä. Jos läheisen pitää hoitaa asioitasi, siihen on turvallinen tapa ilman tunnuksiasi.',
    'own-channel':
      'Tämä on meidän oma palvelumme, joten verkkopalvelu ei ole ainoa tapa. Jos palvelu sen sallii, voimme hoitaa asian paikan päällä, puhelimessa tai paperilla. Teemme sen omassa järjestelmässämme, emme koskaan sinun tunnuksillasi. Voit kysyä, voiko joku, johon luotat, hoitaa asian meillä valtakirjalla.',
    'not-on-behalf':
      'En voi täyttää, lähettää tai maksaa mitään puolestasi verkkopalvelussa. Voin kuitenkin opastaa sinua vaihe vaiheelta, kun teet sen itse. Jos haluat läheisen hoitavan asian, Suomi.fi-valtuudet ovat turvallinen tapa. Usein voit hoitaa asian myös puhelimessa, paperilla tai paikan päällä. Voin lukea kirjeen sinulle ääneen, mutta kysy sen sisällöstä lähettäjältä.',
    'e-authorizations':
      'Suomi.fi-valtuuksilla ihminen, johon luotat, voi hoitaa valitsemiasi asioita verkossa. Hän kirjautuu omilla tunnuksillaan, ei koskaan sinun tunnuksillasi. Hyväksyt hänen pyyntönsä verkossa tai Digi- ja väestötietoviraston palvelupaikassa. Jos et pääse sinne, voit tehdä hakemuksen. Kaikki verkkopalvelut eivät hyväksy valtuuksia, ja pankeilla on omat valtakirjansa.',
    'no-eid-alternatives':
      'Julkiset tiedot ja tyhjät lomakkeet eivät vaadi kirjautumista. Kirjautua voit pankkitunnuksilla, mobiilivarmenteella tai henkilökortilla. Saat ne pankista, puhelinyhtiöstä tai poliisilta. Usein voit hoitaa asian myös puhelimessa, paperilla tai paikan päällä. Monissa palveluissa myös ihminen, johon luotat, voi hoitaa asian puolestasi Suomi.fi-valtuuksilla.',
    'guide-own-service':
      'Tämä on meidän oma palvelumme, joten autan sinua siinä. Sinä teet vaiheet ja kirjaudut itse, ja minä opastan. Kerron, mitä voit hakea, mistä ja mihin mennessä. Jos kysymys on epäselvä, selitän sen, ja sinä valitset vastauksen. Näytän myös, mistä saat apua myöhemmin.',
    'refer-service-owner':
      'Tämä on toisen viranomaisen tai yrityksen palvelu. Näytän sinulle palvelun oman verkko-osoitteen ja sen, mistä saat siellä neuvoja. Varman vastauksen sen säännöistä saat vain sieltä. Pidä valmiina omat tunnuksesi, kirje tai päätös ja kysymyksesi.',
    'refer-general-support':
      'Täällä autamme omissa palveluissamme. Kirjasto tai digitukipiste auttaa oman laitteesi ja muiden palvelujen käytössä. Kerron, missä lähin paikka on ja milloin voit mennä sinne. Jos asiasi koskee meidän palveluamme, autan siinä mielelläni.',
    'general-support':
      'Voin auttaa puhelimen tai tietokoneen käytössä ja oikean palvelun löytämisessä. Avaamme palvelun sen omasta osoitteesta, emme viestin linkistä. Kysy palvelun omasta neuvonnasta, mitä voit hakea ja miten vastaat. Verkkopankissa autan yksinkertaisissa teknisissä asioissa, mutta pankkiasioissa neuvoo pankki. En maksa puolestasi enkä suosittele tuotteita tai yrityksiä.',
    'remote-support':
      'Ennen kuin puhumme asiastasi, tarkistan, kenen kanssa puhun. Käytän vain virallisia yhteyksiämme: puhelinta, chattia tai näytön jakamista. Jos jaat näyttösi, sinä aloitat ja lopetat jakamisen ja ohjaat laitetta itse. Keskeytä jakaminen, kun kirjoitat tunnuksia. Voit lukea minulle näytön tekstejä, mutta älä koskaan lue tunnuksia ääneen.',
    'no-supporter-device-login':
      'Kirjaudu omalla laitteellasi tai asiakkaille tarkoitetulla koneella. Älä kirjaudu minun työlaitteellani. Näin sinun tietosi eivät jää minun laitteelleni. Jos sopivaa laitetta ei ole, etsimme toisen tavan tai ajan.',
    'shared-device-care':
      'Voit hoitaa asiasi tällä yhteisellä tietokoneella, ja minä autan. Kun olet valmis, kirjaudu ulos kaikista palveluista. Ennen kuin lähdet, tyhjennämme selaimen tiedot ja poistamme lataukset, skannaukset ja tulostukset. Näin seuraava asiakas ei näe tietojasi.',
    'customer-privacy':
      'Sinä päätät, mitä näytät minulle. Saatan nähdä henkilötietojasi, mutta pidän ne omana tietonani. Voin opastaa sinua sanoin, niin minun ei tarvitse nähdä näyttöäsi. Katson muualle, kun kirjoitat tunnuksia tai avaat yksityisiä tietoja. Jos autan etänä, sinä valitset, mitä jaat.',
    'data-loss-risk':
      'Vastaat itse laitteestasi, sen tiedoista ja sovelluksista, joiden asentamisesta sovimme. Kun asennamme sovelluksen tai muutamme asetuksia, tietoja voi joskus kadota. Ota siksi ensin varmuuskopio tärkeistä kuvista ja tiedostoista. Sovimme tarkasti, mitä muutamme, ja muutamme vain sen. Käytä sovelluskaupassa omaa tiliäsi.',
  },
  because: {
    R1: 'huijauksesta on merkkejä',
    R2: 'asiakas tarjoaa tunnuksiaan tai pyytää sinua kirjautumaan, tai joku muu käyttää hänen tunnuksiaan',
    R3: 'asiakas haluaa korjausta, haittaohjelmien poistoa, käyttöjärjestelmän vaihtoa tai isoja päivityksiä',
    R4: 'asiakas haluaa läheisen hoitavan asioitaan',
    R5: 'asiakas pyytää sinua hoitamaan asian hänen puolestaan',
    R6: 'autat organisaatiosi asiakaspalvelussa ja asiakas tarvitsee apua vain laitteen tai digitaitojen kanssa',
    R7: 'annat yleistä digitukea ja asiakas tarvitsee apua vain laitteen tai digitaitojen kanssa',
    R8: 'kyse on oman organisaatiosi palvelun yleisestä käytöstä',
    R9: 'kyse on asioinnista oman organisaatiosi palvelussa ja asiakas kirjautuu itse tai kirjautumista ei tarvita',
    R10: 'kyse on asioinnista toisen organisaation palvelussa',
    R11: 'annat yleistä digitukea ja kyse on toisen organisaation palvelun yleisestä käytöstä',
    R12: 'asiointi vaatii vahvaa sähköistä tunnistautumista eikä asiakkaalla ole tunnistusvälinettä',
    R13: 'asiointi vaatii vahvaa sähköistä tunnistautumista eikä asiakas pysty käyttämään tunnistusvälinettään',
    R14: 'asiakas käyttää yhteiskäyttöistä asiakaslaitetta',
    R15: 'asiakas kirjautuisi sinun työlaitteellasi',
    R16: 'apuun kuuluu sovelluksen asentaminen tai asetusten muuttaminen',
    R17: 'asiakas haluaa pitää näyttönsä tai henkilötietonsa omana tietonaan',
    R18: 'joku asiakkaan mukana oleva painostaa häntä',
    R19: 'autat puhelimessa, chatissa tai näytönjaon kautta',
    R20: 'asia kuuluu oman organisaatiosi palveluun ja asiakas pyytää sinua tai läheistään hoitamaan sen tai ei pysty kirjautumaan itse',
    R21: 'autat organisaatiosi asiakaspalvelussa ja palvelu on toisen organisaation',
    R22: 'asiakas ei ehkä ymmärrä asiaa tai pysty päättämään itse',
  },
} as const satisfies {
  readonly outcomes: Record<DigitalSupportOutcomeId, string>;
  readonly because: Record<`R${number}`, string>;
};
