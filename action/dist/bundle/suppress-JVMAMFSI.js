import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);
import{a}from"./chunk-WLV2OT3G.js";import"./chunk-JVFWQNT2.js";import"./chunk-TCOJXACR.js";import"./chunk-KMSML2IO.js";import"./chunk-6NMZRQAG.js";export{a as readSuppressions};
