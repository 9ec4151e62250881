
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quiz.badge': `Hae osaamismerkkiä`,
'quiz.check': `Tarkista vastaus`,
'quiz.error.settings': `Harjoitustestiä ei voi näyttää: sivun asetus on virheellinen`,
'quiz.failed': str`Ei hyväksytty: tarvitaan ${0} oikein.`,
'quiz.guide': `Avaa digituen opas`,
'quiz.intro': `Harjoittele erottamaan palvelutilanteessa annettava digituki yleisestä digituesta sekä kummankin rajat.`,
'quiz.intro.count': str`${0} kysymystä: tilanteita ja väittämiä.`,
'quiz.intro.feedback': `Jokaisen vastauksen jälkeen näet oikean toimintatavan ja perustelun.`,
'quiz.intro.pass-all': `Hyväksyttyyn suoritukseen tarvitaan oikea vastaus kaikkiin kysymyksiin. Osaamismerkki myönnetään oikeiden vastausten perusteella; tässä harjoituksessa vaaditaan kaikki oikein.`,
'quiz.intro.pass-some': str`Hyväksyttyyn suoritukseen tarvitaan vähintään ${0} oikeaa vastausta (kysymyksiä yhteensä ${1}).`,
'quiz.intro.practice': `Tämä on harjoitus: itse osaamismerkkiä haetaan DVV:ltä.`,
'quiz.mark.chosen': `Sinun valintasi`,
'quiz.mark.right': `Oikea vastaus`,
'quiz.missing-one': `Valitse yksi vaihtoehto.`,
'quiz.missing-two': `Valitse täsmälleen kaksi vaihtoehtoa.`,
'quiz.next': `Seuraava kysymys`,
'quiz.next.passed': `Läpäisit harjoituksen. Organisaatiosi kertoo, miten osaamismerkkiä haetaan.`,
'quiz.next.practise': `Harjoittele lisää: Tee uudelleen arpoo tilanteita, joita et ole vielä saanut.`,
'quiz.not-recorded': `Tuloksiasi ei tallenneta: tämä on vain harjoitusta.`,
'quiz.option-principles': `Periaatteet:`,
'quiz.passed': `Hyväksytty.`,
'quiz.principles': `Periaatteet`,
'quiz.progress': str`Kysymys ${0}/${1}`,
'quiz.retake': `Tee uudelleen`,
'quiz.review': `Kertaa nämä`,
'quiz.review.back': `Takaisin tulokseen`,
'quiz.review.open': str`Käy kysymys ${0} läpi uudelleen`,
'quiz.review.right': `Oikea vastaus:`,
'quiz.review.yours': `Vastauksesi:`,
'quiz.right': `Oikein.`,
'quiz.score': str`${0}/${1} oikein`,
'quiz.see-result': `Katso tulos`,
'quiz.start': `Aloita`,
'quiz.title': `Harjoitustesti osaamismerkkiin ”Digital Supporter - Public Officer”`,
'quiz.wrong': `Väärin.`,
    };
  