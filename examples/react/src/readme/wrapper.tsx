import { useRef, useState } from 'react';
import type { TreeDefinition } from 'digituki-guide/engine';
import { DigitukiGuide, type DigitukiGuideElement } from 'digituki-guide/react';

export function DigitalSupportGuide({ tree }: { tree?: TreeDefinition }) {
  const guide = useRef<DigitukiGuideElement>(null); // the element itself: restart(), back()
  const [outcomes, setOutcomes] = useState<readonly string[]>([]);
  return (
    <>
      <DigitukiGuide ref={guide} locale="fi" preset="setting=service-situation" tree={tree} onDigitukiOutcome={(event) => setOutcomes(event.detail.outcomes)}>
        <p slot="contacts">Asiakaspalvelu, puh. 09 000 0000</p>
      </DigitukiGuide>
      <p>Suositus: {outcomes.join(', ')}</p>
      <button type="button" onClick={() => guide.current?.restart()}>Aloita alusta</button>
    </>
  );
}
