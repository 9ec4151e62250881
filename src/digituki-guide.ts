/** The standalone guide bundle's entry (dist/digituki-guide.js): defines <digituki-guide> alone. */
export { DigitukiGuide } from './components/guide/guide.js';
