// The reading gates in the system Firefox (Debian's firefox-esr), over WebDriver BiDi.
import { readingGates } from './reading-gates.ts';

readingGates('firefox');
