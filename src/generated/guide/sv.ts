
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ui.announce.result': str`Rekommendationen är klar. Först: ${0}`,
'ui.announce.result-empty': `Rekommendationen är klar.`,
'ui.back': `Tillbaka`,
'ui.change': `Ändra`,
'ui.choose-all': `Välj alla som stämmer.`,
'ui.contacts': `Din organisations kontaktuppgifter`,
'ui.continue': `Fortsätt`,
'ui.copied': `Kopierad`,
'ui.copy': `Kopiera sammanfattningen`,
'ui.customer.close': `Tillbaka till rådet`,
'ui.customer.heading': `Vad som händer nu`,
'ui.customer.language': `Kundens språk`,
'ui.customer.print': `Skriv ut`,
'ui.customer.show': `Visa kunden`,
'ui.error.answers': `Guiden kan inte visas: ett svar som sidan gav är felaktigt`,
'ui.error.preset': `Guiden kan inte visas: ett förvalt svar är felaktigt`,
'ui.error.tree': `Guiden kan inte visas: dess träd är felaktigt`,
'ui.error.tree.intro': `Rätta de här problemen i trädet som sidan gav:`,
'ui.kept': `Sparat: frågas igen om det fortfarande gäller`,
'ui.keys-tip': `Tips: siffertangenterna väljer ett alternativ, Enter fortsätter.`,
'ui.missing-choice': `Välj ett alternativ för att fortsätta.`,
'ui.new-customer': `Ny kund`,
'ui.option-count': str`${0} alternativ`,
'ui.preset': `Förvalt av sidan`,
'ui.progress': str`Fråga ${0}`,
'ui.restart': `Börja om`,
'ui.result.avoid': `Gör inte`,
'ui.result.because': `Eftersom`,
'ui.result.details': `Detaljer`,
'ui.result.first': `Först`,
'ui.result.heading': `Gör nu`,
'ui.result.hide-all': `Dölj alla`,
'ui.result.inferred': `God praxis (vår tolkning), inte en officiell regel.`,
'ui.result.inferred-short': `vår tolkning`,
'ui.result.never': `Aldrig`,
'ui.result.none': `Det här trädet ger ingen åtgärd för de här svaren. Gå tillbaka och kontrollera dem, och meddela den som sköter trädet.`,
'ui.result.principles': `Bygger på`,
'ui.result.referrals': `Hänvisa till`,
'ui.result.show-all': `Visa alla`,
'ui.result.steps': `Gör så här`,
'ui.result.why': `Varför`,
'ui.status.inferred': `vår tolkning, inte en officiell regel`,
'ui.status.summary': `ur en sammanfattning av anvisningarna`,
'ui.status.verified': `i en källa`,
'ui.summary': `Sammanfattning för anteckningar`,
'ui.summary.advised': `Rådet som gavs`,
'ui.summary.heading': `sammanfattning för anteckningar`,
'ui.summary.help': `För dina anteckningar: situationen och rådet, utan personuppgifter.`,
'ui.summary.situation': `Situation`,
'ui.summary.suggested': `Föreslagna hänvisningar`,
'ui.undo': `Ångra`,
'ui.undo.start-over': `Svaren har rensats.`,
'ui.undo.text': `Svaren har rensats för nästa kund.`,
'ui.your-answers': `Dina svar`,
    };
  