import 'digituki-guide/guide'; // defines <digituki-guide>
import type {} from 'digituki-guide/react'; // the JSX types of <digituki-guide> and <digituki-quiz>

export function PlainGuide({ onOutcome }: { onOutcome: (outcomes: readonly string[]) => void }) {
  return <digituki-guide locale="fi" preset="setting=general-support" ondigituki-outcome={(event) => onOutcome(event.detail.outcomes)} />;
}
