
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quiz.badge': `Ansök om kompetensmärket`,
'quiz.check': `Kontrollera svaret`,
'quiz.error.settings': `Övningstestet kan inte visas: en inställning på sidan är ogiltig`,
'quiz.failed': str`Inte godkänd: ${0} rätt behövs.`,
'quiz.guide': `Öppna guiden för digitalt stöd`,
'quiz.intro': `Öva på att skilja digitalt stöd i servicesituationer från allmänt digitalt stöd, och gränserna för båda.`,
'quiz.intro.count': str`${0} frågor: situationer och påståenden.`,
'quiz.intro.feedback': `Efter varje svar ser du rätt tillvägagångssätt och varför.`,
'quiz.intro.pass-all': `För att bli godkänd ska du svara rätt på alla frågor. Kompetensmärket beviljas på grundval av rätta svar; i den här övningen krävs att alla svar är rätt.`,
'quiz.intro.pass-some': str`För att bli godkänd ska du svara rätt på minst ${0} av ${1}.`,
'quiz.intro.practice': `Det här är en övning: själva kompetensmärket söks från Myndigheten för digitalisering och befolkningsdata.`,
'quiz.mark.chosen': `Ditt val`,
'quiz.mark.right': `Rätt svar`,
'quiz.missing-one': `Välj ett alternativ.`,
'quiz.missing-two': `Välj exakt två alternativ.`,
'quiz.next': `Nästa fråga`,
'quiz.next.passed': `Du klarade övningen. Din organisation berättar hur du ansöker om kompetensmärket.`,
'quiz.next.practise': `Öva mer: Gör om lottar situationer som du inte har fått än.`,
'quiz.not-recorded': `Dina resultat sparas inte: det här är bara övning.`,
'quiz.option-principles': `Principer:`,
'quiz.passed': `Godkänd.`,
'quiz.principles': `Principer`,
'quiz.progress': str`Fråga ${0} av ${1}`,
'quiz.retake': `Gör om`,
'quiz.review': `Repetera de här`,
'quiz.review.back': `Tillbaka till resultatet`,
'quiz.review.open': str`Gå igenom fråga ${0} igen`,
'quiz.review.right': `Rätt svar:`,
'quiz.review.yours': `Ditt svar:`,
'quiz.right': `Rätt.`,
'quiz.score': str`${0} av ${1} rätt`,
'quiz.see-result': `Se resultatet`,
'quiz.start': `Börja`,
'quiz.title': `Övningstest för kompetensmärket ”Digital Supporter - Public Officer”`,
'quiz.wrong': `Inte rätt.`,
    };
  