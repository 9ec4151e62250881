
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'ui.announce.result': str`[Ŕéçöɱɱéñđåţîöñ ŕéåđý. Ƒîŕšţ: ${0} ~~~~~~~~]`,
'ui.announce.result-empty': `[Ŕéçöɱɱéñđåţîöñ ŕéåđý. ~~~~~]`,
'ui.back': `[Ɓåçķ ~]`,
'ui.change': `[Çĥåñĝé ~]`,
'ui.choose-all': `[Çĥööšé åļļ ţĥåţ åþþļý. ~~~~~]`,
'ui.contacts': `[Ýöûŕ öŕĝåñîšåţîöñ’š çöñţåçţš ~~~~~~~]`,
'ui.continue': `[Çöñţîñûé ~]`,
'ui.copied': `[Çöþîéđ ~]`,
'ui.copy': `[Çöþý šûɱɱåŕý ~~]`,
'ui.customer.close': `[Ɓåçķ ţö ţĥé åđṽîçé ~~~~]`,
'ui.customer.heading': `[Ŵĥåţ ĥåþþéñš ñöŵ ~~~]`,
'ui.customer.language': `[Ļåñĝûåĝé ƒöŕ ţĥé çûšţöɱéŕ ~~~~~~]`,
'ui.customer.print': `[Þŕîñţ ~]`,
'ui.customer.show': `[Šĥöŵ ţĥé çûšţöɱéŕ ~~~~]`,
'ui.error.answers': `[Ţĥîš ĝûîđé çåññöţ ƀé šĥöŵñ: åñ åñšŵéŕ ţĥé þåĝé ĝåṽé îš îñṽåļîđ ~~~~~~~~~~~~~~~~~]`,
'ui.error.preset': `[Ţĥîš ĝûîđé çåññöţ ƀé šĥöŵñ: å þŕéšéţ åñšŵéŕ îš îñṽåļîđ ~~~~~~~~~~~~~~~]`,
'ui.error.tree': `[Ţĥîš ĝûîđé çåññöţ ƀé šĥöŵñ: îţš ţŕéé îš îñṽåļîđ ~~~~~~~~~~~~~]`,
'ui.error.tree.intro': `[Ƒîẋ ţĥéšé þŕöƀļéɱš îñ ţĥé ţŕéé ĝîṽéñ ţö ţĥé þåĝé: ~~~~~~~~~~~~~]`,
'ui.kept': `[Ķéþţ: åšķéđ åĝåîñ îƒ îţ šţîļļ åþþļîéš ~~~~~~~~~~]`,
'ui.keys-tip': `[Ţîþ: ñûɱƀéŕ ķéýš çĥööšé åñ öþţîöñ, Éñţéŕ çöñţîñûéš. ~~~~~~~~~~~~~~]`,
'ui.missing-choice': `[Çĥööšé åñ öþţîöñ ţö çöñţîñûé. ~~~~~~~]`,
'ui.new-customer': `[Ñéŵ çûšţöɱéŕ ~~]`,
'ui.option-count': str`[${0} öþţîöñš ~~]`,
'ui.preset': `[Šéţ ƀý ţĥîš þåĝé ~~~]`,
'ui.progress': str`[Ǫûéšţîöñ ${0} ~~]`,
'ui.restart': `[Šţåŕţ öṽéŕ ~]`,
'ui.result.avoid': `[Đö ñöţ ~]`,
'ui.result.because': `[Ɓéçåûšé ~]`,
'ui.result.details': `[Đéţåîļš ~]`,
'ui.result.first': `[Ƒîŕšţ ~]`,
'ui.result.heading': `[Đö ñöŵ ~]`,
'ui.result.hide-all': `[Ĥîđé åļļ ~]`,
'ui.result.inferred': `[Ĝööđ þŕåçţîçé (öûŕ ŕéåđîñĝ), ñöţ åñ öƒƒîçîåļ ŕûļé. ~~~~~~~~~~~~~]`,
'ui.result.inferred-short': `[öûŕ ŕéåđîñĝ ~~]`,
'ui.result.never': `[Ñéṽéŕ ~]`,
'ui.result.none': `[Ţĥîš ţŕéé ĝîṽéš ñö çöûŕšé öƒ åçţîöñ ƒöŕ ţĥéšé åñšŵéŕš. Ĝö ƀåçķ åñđ çĥéçķ ţĥéɱ, åñđ ţéļļ ŵĥöéṽéŕ ķééþš ţĥé ţŕéé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]`,
'ui.result.principles': `[Ŕéšţš öñ ~]`,
'ui.result.referrals': `[Ŕéƒéŕ ţö ~]`,
'ui.result.show-all': `[Šĥöŵ åļļ ~]`,
'ui.result.steps': `[Đö ~]`,
'ui.result.why': `[Ŵĥý ~]`,
'ui.status.inferred': `[öûŕ ŕéåđîñĝ, ñöţ åñ öƒƒîçîåļ ŕûļé ~~~~~~~~]`,
'ui.status.summary': `[ƒŕöɱ å šûɱɱåŕý öƒ ţĥé ĝûîđåñçé ~~~~~~~]`,
'ui.status.verified': `[šöûŕçéđ ~]`,
'ui.summary': `[Ĥåñđ-öṽéŕ šûɱɱåŕý ~~~~]`,
'ui.summary.advised': `[Åđṽîšéđ ~]`,
'ui.summary.heading': `[ĥåñđ-öṽéŕ šûɱɱåŕý ~~~~]`,
'ui.summary.help': `[Ƒöŕ ýöûŕ ñöţéš: ţĥé šîţûåţîöñ åñđ ţĥé åđṽîçé, ŵîţĥ ñö þéŕšöñåļ đåţå. ~~~~~~~~~~~~~~~~~~~]`,
'ui.summary.situation': `[Šîţûåţîöñ ~]`,
'ui.summary.suggested': `[Šûĝĝéšţéđ ŕéƒéŕŕåļš ~~~~]`,
'ui.undo': `[Ûñđö ~]`,
'ui.undo.start-over': `[Åñšŵéŕš çļéåŕéđ. ~~~]`,
'ui.undo.text': `[Åñšŵéŕš çļéåŕéđ ƒöŕ ţĥé ñéẋţ çûšţöɱéŕ. ~~~~~~~~~~]`,
'ui.your-answers': `[Ýöûŕ åñšŵéŕš ~~]`,
    };
  