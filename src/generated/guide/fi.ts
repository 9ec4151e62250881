
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ui.announce.result': str`Suositus on valmis. Tee ensin: ${0}`,
'ui.announce.result-empty': `Suositus on valmis.`,
'ui.back': `Takaisin`,
'ui.change': `Muuta`,
'ui.choose-all': `Valitse kaikki, jotka koskevat tilannetta.`,
'ui.contacts': `Organisaatiosi yhteystiedot`,
'ui.continue': `Jatka`,
'ui.copied': `Kopioitu`,
'ui.copy': `Kopioi yhteenveto`,
'ui.customer.close': `Takaisin ohjeeseen`,
'ui.customer.heading': `Mitä nyt tapahtuu`,
'ui.customer.language': `Asiakkaan kieli`,
'ui.customer.print': `Tulosta`,
'ui.customer.show': `Näytä asiakkaalle`,
'ui.error.answers': `Opasta ei voi näyttää: sivun antama vastaus on virheellinen`,
'ui.error.preset': `Opasta ei voi näyttää: esivalittu vastaus on virheellinen`,
'ui.error.tree': `Opasta ei voi näyttää: sen puu on virheellinen`,
'ui.error.tree.intro': `Korjaa nämä ongelmat sivulle annetussa puussa:`,
'ui.kept': `Säilytetty: kysytään uudelleen, jos koskee yhä`,
'ui.keys-tip': `Vinkki: numeronäppäimet valitsevat vaihtoehdon, Enter jatkaa.`,
'ui.missing-choice': `Valitse vaihtoehto, niin voit jatkaa.`,
'ui.new-customer': `Uusi asiakas`,
'ui.option-count': str`${0} vaihtoehtoa`,
'ui.preset': `Sivun asettama`,
'ui.progress': str`Kysymys ${0}`,
'ui.restart': `Aloita alusta`,
'ui.result.avoid': `Älä`,
'ui.result.because': `Koska`,
'ui.result.details': `Tarkemmin`,
'ui.result.first': `Tee ensin`,
'ui.result.heading': `Tee nyt`,
'ui.result.hide-all': `Piilota kaikki`,
'ui.result.inferred': `Hyvä käytäntö (oppaan tulkinta), ei virallinen sääntö.`,
'ui.result.inferred-short': `oppaan tulkinta`,
'ui.result.never': `Älä koskaan`,
'ui.result.none': `Tämä puu ei anna näihin vastauksiin mitään toimintaohjetta. Palaa tarkistamaan vastaukset ja kerro asiasta puun ylläpitäjälle.`,
'ui.result.principles': `Perusteet`,
'ui.result.referrals': `Mihin ohjata`,
'ui.result.show-all': `Näytä kaikki`,
'ui.result.steps': `Tee näin`,
'ui.result.why': `Miksi`,
'ui.status.inferred': `oppaan tulkinta, ei virallinen sääntö`,
'ui.status.summary': `ohjeistuksen tiivistelmästä`,
'ui.status.verified': `lähteen mukaan`,
'ui.summary': `Yhteenveto kirjauksiin`,
'ui.summary.advised': `Neuvottu`,
'ui.summary.heading': `yhteenveto kirjauksiin`,
'ui.summary.help': `Kirjauksiisi: tilanne ja annettu neuvo, ilman henkilötietoja.`,
'ui.summary.situation': `Tilanne`,
'ui.summary.suggested': `Ehdotetut ohjauspaikat`,
'ui.undo': `Kumoa`,
'ui.undo.start-over': `Vastaukset tyhjennettiin.`,
'ui.undo.text': `Vastaukset tyhjennettiin seuraavaa asiakasta varten.`,
'ui.your-answers': `Vastauksesi`,
    };
  