
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quiz.badge': `[Åþþļý ƒöŕ ţĥé ƀåđĝé ~~~~]`,
'quiz.check': `[Çĥéçķ åñšŵéŕ ~~]`,
'quiz.error.settings': `[Ţĥîš ǫûîž çåññöţ ƀé šĥöŵñ: å šéţţîñĝ öñ ţĥé þåĝé îš îñṽåļîđ ~~~~~~~~~~~~~~~~]`,
'quiz.failed': str`[Ñöţ þåššéđ: ${0} ŕîĝĥţ ñééđéđ. ~~~~~~~]`,
'quiz.intro': `[Þŕåçţîšé ţéļļîñĝ đîĝîţåļ šûþþöŕţ îñ å šéŕṽîçé šîţûåţîöñ ƒŕöɱ ĝéñéŕåļ đîĝîţåļ šûþþöŕţ, åñđ ţĥé ļîɱîţš öƒ éåçĥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]`,
'quiz.intro.count': str`[${0} îţéɱš: šîţûåţîöñš åñđ šţåţéɱéñţš. ~~~~~~~~~~]`,
'quiz.intro.feedback': `[Åƒţéŕ éåçĥ åñšŵéŕ ýöû šéé ţĥé ŕîĝĥţ çöûŕšé öƒ åçţîöñ åñđ ŵĥý. ~~~~~~~~~~~~~~~~~]`,
'quiz.intro.pass-all': `[Ţö þåšš, åñšŵéŕ éṽéŕý îţéɱ ŕîĝĥţ. Ţĥé ƀåđĝé îš åŵåŕđéđ öñ çöŕŕéçţ åñšŵéŕš; ţĥîš þŕåçţîçé åšķš ƒöŕ åļļ öƒ ţĥéɱ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]`,
'quiz.intro.pass-some': str`[Ţö þåšš, åñšŵéŕ åţ ļéåšţ ${0} öƒ ${1} ŕîĝĥţ. ~~~~~~~~~~~~]`,
'quiz.intro.practice': `[Ţĥîš îš þŕåçţîçé: ţĥé ƀåđĝé îţšéļƒ îš åþþļîéđ ƒöŕ ƒŕöɱ ĐṼṼ. ~~~~~~~~~~~~~~~~]`,
'quiz.mark.chosen': `[Ýöûŕ çĥöîçé ~~]`,
'quiz.mark.right': `[Ŕîĝĥţ åñšŵéŕ ~~]`,
'quiz.missing-one': `[Çĥööšé öñé öþţîöñ. ~~~~]`,
'quiz.missing-two': `[Çĥööšé éẋåçţļý ţŵö öþţîöñš. ~~~~~~~]`,
'quiz.next': `[Ñéẋţ îţéɱ ~]`,
'quiz.not-recorded': `[Ýöûŕ ŕéšûļţš åŕé ñöţ ƀéîñĝ ŕéçöŕđéđ: ţĥîš îš þŕåçţîçé öñļý. ~~~~~~~~~~~~~~~~]`,
'quiz.option-principles': `[Þŕîñçîþļéš: ~~]`,
'quiz.passed': `[Þåššéđ. ~]`,
'quiz.principles': `[Þŕîñçîþļéš ~]`,
'quiz.progress': str`[Îţéɱ ${0} öƒ ${1} ~~~~]`,
'quiz.retake': `[Ţåķé îţ åĝåîñ ~~]`,
'quiz.review': `[Ţö ŕéṽîéŵ ~]`,
'quiz.review.back': `[Ɓåçķ ţö ţĥé ŕéšûļţ ~~~~]`,
'quiz.review.open': str`[Ĝö ţĥŕöûĝĥ îţéɱ ${0} åĝåîñ ~~~~~~]`,
'quiz.review.right': `[Ŕîĝĥţ åñšŵéŕ: ~~]`,
'quiz.review.yours': `[Ýöûŕ åñšŵéŕ: ~~]`,
'quiz.right': `[Ŕîĝĥţ. ~]`,
'quiz.score': str`[${0} öƒ ${1} ŕîĝĥţ ~~~~]`,
'quiz.see-result': `[Šéé ţĥé ŕéšûļţ ~~~]`,
'quiz.start': `[Šţåŕţ ~]`,
'quiz.title': `[Đîĝîţåļ Šûþþöŕţéŕ - Þûƀļîç Öƒƒîçéŕ: þŕåçţîçé ǫûîž ~~~~~~~~~~~~~]`,
'quiz.wrong': `[Ñöţ ŕîĝĥţ. ~]`,
    };
  