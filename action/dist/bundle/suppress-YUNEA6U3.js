import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);
import{a}from"./chunk-JZ57GTZH.js";import"./chunk-CY6UTLZT.js";import"./chunk-KMSML2IO.js";import"./chunk-6NMZRQAG.js";export{a as readSuppressions};
