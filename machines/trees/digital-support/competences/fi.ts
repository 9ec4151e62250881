/** Finnish text of the core-competence "Choose 2" items, keyed by item id, then option id. */
import type { CompetenceItemText } from '../../../scenarios/scenario.types.js';

export const fi = {
  'competence-service-situation': {
    question: "Mitkä kaksi kuuluvat palvelutilanteessa annettavaan digitukeen (viranomaisen omassa asiakaspalvelussa)?",
    options: {
      'guide-own-e-service': {
        text: "Asiakkaan opastaminen vaihe vaiheelta viranomaisen omassa verkkopalvelussa",
        why: "Palvelutilanteessa annettava digituki koskee ennen kaikkea viranomaisen omaa asiointia, ja asiakas tekee vaiheet itse.",
      },
      'help-shared-device': {
        text: "Asiakkaan auttaminen asiointipisteen yhteiskäyttöisen asiakaslaitteen käytössä",
        why: "Yhteiskäyttöisen laitteen käytössä auttaminen kuuluu palvelutilanteen digitukeen; lopuksi asiakas kirjautuu ulos.",
      },
      'fill-other-authority-form': {
        text: "Toisen viranomaisen hakemuksen täyttäminen asiakkaan puolesta",
        why: "Toisen viranomaisen asia ei ole oma palvelu, ja hakemuksen täyttäminen olisi puolesta-asiointia.",
      },
      'teach-online-banking': {
        text: "Verkkopankin käytön opettaminen asiakkaalle alusta alkaen",
        why: "Verkkopankki on pankin palvelu eikä viranomaisen omaa asiointia; sen käytössä neuvoo pankki.",
      },
      'repair-laptop': {
        text: "Asiakkaan kannettavan korjaaminen tai haittaohjelmien poistaminen siitä",
        why: "Korjaukset ja haittaohjelmien poisto eivät ole viranomaisten eivätkä kirjastojen digitukea, ja laite tietoineen on asiakkaan omalla vastuulla.",
      },
    },
  },
  'competence-general-support': {
    question: "Mitkä kaksi kuuluvat yleiseen digitukeen (esimerkiksi kirjastossa)?",
    options: {
      'help-own-phone': {
        text: "Asiakkaan auttaminen hänen oman puhelimensa käytössä",
        why: "Asiakkaan oman mobiililaitteen käytössä auttaminen on tyypillistä yleistä digitukea.",
      },
      'find-public-instructions': {
        text: "Auttaminen palvelun julkisten ohjeiden löytämisessä",
        why: "Yleinen digituki nojaa julkisiin ohjeisiin ja kaikille avoimiin palveluihin.",
      },
      'advise-benefit-answers': {
        text: "Neuvominen siinä, mitä asiakkaan kannattaa vastata etuushakemukseen",
        why: "Hakemus on asiointia, johon yleinen digituki ei ulotu; sisältökysymyksissä neuvoo palvelun tarjoaja.",
      },
      'log-in-for-customer': {
        text: "Kirjautuminen verkkopalveluun asiakkaan puolesta hänen tunnuksillaan",
        why: "Tunnukset ovat henkilökohtaiset: asiakas kirjautuu aina itse, auttoi häntä kuka tahansa.",
      },
      'pay-bills': {
        text: "Asiakkaan laskujen maksaminen hänen verkkopankissaan",
        why: "Maksaminen asiakkaan nimissä on puolesta-asiointia, johon liittyy taloudellisen vahingon riski; digitukija ei tee sitä.",
      },
    },
  },
  'competence-authority-duty': {
    question: "Mitkä kaksi viranomaisen on tehtävä, kun asiakkaat tarvitsevat tukea sen palveluissa?",
    options: {
      'advise-own-services': {
        text: "Neuvoa asiakkaita omien palvelujensa käytössä neuvontavelvollisuutensa mukaisesti",
        why: "Hallintolain mukaan viranomainen neuvoo maksutta asioissa, jotka kuuluvat sen toimivaltaan.",
      },
      'show-help-contacts': {
        text: "Kertoa verkkopalvelussaan, mistä sen käyttöön saa apua",
        why: "Laki digitaalisten palvelujen tarjoamisesta edellyttää, että verkkopalvelussa kerrotaan, mistä sen käyttöön saa neuvontaa.",
      },
      'handle-all-authorities': {
        text: "Hoitaa kaikkien muidenkin viranomaisten asiat omassa asiakaspalvelussaan",
        why: "Velvollisuus koskee omaa toimivaltaa; muut asiat ohjataan toimivaltaiselle viranomaiselle.",
      },
      'log-in-for-customers': {
        text: "Kirjautua asiakkaan puolesta, jos tunnistautuminen tuntuu hänestä vaikealta",
        why: "Kukaan ei saa käyttää toisen tunnistusvälinettä; asiakas kirjautuu itse, tarvittaessa opastettuna.",
      },
      'recommend-a-bank': {
        text: "Suositella pankkitunnuksia tarvitsevalle asiakkaalle tiettyä pankkia",
        why: "Se ei kuulu velvollisuuteen; kerro mieluummin vahvan tunnistautumisen vaihtoehdoista yrityksiä nimeämättä.",
      },
    },
  },
  'competence-limits': {
    question: "Mitkä kaksi viranomaisen tai kirjaston digituen antajan kuuluu jättää tekemättä?",
    options: {
      'act-with-customer-codes': {
        text: "Asian hoitaminen asiakkaan puolesta hänen tunnuksillaan kirjautuen",
        why: "Kukaan ei saa käyttää toisen tunnuksia, ei digitukijakaan; läheinen voi asioida Suomi.fi-valtuuksilla omilla tunnuksillaan.",
      },
      'repairs-and-upgrades': {
        text: "Laitteiden korjaaminen, haittaohjelmien poisto tai käyttöjärjestelmän vaihto",
        why: "Viranomaisissa ja kirjastoissa se ei ole digitukea: työ voi hävittää asiakkaan tiedot, ja sen tekee korjauspalvelu tai laitteen myyjä.",
      },
      'guide-own-login': {
        text: "Asiakkaan opastaminen, kun hän kirjautuu omilla tunnuksillaan",
        why: "Näin kuuluukin toimia: asiakas kirjautuu itse, ja digitukija vain opastaa.",
      },
      'explain-e-authorizations': {
        text: "Suomi.fi-valtuuksien selittäminen, kun läheinen haluaa asioida asiakkaan puolesta",
        why: "Laillisesta tavasta asioida toisen puolesta kertominen on hyödyllistä tukea.",
      },
      'remind-to-back-up': {
        text: "Muistuttaminen varmuuskopioinnista ennen laitteeseen tehtäviä muutoksia",
        why: "Asiakas vastaa laitteensa tiedoista, joten varmuuskopioinnista muistuttaminen on järkevää tukea.",
      },
    },
  },
} as const satisfies Readonly<Record<string, CompetenceItemText>>;
