import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);
import{a}from"./chunk-G3ZYKRTM.js";import"./chunk-YOUYZUQ4.js";import"./chunk-KMSML2IO.js";import"./chunk-6NMZRQAG.js";export{a as readSuppressions};
