import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);
import{a}from"./chunk-ZL2BA6AH.js";import"./chunk-USMW3MB6.js";import"./chunk-PHCSBPK7.js";import"./chunk-2PF47QPL.js";import"./chunk-6NMZRQAG.js";export{a as readSuppressions};
