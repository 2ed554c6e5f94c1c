import { createRequire as __claimcheckRequire } from 'node:module'; const require = __claimcheckRequire(import.meta.url);
import{a}from"./chunk-JFMLQCRH.js";import"./chunk-GIBLLRSB.js";import"./chunk-KMSML2IO.js";import"./chunk-6NMZRQAG.js";export{a as readSuppressions};
