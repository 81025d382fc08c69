// The reading gates in the system WebKitGTK (Debian's webkit2gtk-driver, under Xvfb), over WebDriver.
import { readingGates } from './reading-gates.ts';

readingGates('webkit');
